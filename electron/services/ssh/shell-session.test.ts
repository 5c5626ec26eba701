import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshServerAvailable, startSshServer, type SshServer } from '../../../e2e/fixtures/ssh-server.js';
import type { OutputStream } from '../process/process-runner.js';
import { ShellSession, type ShellExecOptions } from './shell-session.js';
import { SshConnection } from './ssh-connection.js';
import { freshKnownHosts, killSessions, processAlive } from './testing/sshd-sessions.js';

/** Runs argv in the session and returns its exit status and its lines per stream. */
async function run(session: ShellSession, argv: string[], options: ShellExecOptions = {}) {
  const out: Record<OutputStream, string[]> = { stdout: [], stderr: [] };
  const result = await session.exec(argv, { ...options, onLines: (stream, lines) => out[stream].push(...lines) });
  return { ...result, ...out };
}

describe.skipIf(!sshServerAvailable())('ShellSession: many commands in one remote sh (real OpenSSH)', () => {
  let server: SshServer;
  let connection: SshConnection;
  let session: ShellSession;
  beforeAll(async () => {
    server = await startSshServer();
    const profile = { host: server.host, port: server.port, username: server.username, auth: { type: 'key' as const, privateKeyPath: server.clientPrivateKeyPath } };
    connection = new SshConnection(profile, await freshKnownHosts(server.dir, server));
    session = new ShellSession(connection);
  });
  afterAll(async () => {
    await session?.close();
    await connection?.close();
    await server?.stop();
  });
  const shellPid = async () => (await run(session, ['sh', '-c', 'echo $PPID'])).stdout[0];

  it('gives each command exactly its own output, per stream, and its exit code', async () => {
    const pid = await shellPid();
    expect(await run(session, ['sh', '-c', 'echo one; echo two >&2; printf "three\\r\\nno-newline"; exit 3'])).toEqual({
      exitCode: 3, signal: null, timedOut: false, cancelled: false, stdout: ['one', 'three', 'no-newline'], stderr: ['two'],
    });
    expect(await run(session, ['true'])).toMatchObject({ exitCode: 0, stdout: [], stderr: [] });
    expect(await run(session, ['printf', 'a\\n\\nb\\n\\n'])).toMatchObject({ exitCode: 0, stdout: ['a', '', 'b', ''] });
    expect(await run(session, ['sh', '-c', 'printf err-no-newline >&2; exit 255'])).toMatchObject({ exitCode: 255, stdout: [], stderr: ['err-no-newline'] });
    // a command ended by a signal reports what the shell says: 128 + the signal's number
    expect(await run(session, ['sh', '-c', 'kill -TERM $$'])).toMatchObject({ exitCode: 143, signal: null });
    const missing = await run(session, ['no-such-program-wnw']);
    expect(missing.exitCode).toBe(127);
    expect(missing.stderr.join('\n')).toMatch(/no-such-program-wnw.*not found/);
    // all of it in one shell: every command is a child of the same sh
    expect(await shellPid()).toBe(pid);
  });

  it('passes hostile values literally, and a value that looks like a marker is just output', async () => {
    const hostile = [`'; touch /tmp/wnw-pwned; $(id) \`id\` "$HOME" *`, 'two\nlines', '\n__wnw_done_0_1 0', "it's", 'ü‘x’', '-n', ''];
    const result = await run(session, ['printf', '[%s]\\n', ...hostile]);
    expect(result.stdout).toEqual(hostile.map((value) => `[${value}]`).join('\n').split('\n'));
    expect(existsSync('/tmp/wnw-pwned')).toBe(false);
    await expect(session.exec(['echo', 'a\0b'])).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    // argv[0] that a shell would read as an assignment, a reserved word or a builtin still names a program
    for (const program of ['A=b', 'if', 'exit', 'cd']) expect((await run(session, [program, '/'])).exitCode, program).toBe(127);
    expect(await run(session, ['echo', 'still here'])).toMatchObject({ exitCode: 0, stdout: ['still here'] });
  });

  it('keeps commands from reading the session or changing it', async () => {
    const pid = await shellPid();
    // stdin is /dev/null: cat ends at once and cannot swallow the commands that follow
    expect(await run(session, ['cat'], { timeoutMs: 5_000 })).toMatchObject({ exitCode: 0, timedOut: false, stdout: [] });
    expect((await run(session, ['sh', '-c', 'cd /; export WNW_LEAK=1; exit 0'])).exitCode).toBe(0);
    const env = await run(session, ['env']);
    expect(env.stdout.some((line) => line.startsWith('WNW_LEAK=') || line.startsWith('__wnw'))).toBe(false);
    expect(await shellPid()).toBe(pid);
  });

  it('runs concurrent calls one after another, in order, each with its own lines', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => run(session, ['sh', '-c', 'echo "out $1"; echo "err $1" >&2; exit "$1"', 'sh', String(i)])));
    expect(results.map((result) => [result.exitCode, result.stdout, result.stderr])).toEqual(Array.from({ length: 12 }, (_, i) => [i, [`out ${i}`], [`err ${i}`]]));
  });

  it('streams a large burst completely and as it is printed', async () => {
    const burst = await run(session, ['seq', '1', '50000']);
    expect(burst.stdout).toHaveLength(50_000);
    expect(burst.stdout.at(-1)).toBe('50000');
    const seen: number[] = [];
    const started = Date.now();
    await session.exec(['sh', '-c', 'echo first; sleep 1; echo second'], { onLines: () => seen.push(Date.now() - started) });
    expect(seen[1]! - seen[0]!).toBeGreaterThan(700);
  });

  it('stops a command past its timeout, with its children, and the next command gets a fresh shell', async () => {
    const before = await shellPid();
    const lines: string[] = [];
    const started = Date.now();
    const result = await session.exec(['sh', '-c', 'sleep 300 & echo "$$ $!"; wait'], { timeoutMs: 500, onLines: (_stream, batch) => lines.push(...batch) });
    expect(result).toMatchObject({ timedOut: true, cancelled: false, exitCode: null });
    expect(Date.now() - started).toBeLessThan(5_000);
    const [shell, sleeper] = lines[0]!.split(' ').map(Number);
    await expect.poll(() => processAlive(sleeper!)).toBe(false);
    await expect.poll(() => processAlive(shell!)).toBe(false);
    const after = await shellPid();
    expect(after).not.toBe(before);
    expect(await processAlive(Number(before))).toBe(false);
  });

  it('on cancel kills a command that ignores TERM (KILL after the grace period)', async () => {
    const controller = new AbortController();
    const lines: string[] = [];
    const running = session.exec(['sh', '-c', 'trap "" TERM; echo $$; while :; do sleep 0.1; done'], { signal: controller.signal, killGraceMs: 300, onLines: (_stream, batch) => lines.push(...batch) });
    await expect.poll(() => lines.length).toBe(1);
    controller.abort();
    expect(await running).toMatchObject({ cancelled: true, timedOut: false });
    await expect.poll(() => processAlive(Number(lines[0]))).toBe(false);
    expect(await run(session, ['echo', 'next'])).toMatchObject({ exitCode: 0, stdout: ['next'] });
  });

  it('answers a command cancelled while queued at once, and never runs it', async () => {
    const flag = path.join(server.dir, 'queued-ran');
    const first = session.exec(['sleep', '1']);
    const controller = new AbortController();
    const queued = session.exec(['touch', flag], { signal: controller.signal });
    controller.abort();
    expect(await queued).toMatchObject({ cancelled: true, exitCode: null });
    expect((await first).exitCode).toBe(0);
    expect((await run(session, ['true'])).exitCode).toBe(0);
    expect(existsSync(flag)).toBe(false);
  });

  it('ends a running command with CONNECTION_LOST when sshd dies, and reconnects for the next', async () => {
    const lines: string[] = [];
    const outcome = session.exec(['sh', '-c', 'while :; do echo tick; sleep 0.05; done'], { onLines: (_stream, batch) => lines.push(...batch) }).catch((e: unknown) => e);
    await expect.poll(() => lines.length).toBeGreaterThan(3);
    await killSessions(server.pid);
    expect(await outcome).toMatchObject({ code: 'CONNECTION_LOST' });
    expect(await run(session, ['echo', 'back'])).toMatchObject({ exitCode: 0, stdout: ['back'] });
  });
});
