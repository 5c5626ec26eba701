/**
 * How the app starts Windows PowerShell: no logo, no profile (a profile could change behaviour or print),
 * never waiting for input, and with the script passed encoded so no quoting layer can reinterpret it.
 */
export const powershellExecutable = 'powershell.exe';
export const powershellBaseArgs = ['-NoLogo', '-NoProfile', '-NonInteractive', '-ExecutionPolicy', 'Bypass'] as const;

/** `-EncodedCommand` takes base64 of the script's UTF-16LE bytes. */
export function encodePowerShellCommand(script: string): string {
  return Buffer.from(script, 'utf16le').toString('base64');
}

export function powershellEncodedArgs(script: string): string[] {
  return [...powershellBaseArgs, '-EncodedCommand', encodePowerShellCommand(script)];
}
