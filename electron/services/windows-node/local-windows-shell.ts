import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { powerShellArgv, withUtf8Output } from '../../../shared/powershell/powershell-argv.js';
import { writeFileAtomic } from '../files/atomic-file.js';
import { runProcess } from '../process/process-runner.js';
import type { PowerShellLauncher, ScriptOptions, ScriptRun, WindowsShell } from './windows-shell.js';

export const realPowerShell: PowerShellLauncher = { command: 'powershell.exe', prefixArgs: [] };

/** This machine: the app starts PowerShell itself, from an argv (no shell), with the script encoded. */
export class LocalWindowsShell implements WindowsShell {
  readonly label = 'this machine';
  readonly remote = false;

  constructor(private readonly launcher: PowerShellLauncher = realPowerShell) {}

  async connect(): Promise<void> {}

  async runScript(script: string, options: ScriptOptions): Promise<ScriptRun> {
    const [, ...args] = powerShellArgv(withUtf8Output(script));
    const result = await runProcess({
      command: this.launcher.command,
      args: [...this.launcher.prefixArgs, ...args],
      signal: options.signal,
      onLines: options.onLines,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
    return { exitCode: result.exitCode, cancelled: result.cancelled, timedOut: result.timedOut };
  }

  async writeFile(path: string, content: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, content);
  }
}
