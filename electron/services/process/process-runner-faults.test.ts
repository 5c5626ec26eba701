/**
 * Local processes that misbehave, and programs that must never run: a program that ignores SIGTERM is killed
 * after the grace period, with everything it started; batch files and cmd.exe are refused in every spelling
 * Windows would still run; arguments reach the program as argv, never through a shell.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProcess, type OutputStream } from './process-runner.js';

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

describe.skipIf(process.platform !== 'linux')('a local program that ignores SIGTERM', () => {
  it('is killed with SIGKILL after the grace period on timeout, grandchildren included, with its output kept', async () => {
    const lines: Array<[OutputStream, string]> = [];
    const started = Date.now();
    // The shell and its sleep both ignore TERM (an ignored signal stays ignored across exec).
    const result = await runProcess({
      command: '/bin/sh',
      args: ['-c', 'trap "" TERM; sleep 60 & echo "child $!"; echo ready; wait; echo never'],
      timeoutMs: 300,
      onLines: (stream, batch) => batch.forEach((line) => lines.push([stream, line])),
    });
    const elapsed = Date.now() - started;
    expect(result).toMatchObject({ timedOut: true, cancelled: false, exitCode: null, signal: 'SIGKILL' });
    expect(elapsed).toBeGreaterThanOrEqual(2_000); // TERM was tried first, and ignored
    expect(elapsed).toBeLessThan(8_000);
    expect(lines.map(([, line]) => line)).toContain('ready');
    expect(lines.map(([, line]) => line)).not.toContain('never');
    const child = Number(lines.find(([, line]) => line.startsWith('child '))![1].split(' ')[1]);
    await expect.poll(() => alive(child)).toBe(false);
  });

  it('is killed the same way on cancel', async () => {
    const controller = new AbortController();
    const running = runProcess({ command: '/bin/sh', args: ['-c', 'trap "" TERM; echo ready; sleep 60'], signal: controller.signal, onLines: () => controller.abort() });
    const result = await running;
    expect(result).toMatchObject({ cancelled: true, signal: 'SIGKILL' });
  });
});

describe('programs that would put a shell between the app and its arguments', () => {
  it.each([
    'C:\\tools\\join.bat',
    'C:\\tools\\join.CMD',
    'join.Bat',
    'C:\\tools\\join.bat.', // Windows drops trailing dots…
    'C:\\tools\\join.cmd  ', // …and trailing spaces
    'cmd',
    'cmd.exe',
    'C:\\Windows\\System32\\CMD.EXE',
    'C:/Windows/System32/cmd.exe',
  ])('refuses %s', async (command) => {
    await expect(runProcess({ command, args: ['/c', 'echo hi & whoami'], onLines: () => {} })).rejects.toThrow(/batch file or cmd\.exe/);
  });

  it.each(['powershell.exe', '/bin/sh', 'C:\\tools\\cmdlets.exe', 'C:\\cmd\\kubectl.exe', 'batch'])('does not mistake %s for one', async (command) => {
    // These may not exist here; what matters is that they are not refused as a shell.
    await runProcess({ command, args: [], onLines: () => {} }).catch((error: Error) => expect(error.message).not.toMatch(/batch file or cmd\.exe/));
  });

  it('passes shell syntax to the program as plain argv entries', async () => {
    const hostile = ['$(id)', '`id`', 'a; echo pwned', 'a && b', '|', '>', '*', "'", '"', '\n', '%PATH%', '^&'];
    const out: string[] = [];
    const result = await runProcess({ command: '/usr/bin/printf', args: ['%s\\n', ...hostile.filter((value) => value !== '\n')], onLines: (_stream, batch) => out.push(...batch) });
    expect(result.exitCode).toBe(0);
    expect(out).toEqual(hostile.filter((value) => value !== '\n'));
  });
});
