import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Availability = { ok: true } | { ok: false; reason: string };

const forgeMinimumNode = [22, 13] as const;

/** Forge 8 refuses to run below Node 22.13. */
export function nodeSupportsForge(version: string = process.versions.node): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  return major > forgeMinimumNode[0] || (major === forgeMinimumNode[0] && minor >= forgeMinimumNode[1]);
}

/**
 * Whether the desktop app can start here, without touching `require('electron')`, which would try to
 * download the binary and throw where there is no internet.
 */
export function electronAvailability(projectDir: string, nodeVersion: string = process.versions.node): Availability {
  if (!nodeSupportsForge(nodeVersion)) {
    return { ok: false, reason: `Electron Forge needs Node ≥ ${forgeMinimumNode.join('.')} and this is Node ${nodeVersion}.` };
  }
  const electronDir = join(projectDir, 'node_modules', 'electron');
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) {
    return { ok: false, reason: 'the Electron binary is not installed (its download was skipped or failed; it needs internet access).' };
  }
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { ok: false, reason: `the Electron binary is missing (${binary}).` };
  return { ok: true };
}
