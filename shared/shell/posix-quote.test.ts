import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPosixCommand, PosixQuoteError, quotePosixArg } from './posix-quote.js';

// dash is /bin/sh on Debian; bash is what most control planes give root as login shell. Both must agree.
const shells = ['/bin/sh', '/bin/bash'].filter((shell) => existsSync(shell));

/** Runs the built command in a real shell and returns the argv that `printf` received, one entry per NUL. */
function roundTrip(shell: string, args: readonly string[]): string[] {
  const command = buildPosixCommand(['printf', '%s\\0', ...args]);
  const result = spawnSync(shell, ['-c', command], { maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${shell} exited ${result.status}: ${result.stderr.toString()}`);
  const parts = result.stdout.toString('utf8').split('\0');
  parts.pop(); // the terminator of the last argument
  return parts;
}

const hostile = [
  '', ' ', "'", "''", '"', "'\"'\"'", '\\', "\\'", '$HOME', '${HOME}', '$(id)', '`id`', '$((1+1))', 'a;b', 'a&b',
  'a|b', 'a && b', 'a||b', '>out', '<in', '2>&1', 'line1\nline2', '\n', '\r\n', '\t', '*', '?', '[a-z]*', '~',
  '~root', '{a,b}', '#comment', '!', '!!', '-n', '--', '-e', '%1', '=ls', 'A=b', "it's", '‘smart’ “quotes”',
  '\u2018\u2019\u201a\u201b', 'ünïcödé 🚀 中文', '\u00a0nbsp', 'a\u0085b', '\x1b[31mred', 'x'.repeat(50_000),
  "'".repeat(2_000), "rm -rf / --no-preserve-root; echo '$(reboot)'",
];

describe('quotePosixArg', () => {
  it('leaves plain words bare and single-quotes everything else', () => {
    expect(quotePosixArg('kube-flannel.yml')).toBe('kube-flannel.yml');
    expect(quotePosixArg('user@10.0.0.1:/etc/x,y+z=1%')).toBe('user@10.0.0.1:/etc/x,y+z=1%');
    expect(quotePosixArg('')).toBe("''");
    expect(quotePosixArg("it's")).toBe(`'it'\\''s'`);
    expect(quotePosixArg('$(id)')).toBe("'$(id)'");
    expect(quotePosixArg('=ls')).toBe("'=ls'");
  });

  it('refuses NUL, which no argv can carry', () => {
    expect(() => quotePosixArg('a\0b')).toThrow(PosixQuoteError);
    expect(() => buildPosixCommand(['echo', 'ok', '\0'])).toThrow(/NUL/);
  });
});

describe('buildPosixCommand', () => {
  it('refuses an empty argv', () => {
    expect(() => buildPosixCommand([])).toThrow(PosixQuoteError);
  });

  it('quotes a first word the shell would read as an assignment or keyword, and refuses a job reference', () => {
    expect(buildPosixCommand(['kubectl', 'get', 'nodes'])).toBe('kubectl get nodes');
    expect(buildPosixCommand(['A=b', 'c'])).toBe("'A=b' c");
    expect(buildPosixCommand(['if'])).toBe("'if'");
    expect(() => buildPosixCommand(['%1'])).toThrow(/cannot start with/);
    expect(buildPosixCommand(['echo', 'A=b', 'if'])).toBe('echo A=b if');
  });

  it.each(shells)('runs a quoted assignment-like or keyword first word as a program in %s', (shell) => {
    for (const program of ['WNW_X=1', 'if', 'time']) {
      const result = spawnSync(shell, ['-c', buildPosixCommand([program, 'arg'])], { encoding: 'utf8' });
      expect(result.status, `${program}: ${result.stderr}`).toBe(127);
    }
  });

  it.each(shells)('passes every hostile string through %s literally', (shell) => {
    for (const value of hostile) expect(roundTrip(shell, [value])).toEqual([value]);
    expect(roundTrip(shell, hostile)).toEqual(hostile);
  });

  it.each(shells)('round-trips arbitrary unicode argv through %s (property)', (shell) => {
    const noNul = fc.string({ unit: 'binary', maxLength: 40 }).map((s) => s.replaceAll('\0', ''));
    const nasty = fc.constantFrom(...hostile.filter((s) => s.length < 100), "'", '\\', '\n', '$', '`', '\u2019');
    const arg = fc.oneof(noNul, nasty, fc.array(nasty, { maxLength: 6 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(fc.array(arg, { minLength: 1, maxLength: 8 }), (args) => {
        expect(roundTrip(shell, args)).toEqual(args);
      }),
      { numRuns: 150 },
    );
  });
});
