import type { JobRequest } from '../../../../shared/jobs/job-types.js';
import { parseJoinCommand } from '../../../../shared/node-config/join-command.js';
import type { SshConnectionPool } from '../../ssh/ssh-pool.js';
import { JobFailure, type JobContext, type JobDefinition } from '../job-definition.js';
import { runRemote } from './remote-commands.js';
import { connectForJob, withSshErrors } from './ssh-job.js';

type Request = Extract<JobRequest, { kind: 'fetchJoinCredentials' }>;

export const fetchJoinCredentialsSteps = ['Connect to the control plane', 'Create a join token'] as const;

/**
 * Asks the control plane for a fresh bootstrap token and its CA hash (`kubeadm token create
 * --print-join-command`). The values are registered as secrets before anything is logged, leave only as the
 * job's in-memory result, and the log shows the command with both redacted.
 */
export function fetchJoinCredentials(deps: { pool: SshConnectionPool }): JobDefinition<Request> {
  return {
    kind: 'fetchJoinCredentials',
    title: (request) => `Fetch join token from ${request.connection.host}`,
    steps: () => [...fetchJoinCredentialsSteps],
    conflictKey: (request) => `join-token:${request.connection.host}:${request.connection.port}`,
    run: (context, request) => withSshErrors(() => fetch(context, request)),
  };

  async function fetch(context: JobContext, request: Request): Promise<void> {
    const connection = deps.pool.get(request.connection);
    const [connect, create] = fetchJoinCredentialsSteps;
    await connectForJob(context, connection, request.connection, connect);
    await context.step(create, async () => {
      // stdout is captured, not logged line by line: the redactor hides token shapes, but the parsed values are
      // registered first so even an unusual token format never reaches the log.
      const output = (await runRemote(context, connection, ['kubeadm', 'token', 'create', '--print-join-command'])) ?? '';
      const parsed = parseJoinCommand(output);
      if (!parsed.ok) throw new JobFailure(`kubeadm printed no usable join command: ${parsed.errors.map((error) => error.message).join(' ')}`);
      context.addSecret(parsed.token);
      context.addSecret(parsed.caHash);
      context.log('stdout', output.trim());
      context.log('info', `Join token and CA hash received for API server ${parsed.apiServer} (token valid for 24 hours by default).`);
      context.setResult({ kind: 'fetchJoinCredentials', apiServer: parsed.apiServer, ipAddress: parsed.ipAddress ?? parsed.host, token: parsed.token, caHash: parsed.caHash });
    });
  }
}
