/**
 * The argv that runs a script in Windows PowerShell. The script travels as `-EncodedCommand` (base64 of its
 * UTF-16LE code units), so no command-line quoting layer — CreateProcess, cmd.exe, an SSH server — can
 * reinterpret a character of it. Values inside the script are quoted separately (see quote.ts).
 */
import { base64FromBytes, utf16leBytes } from './base64.js';
import { PowerShellValueError } from './quote.js';

export const POWERSHELL_EXECUTABLE = 'powershell.exe';

/** No banner, no profile (a profile could print or change behaviour), never wait for input, run unsigned scripts. */
export const POWERSHELL_BASE_ARGS = ['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass'] as const;

/**
 * CreateProcess takes at most 32,767 characters of command line, terminating NUL included. (cmd.exe, the
 * default shell of Windows OpenSSH, stops at 8,191; a transport through it must check that limit itself.)
 */
export const WINDOWS_COMMAND_LINE_LIMIT = 32_767;

/**
 * First line of every script the app runs: redirected Windows PowerShell writes in the OEM code page (437, 850…),
 * which would garble any non-ASCII path or message; with this, output is UTF-8 on every transport.
 */
export const UTF8_OUTPUT_PREAMBLE = '[Console]::OutputEncoding = [Text.Encoding]::UTF8';

export function withUtf8Output(script: string): string {
  return `${UTF8_OUTPUT_PREAMBLE}\n${script}`;
}

/** What `-EncodedCommand` expects: base64 of the script's UTF-16LE bytes. */
export function encodePowerShellScript(script: string): string {
  return base64FromBytes(utf16leBytes(script));
}

/** The full argv, program first; refuses a script whose command line Windows could not start. */
export function powerShellArgv(script: string): string[] {
  const argv = [POWERSHELL_EXECUTABLE, ...POWERSHELL_BASE_ARGS, '-EncodedCommand', encodePowerShellScript(script)];
  // No element holds a space or a quote, so the command line is the elements joined by single spaces.
  const length = argv.join(' ').length;
  if (length >= WINDOWS_COMMAND_LINE_LIMIT) {
    throw new PowerShellValueError(`The script is too long for a Windows command line (${length} characters encoded, the limit is ${WINDOWS_COMMAND_LINE_LIMIT - 1}).`);
  }
  return argv;
}
