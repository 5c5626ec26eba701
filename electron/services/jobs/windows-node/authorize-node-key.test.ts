import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshServerAvailable, startSshServer, type SshServer } from '../../../../e2e/fixtures/ssh-server.js';
import { jobRequestSchema } from '../../../../shared/jobs/job-types.js';
import { freshKnownHosts } from '../../ssh/testing/sshd-sessions.js';
import { SshConnectionPool } from '../../ssh/ssh-pool.js';
import { JobRunner } from '../job-runner.js';
import { authorizeNodeKey } from './authorize-node-key.js';

const nodeKey = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7simulatedNodeKeyOnly+/== win-node-1\\administrator@WIN-NODE-1';

/** Against a real sshd whose sessions get a throwaway HOME: the machine's own authorized_keys is never touched. */
describe.skipIf(!sshServerAvailable())('authorizing the Windows node’s key on the control plane', () => {
  let server: SshServer;
  let pool: SshConnectionPool;
  let runner: JobRunner;
  beforeAll(async () => {
    server = await startSshServer({ isolatedHome: true });
    pool = new SshConnectionPool(await freshKnownHosts(server.dir, server));
    runner = new JobRunner({ logDir: join(server.dir, 'jobs'), definitions: { authorizeNodeKey: authorizeNodeKey({ pool }) }, emit: () => {} });
  });
  afterAll(async () => {
    await pool?.closeAll();
    await server?.stop();
  });

  const connection = () => ({ host: server.host, port: server.port, username: server.username, auth: { type: 'key' as const, privateKeyPath: server.clientPrivateKeyPath } });

  it('appends the key once, creating ~/.ssh with owner-only modes', async () => {
    for (let run = 0; run < 2; run++) {
      const summary = await runner.whenDone(runner.start({ kind: 'authorizeNodeKey', connection: connection(), publicKey: nodeKey }));
      expect(summary?.state, summary?.message).toBe('succeeded');
      expect(readFileSync(summary!.logFile, 'utf8')).toContain(run === 0 ? 'Key added to' : 'The key is already authorized.');
    }
    expect(readFileSync(join(server.dir, 'home', '.ssh', 'authorized_keys'), 'utf8')).toBe(`${nodeKey}\n`);
  }, 30_000);

  it('takes only one plain key line: no options, no second line, no NUL', () => {
    for (const publicKey of [`command="rm -rf /" ${nodeKey}`, `${nodeKey}\nssh-rsa AAAA evil`, `${nodeKey}\0`, 'not a key', `ssh-rsa AAAA$(reboot)`]) {
      expect(jobRequestSchema.safeParse({ kind: 'authorizeNodeKey', connection: connection(), publicKey }).success, publicKey).toBe(false);
    }
  });
});
