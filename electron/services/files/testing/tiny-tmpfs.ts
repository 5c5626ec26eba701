/**
 * A really full disk for tests: a tiny tmpfs mounted at a fresh folder. Mounting needs root (CAP_SYS_ADMIN) on
 * Linux; `tmpfsMountable()` probes once so suites can skip elsewhere. Only tests import this.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let probed: boolean | undefined;

/** Mounts a tmpfs of `size` (e.g. `64k`) at a fresh folder and returns the folder; throws where it cannot. */
export function mountTinyTmpfs(size: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wnw-tmpfs-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0700`, 'tmpfs', dir], { stdio: 'pipe' });
    return dir;
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

export function unmountTmpfs(dir: string): void {
  execFileSync('umount', [dir], { stdio: 'pipe' });
  rmSync(dir, { recursive: true, force: true });
}

/** Whether this process may mount a tmpfs (tried once, and unmounted at once). */
export function tmpfsMountable(): boolean {
  if (probed === undefined) {
    probed = false;
    if (process.platform === 'linux' && process.getuid?.() === 0) {
      try {
        unmountTmpfs(mountTinyTmpfs('4k'));
        probed = true;
      } catch {
        // not allowed here (a container without CAP_SYS_ADMIN): the suites that need it skip
      }
    }
  }
  return probed;
}
