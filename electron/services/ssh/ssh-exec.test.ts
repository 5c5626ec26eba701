import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshServerAvailable, startSshServer, type SshServer } from '../../../e2e/fixtures/ssh-server.js';
import type { OutputStream } from '../process/process-runner.js';
import { SshConnection } from './ssh-connection.js';
import { SshConnectionPool } from './ssh-pool.js';
import { freshKnownHosts, killSessions, processAlive, sessionProcesses } from './testing/sshd-sessions.js';

function collect() {
  const lines: Array<[OutputStream, string]> = [];
  const of = (stream: OutputStream) => lines.filter(([s]) => s === stream).map(([, line]) => line);
  return { lines, of, onLines: (stream: OutputStream, batch: string[]) => batch.forEach((line) => lines.push([stream, line])) };
}

describe.skipIf(!sshServerAvailable())('SshConnection commands (real OpenSSH)', () => {
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

  it('streams stdout and stderr line by line, in order, with the exit code', async () => {
    const out = collect();
    const result = await connection.exec(['sh', '-c', 'echo one; echo two >&2; printf "three\\r\\nno-newline"; exit 3'], { onLines: out.onLines });
    expect(result).toEqual({ exitCode: 3, signal: null, timedOut: false, cancelled: false });
    expect(out.of('stdout')).toEqual(['one', 'three', 'no-newline']);
    expect(out.of('stderr')).toEqual(['two']);
  });

  it('delivers lines as they are printed, not at the end', async () => {
    const seen: number[] = [];
    const started = Date.now();
    await connection.exec(['sh', '-c', 'echo first; sleep 1; echo second'], { onLines: () => seen.push(Date.now() - started) });
    expect(seen).toHaveLength(2);
    expect(seen[1]! - seen[0]!).toBeGreaterThan(700);
  });

  it('delivers every line of a large burst', async () => {
    const out = collect();
    await connection.exec(['seq', '1', '50000'], { onLines: out.onLines });
    expect(out.lines).toHaveLength(50000);
    expect(out.lines[49999]).toEqual(['stdout', '50000']);
  });

  it('passes hostile values to the remote program literally', async () => {
    const out = collect();
    const hostile = `'; touch /tmp/wnw-pwned; $(id) \`id\` "$HOME" *`;
    await connection.exec(['printf', '%s\\n', hostile, 'ü‘x’'], { onLines: out.onLines });
    expect(out.of('stdout')).toEqual([hostile, 'ü‘x’']);
    await expect(connection.exec(['echo', 'a\0b'])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('feeds stdin and then end-of-file; without stdin the command reads EOF at once', async () => {
    const out = collect();
    const result = await connection.exec(['sh', '-c', 'wc -l; cat'], { stdin: 'a\nb\nc\n', onLines: out.onLines });
    expect(result.exitCode).toBe(0);
    expect(out.of('stdout').map((line) => line.trim())).toEqual(['3']);
    expect((await connection.exec(['cat'], { timeoutMs: 5_000 })).exitCode).toBe(0);
  });

  it('writes a remote file atomically with the given mode, whatever its name', async () => {
    const target = `${server.dir}/-dash 'quote' $x.yaml`;
    await connection.writeFile(target, 'kind: List\nitems: []\n', { mode: 0o640 });
    const out = collect();
    await connection.exec(['stat', '-c', '%a', '--', target], { onLines: out.onLines });
    await connection.exec(['cat', '--', target], { onLines: out.onLines });
    expect(out.of('stdout')).toEqual(['640', 'kind: List', 'items: []']);
    await expect(connection.writeFile(`${server.dir}/missing-dir/x`, 'x')).rejects.toMatchObject({ code: 'COMMAND_FAILED' });
  });

  it('stops a command that outlives its timeout', async () => {
    const started = Date.now();
    const result = await connection.exec(['sleep', '30'], { timeoutMs: 300 });
    expect(result).toMatchObject({ timedOut: true, cancelled: false, exitCode: null, signal: 'SIGTERM' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('on cancel kills the remote command and its children, and closes the channel', async () => {
    const controller = new AbortController();
    const out = collect();
    // a child in the background and the shell waiting for it: the whole process group must go
    const running = connection.exec(['sh', '-c', 'sleep 300 & echo "$$ $!"; wait'], { signal: controller.signal, onLines: out.onLines });
    await expect.poll(() => out.lines.length).toBe(1);
    const [shell, sleeper] = out.of('stdout')[0]!.split(' ').map(Number);
    expect(await processAlive(sleeper!)).toBe(true);
    controller.abort();
    const result = await running;
    expect(result).toMatchObject({ cancelled: true, timedOut: false });
    await expect.poll(() => processAlive(sleeper!)).toBe(false);
    await expect.poll(() => processAlive(shell!)).toBe(false);
  });

  it('kills with KILL after the grace period a command that ignores TERM', async () => {
    const out = collect();
    const started = Date.now();
    const result = await connection.exec(['sh', '-c', 'trap "" TERM; echo $$; while :; do sleep 0.1; done'], { timeoutMs: 300, killGraceMs: 500, onLines: out.onLines });
    expect(result.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect.poll(() => processAlive(Number(out.of('stdout')[0]))).toBe(false);
  });

  it('returns at once when cancelled before it starts', async () => {
    const controller = new AbortController();
    controller.abort();
    expect(await connection.exec(['sleep', '30'], { signal: controller.signal })).toMatchObject({ cancelled: true });
  });

  it('runs 20 commands at once over one connection, queueing beyond MaxSessions', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, async (_, i) => {
        const out = collect();
        const result = await connection.exec(['sh', '-c', 'sleep 0.3; echo "$1"', 'sh', String(i)], { onLines: out.onLines });
        return `${result.exitCode}:${out.of('stdout').join()}`;
      }),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => `0:${i}`));
  });

  it('reconnects on the next command after the connection was dropped, checking the host key again', async () => {
    expect((await connection.exec(['true'])).exitCode).toBe(0);
    expect(await killSessions(server.pid)).toBeGreaterThan(0);
    await expect.poll(() => connection.isConnected).toBe(false);
    expect((await connection.exec(['echo', 'again'])).exitCode).toBe(0);
    expect(connection.isConnected).toBe(true);
  });

  it('retries a command whose connection died before it could start, on a fresh connection', async () => {
    expect((await connection.exec(['true'])).exitCode).toBe(0);
    const sessions = await sessionProcesses(server.pid);
    sessions.forEach((pid) => process.kill(pid, 'SIGKILL'));
    // same tick: the client has not seen the socket close yet, so the channel request goes to a dead server
    const out = collect();
    const result = await connection.exec(['echo', 'retried'], { onLines: out.onLines });
    expect(result.exitCode).toBe(0);
    expect(out.of('stdout')).toEqual(['retried']);
  });

  it('ends a running command with CONNECTION_LOST, quickly, when sshd dies mid-stream', async () => {
    const out = collect();
    // settled into a value at once, so a failed poll below cannot leave an unhandled rejection behind
    const outcome = connection.exec(['sh', '-c', 'while :; do echo tick; sleep 0.05; done'], { onLines: out.onLines }).catch((e: unknown) => e);
    await expect.poll(() => out.lines.length).toBeGreaterThan(3);
    const killedAt = Date.now();
    await killSessions(server.pid);
    expect(await outcome).toMatchObject({ code: 'CONNECTION_LOST' });
    expect(Date.now() - killedAt).toBeLessThan(3_000);
  });
});

describe.skipIf(!sshServerAvailable())('SshConnectionPool (real OpenSSH)', () => {
  let server: SshServer;
  beforeAll(async () => {
    server = await startSshServer();
  });
  afterAll(() => server?.stop());

  it('hands every step the same open connection, and closes them all', async () => {
    const pool = new SshConnectionPool(await freshKnownHosts(server.dir, server));
    const profile = { host: server.host, port: server.port, username: server.username, auth: { type: 'key' as const, privateKeyPath: server.clientPrivateKeyPath } };
    const first = pool.get(profile);
    expect((await first.exec(['true'])).exitCode).toBe(0);
    expect(pool.get({ ...profile, auth: { ...profile.auth } })).toBe(first);
    expect(first.isConnected).toBe(true);
    const replaced = pool.get({ ...profile, auth: { ...profile.auth, passphrase: 'unused' } });
    expect(replaced).not.toBe(first);
    expect((await replaced.exec(['true'])).exitCode).toBe(0);
    await pool.closeAll();
    expect(replaced.isConnected).toBe(false);
  });
});
