import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian packages the tests need: a browser for e2e, an SSH server for the SSH tests, unzip for the diagnostics bundle. */
const needed = [
  { program: '/usr/bin/chromium', pkg: 'chromium' },
  { program: '/usr/sbin/sshd', pkg: 'openssh-server' },
  // An independent reader for the diagnostics bundle's zip, so the test does not trust the library that wrote it.
  { program: '/usr/bin/unzip', pkg: 'unzip' },
] as const;

/**
 * Installs what is missing when this user can (root with apt, as on a fresh machine of ours and in CI);
 * otherwise says exactly which command to run. Never downloads a browser of its own.
 */
export function ensureSystemDependencies(): void {
  const missing = needed.filter(({ program }) => !existsSync(program)).map(({ pkg }) => pkg);
  if (missing.length === 0) return;
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    throw new Error(`The tests need ${missing.join(' and ')}. Install them first: sudo ${command}`);
  }
  console.log(`Installing test dependencies: ${command}`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
