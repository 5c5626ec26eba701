import type { JobRequest } from '../../../../shared/jobs/job-types.js';
import type { SshConnectionPool } from '../../ssh/ssh-pool.js';
import { runRemote } from '../control-plane/remote-commands.js';
import { connectForJob, withSshErrors } from '../control-plane/ssh-job.js';
import type { JobDefinition } from '../job-definition.js';

type Request = Extract<JobRequest, { kind: 'authorizeNodeKey' }>;

export const authorizeNodeKeySteps = ['Connect to the control plane', "Add the node's key to authorized_keys"] as const;

/**
 * With the operator's consent (a confirmation that showed the key line and the user): appends the Windows node's
 * public key to the control-plane user's authorized_keys, once (an identical line is not added twice), creating
 * ~/.ssh with owner-only permissions if needed. The key reaches the shell as one quoted argument (`$1`).
 */
export const appendAuthorizedKeyScript =
  'umask 077 && mkdir -p "$HOME/.ssh" && touch "$HOME/.ssh/authorized_keys" && if grep -qxF -- "$1" "$HOME/.ssh/authorized_keys"; then echo "The key is already authorized."; else printf \'%s\\n\' "$1" >> "$HOME/.ssh/authorized_keys" && echo "Key added to $HOME/.ssh/authorized_keys."; fi';

export function authorizeNodeKey(deps: { pool: SshConnectionPool }): JobDefinition<Request> {
  return {
    kind: 'authorizeNodeKey',
    title: (request) => `Authorize the node's SSH key for ${request.connection.username}@${request.connection.host}`,
    steps: () => [...authorizeNodeKeySteps],
    conflictKey: (request) => `authorized-keys:${request.connection.username}@${request.connection.host}:${request.connection.port}`,
    run: (context, request) =>
      withSshErrors(async () => {
        const connection = deps.pool.get(request.connection);
        await connectForJob(context, connection, request.connection, authorizeNodeKeySteps[0]);
        await context.step(authorizeNodeKeySteps[1], async () => {
          await runRemote(context, connection, ['sh', '-c', appendAuthorizedKeyScript, 'authorize-node-key', request.publicKey.trim()], { logStdout: true });
        });
      }),
  };
}
