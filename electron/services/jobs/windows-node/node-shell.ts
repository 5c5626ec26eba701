import type { WindowsTarget } from '../../../../shared/windows-node/windows-target.js';
import { windowsTargetLabel } from '../../../../shared/windows-node/windows-target.js';
import type { SshConnectionPool } from '../../ssh/ssh-pool.js';
import { LocalWindowsShell } from '../../windows-node/local-windows-shell.js';
import { SshWindowsShell } from '../../windows-node/ssh-windows-shell.js';
import type { PowerShellLauncher, WindowsShell } from '../../windows-node/windows-shell.js';
import type { JobContext } from '../job-definition.js';

export interface NodeJobDependencies {
  pool: SshConnectionPool;
  /** How this machine starts PowerShell; tests pass a simulation of powershell.exe. */
  powershell: PowerShellLauncher;
}

/** The node a job works on; a remote node's password or passphrase is hidden from every log first. */
export function shellForJob(context: JobContext, target: WindowsTarget, deps: NodeJobDependencies): WindowsShell {
  if (target.type === 'local') return new LocalWindowsShell(deps.powershell);
  const { auth } = target.connection;
  if (auth.type === 'password') context.addSecret(auth.password);
  if (auth.type === 'key' && auth.passphrase) context.addSecret(auth.passphrase);
  return new SshWindowsShell(windowsTargetLabel(target), deps.pool.get(target.connection));
}
