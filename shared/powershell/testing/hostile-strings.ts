/**
 * Values meant to break out of a PowerShell literal, for the quoting tests: every kind of quote PowerShell knows,
 * subexpressions, escapes, separators, comments, here-string openers, line breaks PowerShell honours, unicode
 * and very long runs. NUL is left out: quoting refuses it, which its own test shows. Only tests import this.
 */
import fc from 'fast-check';

export const hostilePieces = [
  "'", "''", '\u2018', '\u2019', '\u201A', '\u201B', '"', '""', '\u201C', '\u201D', '\u201E',
  '$(', ')', '$(whoami)', '${', '}', '${env:PATH}', '$x', '$', '$true', '@x', '`', '`n', '`0', '`\'', '`"',
  ';', '&', '&&', '|', '||', '\r', '\n', '\r\n', '\u0085', '\u2028', '\u2029', '#', '<#', '#>', "@'", "'@", '@"',
  '"@', '@(', '@{', '--%', '-', '\u2013', '\u2014', '\u2015', ' ', '\t', '\u00A0', '\u3000', '\u200B', '\uFEFF',
  '[', ']', '*', '?', '\\', '/', ':', ',', '.', '>', '<', '2>&1', '%', '^', '!', '=', '+', '~',
  'C:\\Program Files\\', '\\\\server\\share', 'HKLM:\\', 'é', 'ß', '中', '😀', '\uD800', '\uDFFF', '\u0301',
  "'; Remove-Item -Recurse C:\\; '", '\u2019; exit 1; \u2018', "'@\n", 'exit', 'ConfigFile', '-join', '-force',
] as const;

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...hostilePieces) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const short = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(''));

/** A few pieces repeated to 1,000–10,000 characters (cut anywhere, even inside a surrogate pair). */
const long = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 8 }), fc.integer({ min: 1_000, max: 10_000 }))
  .map(([parts, length]) => {
    const unit = parts.join('') || "'";
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });

/** Mostly short mixes, now and then a very long one; never a NUL. */
export const hostileString = fc
  .oneof({ weight: 30, arbitrary: short }, { weight: 1, arbitrary: long })
  .map((value) => value.replaceAll('\0', ''));
