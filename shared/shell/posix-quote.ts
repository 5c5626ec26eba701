/**
 * Builds a command line for a POSIX shell from an argv array. An SSH "exec" request carries one string that the
 * remote login shell parses, so every value must reach that shell as a literal word: inside single quotes a
 * POSIX shell expands nothing, and the only character that cannot appear there is the quote itself, written
 * as `'\''` (close, escaped quote, reopen).
 */

/** Words made only of these characters mean the same quoted or bare in sh, bash, dash, ksh and zsh. */
const safeBare = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * Words a shell treats specially when they stand first (reserved words of sh, bash, ksh and zsh): bare, `if`
 * would start a compound command instead of running a program called "if".
 */
const reservedWords = new Set([
  'case', 'coproc', 'do', 'done', 'elif', 'else', 'end', 'esac', 'fi', 'for', 'foreach', 'function', 'if',
  'in', 'nocorrect', 'noglob', 'repeat', 'select', 'then', 'time', 'until', 'while',
]);

export class PosixQuoteError extends Error {
  override readonly name = 'PosixQuoteError';
}

/** One argument as a single shell word that expands to exactly `value`. */
export function quotePosixArg(value: string): string {
  // A C argv string ends at NUL, so no program could ever receive this value: refuse rather than truncate.
  if (value.includes('\0')) throw new PosixQuoteError('An argument contains a NUL character, which no command line can carry.');
  // zsh expands a leading `=` (=ls becomes /bin/ls), so such words are quoted even though `=` is harmless elsewhere.
  if (safeBare.test(value) && !value.startsWith('=')) return value;
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * The whole argv as one command line. The first word is also quoted when the shell would read it as a variable
 * assignment (`A=b`) or a reserved word, so it always names the program to run.
 */
export function buildPosixCommand(argv: readonly string[]): string {
  const [program, ...args] = argv;
  if (program === undefined) throw new PosixQuoteError('A command needs at least a program name.');
  // bash reads a first word starting with `%` as a job reference (`fg %1`) even when quoted; no program is named so.
  if (program.startsWith('%')) throw new PosixQuoteError(`A program name cannot start with "%": ${program}`);
  const first = quotePosixArg(program);
  const quotedFirst = first === program && (program.includes('=') || reservedWords.has(program))
    ? `'${program}'`
    : first;
  return [quotedFirst, ...args.map(quotePosixArg)].join(' ');
}
