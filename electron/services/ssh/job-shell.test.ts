import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshServerAvailable, startSshServer, type SshServer } from '../../../e2e/fixtures/ssh-server.js';
import { withJobShell, type JobShell } from './job-shell.js';
import type { SshExecOptions } from './remote-exec.js';
import { SshConnection } from './ssh-connection.js';
import { freshKnownHosts, processAlive } from './testing/sshd-sessions.js';

/** The pid of the shell that ran the command (its parent), and its output. */
async function parentOf(target: { exec: JobShell['exec'] }, options: SshExecOptions = {}) {
  const lines: string[] = [];
  const result = await target.exec(['sh', '-c', 'cat >/dev/null; echo $PPID'], { ...options, onLines: (_stream, out) => lines.push(...out) });
  expect(result.exitCode).toBe(0);
  return Number(lines[0]);
}

describe.skipIf(!sshServerAvailable())('JobShell: one remote shell per job, stdin commands apart (real OpenSSH)', () => {
  let server: SshServer;
  let connection: SshConnection;
  beforeAll(async () => {
    server = await startSshServer();
    const profile = { host: server.host, port: server.port, username: server.username, auth: { type: 'key' as const, privateKeyPath: server.clientPrivateKeyPath } };
    connection = new SshConnection(profile, await freshKnownHosts(server.dir, server));
  });
  afterAll(async () => {
    await connection?.close();
    await server?.stop();
  });

  it('runs a job’s stdin-less commands in one shell, a command with stdin in its own session, and ends the shell with the job', async () => {
    let shellPid = 0;
    await withJobShell(connection, async (remote) => {
      shellPid = await parentOf(remote);
      expect(await parentOf(remote)).toBe(shellPid);
      expect(await parentOf(remote)).toBe(shellPid);
      // the shell's stdin carries the commands, so stdin goes over an exec channel of its own
      expect(await parentOf(remote, { stdin: 'data for cat\n' })).not.toBe(shellPid);
      expect(await parentOf(remote)).toBe(shellPid);
      expect(await processAlive(shellPid)).toBe(true);
    });
    await expect.poll(() => processAlive(shellPid), { timeout: 5_000 }).toBe(false);
  }, 30_000);

  it('ends the shell when the job fails, and keeps the failure', async () => {
    let shellPid = 0;
    const failing = withJobShell(connection, async (remote) => {
      shellPid = await parentOf(remote);
      throw new Error('step failed');
    });
    await expect(failing).rejects.toThrow('step failed');
    await expect.poll(() => processAlive(shellPid), { timeout: 5_000 }).toBe(false);
  }, 30_000);
});
