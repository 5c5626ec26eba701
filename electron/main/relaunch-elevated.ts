import { app } from 'electron';
import { powerShellArgv } from '../../shared/powershell/powershell-argv.js';
import { quotePowerShellLiteral as literal, powerShellArray } from '../../shared/powershell/quote.js';
import { runProcess } from '../services/process/process-runner.js';

/**
 * `Start-Process -Verb RunAs` on this app's executable (and, unpackaged, its arguments): Windows shows the UAC
 * prompt; if the operator agrees, the elevated instance starts and this one quits (the single-instance lock is
 * released on quit, and the new instance waits for nothing). Declining the prompt keeps this instance running.
 */
export async function relaunchElevated(): Promise<{ relaunching: boolean; reason?: string }> {
  if (process.platform !== 'win32') {
    return { relaunching: false, reason: 'Only the Windows app can restart itself elevated; on this system start it as root instead.' };
  }
  const args = process.argv.slice(1);
  const script = [
    "$ErrorActionPreference = 'Stop'",
    `Start-Process -FilePath ${literal(process.execPath)} -Verb RunAs${args.length > 0 ? ` -ArgumentList ${powerShellArray(args)}` : ''}`,
  ].join('\n');
  const [command, ...psArgs] = powerShellArgv(script);
  const errors: string[] = [];
  const result = await runProcess({ command: command!, args: psArgs, timeoutMs: 120_000, onLines: (stream, lines) => stream === 'stderr' && errors.push(...lines) });
  if (result.exitCode !== 0) {
    const declined = errors.some((line) => /canceled by the user/i.test(line));
    return { relaunching: false, reason: declined ? 'The administrator prompt was declined; the app keeps running without administrator rights.' : `Windows could not start the app elevated: ${errors.find((line) => line.trim()) ?? `exit code ${result.exitCode}`}` };
  }
  setTimeout(() => app.quit(), 200);
  return { relaunching: true };
}
