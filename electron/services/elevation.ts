import { runProcess } from './process/process-runner.js';

/**
 * Whether this process has administrator rights. On Windows `net session` succeeds only for an elevated
 * token (a well-known check that needs no PowerShell); elsewhere root is uid 0.
 */
export async function detectElevation(platform: NodeJS.Platform = process.platform): Promise<boolean> {
  if (platform !== 'win32') return process.getuid?.() === 0;
  try {
    const result = await runProcess({ command: 'net.exe', args: ['session'], timeoutMs: 10_000, onLines: () => {} });
    return result.exitCode === 0;
  } catch {
    return false;
  }
}
