/**
 * Values reach PowerShell only as verbatim (single-quoted) string literals. Inside one, PowerShell expands
 * nothing — no `$var`, `$(…)`, backtick escape or `#` — and the only special character is the quote itself,
 * written twice to stand for itself. PowerShell's tokenizer counts the typographic quotes ‘ ’ ‚ ‛ (U+2018,
 * U+2019, U+201A, U+201B) as single quotes too, so a value pasted from a document could otherwise close the
 * literal early; each of them is doubled like `'`.
 */

/** The characters PowerShell's tokenizer treats as a single quote (`CharExtensions.IsSingleQuote`). */
export const POWERSHELL_SINGLE_QUOTES = ["'", '\u2018', '\u2019', '\u201A', '\u201B'] as const;

const singleQuoteLike = /['\u2018\u2019\u201A\u201B]/g;

export class PowerShellValueError extends Error {
  override readonly name = 'PowerShellValueError';
}

/** One value as a PowerShell verbatim string literal that evaluates to exactly `value`. */
export function quotePowerShellLiteral(value: string): string {
  // Every value ends up in a Windows command line, path or program argument, and each of those ends at NUL.
  if (value.includes('\0')) throw new PowerShellValueError('A value contains a NUL character, which a Windows command line cannot carry.');
  return `'${value.replace(singleQuoteLike, (quote) => quote + quote)}'`;
}

/** Several values as one PowerShell array expression: `@('a','b')`; `@()` when empty. */
export function powerShellArray(values: readonly string[]): string {
  return `@(${values.map(quotePowerShellLiteral).join(',')})`;
}
