import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Stops a process and everything it started. On POSIX the child leads its own process group (spawned
 * detached), so signalling the negative pid reaches grandchildren too; on Windows `taskkill /T` walks
 * the tree. A polite signal first, then force after a grace period, as Electron Fiddle does.
 */
export function killTree(child: ChildProcess, graceMs = 2000): void {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  if (process.platform === 'win32') {
    spawn('taskkill.exe', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true, shell: false });
    return;
  }
  signalGroup(pid, 'SIGTERM');
  const force = setTimeout(() => signalGroup(pid, 'SIGKILL'), graceMs);
  force.unref();
  child.once('exit', () => {
    // The leader is gone but members of its group may linger; make sure they go too.
    signalGroup(pid, 'SIGKILL');
    clearTimeout(force);
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // ESRCH: the group already exited.
  }
}
