/**
 * Security property: every value the app puts on a POSIX command line stays exactly one literal argument. 10,000
 * generated hostile strings (quotes of every kind including U+2018..U+201B, $( ), backticks, ; & |, newlines,
 * globs, unicode, lone surrogates, runs of 1,000–10,000 characters) go through buildPosixCommand and the exec
 * wrapper (wrapCommand), exactly the string SSH hands to the login shell, and a real sh and bash run it: the
 * program receives one argv entry per value, byte for byte. A value with NUL, which no argv can carry, is refused.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostilePieces, hostileString } from '../../../shared/powershell/testing/hostile-strings.js';
import { buildPosixCommand, PosixQuoteError } from '../../../shared/shell/posix-quote.js';
import { wrapCommand } from './remote-exec.js';

// dash is /bin/sh on Debian (what sshd runs for a user whose shell is sh); bash is the usual login shell of root.
const shells = ['/bin/sh', '/bin/bash'].filter((shell) => existsSync(shell));

/** What the POSIX shell pieces add to the PowerShell ones: expansions, redirections, history, here-documents. */
const posixPieces = ['$((1+1))', '${IFS}', '$IFS', '$@', '$*', '$#', '$?', '$$', '$!', '$0', '\\\n', "'\\''", '<<EOF', '<(id)', '>(id)', '2>/dev/null', '>|', '&>', '!!', '!$', '^x^y', '{a,b}', '~root', '*', '?', '[!a]', '\x7f', '\x01', '\x1b[0m', 'exec ', 'kill -9 -1', '"$(id)"', "'$(id)'", '`id`'];
const posixHostile = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...posixPieces, ...hostilePieces), { maxLength: 16 }).map((parts) => parts.join('').replaceAll('\0', '')) },
);

/** What an argv entry holds after the trip through UTF-8: a lone surrogate becomes U+FFFD, like in any channel. */
const asUtf8 = (value: string) => Buffer.from(value, 'utf8').toString('utf8');

/** Packs values into command lines well under Linux's 128 KiB limit for one argument (the `-c` string). */
function batches(values: readonly string[], maxBytes = 96 * 1024): string[][] {
  const out: string[][] = [[]];
  let size = 0;
  for (const value of values) {
    const bytes = Buffer.byteLength(value) * 4 + 3; // worst case of quoting: every character a quote
    if (size + bytes > maxBytes && out.at(-1)!.length > 0) {
      out.push([]);
      size = 0;
    }
    out.at(-1)!.push(value);
    size += bytes;
  }
  return out;
}

/** Runs the wrapped command as sshd would (`shell -c line`) and returns the argv printf received. */
function argvThrough(shell: string, values: readonly string[]): string[] {
  const line = wrapCommand(buildPosixCommand(['printf', '%s\\0', ...values]), 'abcdef012345');
  const result = spawnSync(shell, ['-c', line], { maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${shell} exited ${result.status}: ${result.stderr.toString().slice(0, 500)}`);
  expect(result.stderr.toString()).toMatch(/^__wnw_pgid_abcdef012345=\d+\n$/);
  const parts = result.stdout.toString('utf8').split('\0');
  parts.pop(); // after the last argument's terminator
  return parts;
}

describe('hostile values on a POSIX command line, through a real shell (property)', () => {
  const seed = Date.now() % 2 ** 31;
  const values = fc.sample(posixHostile, { numRuns: 10_000, seed });

  it('the generated set is hostile: every quote U+2018..U+201B, $( ), backticks, separators, newlines, long runs', () => {
    const all = values.join('');
    for (const needle of ['\u2018', '\u2019', '\u201A', '\u201B', "'", '"', '$(', '`', ';', '&', '|', '\n', '\r']) expect(all, `seed ${seed}`).toContain(needle);
    expect(values.some((value) => value.length >= 1_000), `seed ${seed}`).toBe(true);
    expect(values).toHaveLength(10_000);
  });

  it.each(shells)('in %s, each of 10,000 values arrives as exactly one argument with exactly its content', (shell) => {
    const started = performance.now();
    let checked = 0;
    for (const batch of batches(values)) {
      const received = argvThrough(shell, batch);
      // One entry per value, never more (a split) or fewer (a swallowed separator).
      expect(received.length, `seed ${seed}`).toBe(batch.length);
      batch.forEach((value, index) => {
        if (received[index] !== asUtf8(value)) expect(received[index], `seed ${seed}, value ${JSON.stringify(value).slice(0, 200)}`).toBe(asUtf8(value));
      });
      checked += batch.length;
    }
    expect(checked).toBe(10_000);
    console.info(`${shell}: 10,000 hostile values (seed ${seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 120_000);

  it('refuses any value holding NUL, which no argv can carry, instead of cutting it short', () => {
    const withNul = fc.sample(fc.tuple(posixHostile, posixHostile).map(([a, b]) => `${a}\0${b}`), { numRuns: 1_000, seed });
    for (const value of withNul) expect(() => buildPosixCommand(['printf', '%s', value])).toThrow(PosixQuoteError);
  });
});
