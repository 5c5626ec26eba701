import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProcess, type OutputStream } from './process-runner.js';

function collect() {
  const lines: Array<[OutputStream, string]> = [];
  return { lines, onLines: (stream: OutputStream, batch: string[]) => batch.forEach((line) => lines.push([stream, line])) };
}

/** Alive and not a zombie: in containers PID 1 may never reap orphans, so a killed process can linger as Z. */
function processAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

describe('runProcess with real child processes', () => {
  it('streams stdout and stderr lines in order and reports the exit code', async () => {
    const out = collect();
    const result = await runProcess({
      command: '/bin/sh',
      args: ['-c', 'echo one; echo two >&2; printf "three\\r\\nno-newline"; exit 3'],
      onLines: out.onLines,
    });
    expect(result).toEqual({ exitCode: 3, signal: null, timedOut: false, cancelled: false });
    expect(out.lines.filter(([s]) => s === 'stdout').map(([, l]) => l)).toEqual(['one', 'three', 'no-newline']);
    expect(out.lines.filter(([s]) => s === 'stderr').map(([, l]) => l)).toEqual(['two']);
  });

  it('passes arguments literally, never through a shell', async () => {
    const out = collect();
    const hostile = `'; echo injected; $(touch /tmp/wnw-pwned) \`id\` "`;
    await runProcess({ command: '/bin/echo', args: [hostile], onLines: out.onLines });
    expect(out.lines).toEqual([['stdout', hostile]]);
  });

  it('delivers every line of a large burst', async () => {
    const out = collect();
    await runProcess({ command: '/bin/sh', args: ['-c', 'seq 1 50000'], onLines: out.onLines });
    expect(out.lines.length).toBe(50000);
    expect(out.lines[49999]).toEqual(['stdout', '50000']);
  });

  it('kills the whole process tree on cancel, grandchildren included', async () => {
    const controller = new AbortController();
    const out = collect();
    const running = runProcess({
      command: '/bin/sh',
      args: ['-c', 'sleep 30 & echo "grandchild $!"; wait'],
      signal: controller.signal,
      onLines: out.onLines,
    });
    await expect.poll(() => out.lines.length).toBe(1);
    const grandchild = Number(out.lines[0]![1].split(' ')[1]);
    expect(processAlive(grandchild)).toBe(true);
    controller.abort();
    const result = await running;
    expect(result.cancelled).toBe(true);
    await expect.poll(() => processAlive(grandchild)).toBe(false);
  });

  it('stops a program that outlives its timeout', async () => {
    const started = Date.now();
    const result = await runProcess({ command: '/bin/sleep', args: ['30'], timeoutMs: 300, onLines: () => {} });
    expect(result.timedOut).toBe(true);
    expect(result.signal).toBe('SIGTERM');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses batch files, which Windows would run through cmd.exe', async () => {
    await expect(runProcess({ command: 'C:\\tools\\join.CMD', args: ['x'], onLines: () => {} })).rejects.toThrow(/batch file/);
  });

  it('rejects when the program does not exist', async () => {
    await expect(runProcess({ command: '/nonexistent/program', args: [], onLines: () => {} })).rejects.toThrow(/ENOENT/);
  });

  it('leaves no child behind after a normal exit', async () => {
    await runProcess({ command: '/bin/true', args: [], onLines: () => {} });
    const children = execFileSync('/bin/sh', ['-c', `ps -o pid= --ppid ${process.pid} || true`]).toString().trim();
    expect(children.split('\n').filter((line) => line.trim() !== '' && !line.includes('ps')).length).toBeLessThanOrEqual(1);
  });
});
