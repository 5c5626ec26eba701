/**
 * The web host's token: random, URL-safe, and compared in constant time. Timing is not measured (too noisy on a
 * shared machine); the property is shown structurally instead: whatever is sent, both sides are hashed to 32
 * bytes and compared with crypto.timingSafeEqual, so nothing about the guess decides how long it takes.
 */
import type * as Crypto from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

const compared: Array<[number, number]> = [];
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof Crypto>();
  return {
    ...actual,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      compared.push([a.byteLength, b.byteLength]);
      return actual.timingSafeEqual(a, b);
    },
  };
});
const { createToken, tokensMatch } = await import('./token.js');

describe('the web host token', () => {
  it('is 192 random bits, URL-safe, different every start', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => createToken()));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('matches only itself, whatever is sent', () => {
    const token = createToken();
    expect(tokensMatch(token, token)).toBe(true);
    for (const wrong of [null, undefined, '', token.slice(0, -1), `${token}x`, token.toUpperCase(), `${token}\0`, 'x'.repeat(100_000)]) {
      expect(tokensMatch(token, wrong)).toBe(false);
    }
  });

  it('compares fixed-length digests with timingSafeEqual for every guess, short, long or nearly right', () => {
    const token = createToken();
    compared.length = 0;
    const guesses = ['', 'a', token.slice(0, -1), `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, token, 'x'.repeat(10_000)];
    for (const guess of guesses) tokensMatch(token, guess);
    expect(compared).toEqual(guesses.map(() => [32, 32]));
  });
});
