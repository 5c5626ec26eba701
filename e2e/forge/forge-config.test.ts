import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { node22 } from './node22.js';

/**
 * forge.config.ts as Electron Forge itself resolves it (Forge's own loader, jiti, plugins and all), under a
 * Node ≥ 22.13: which makers run for which platforms, and which UAC execution level the Windows exe gets, in
 * each build flavour (WNW_WINDOWS_ELEVATION); and the icon files it points at are real ICO, ICNS and PNG files.
 */
const run = promisify(execFile);
const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const forgeConfigLoader = join(projectDir, 'node_modules', '@electron-forge', 'core', 'dist', 'util', 'forge-config.js');
const iconDir = join(projectDir, 'assets', 'icon');

/** Runs under Node 22 in the project folder; prints what Forge resolved, as JSON. */
const probe = `
const { default: resolveForgeConfig } = await import(${JSON.stringify(pathToFileURL(forgeConfigLoader).href)});
const config = await resolveForgeConfig(process.cwd());
const makers = config.makers.map((maker) => ({
  name: maker.name,
  platforms: maker.platforms,
  config: maker.configOrConfigFetcher,
  supportedHere: maker.isSupportedOnCurrentPlatform(),
}));
process.stdout.write(JSON.stringify({ makers, packagerConfig: config.packagerConfig }));
`;

interface ResolvedConfig {
  makers: Array<{ name: string; platforms: string[]; config: Record<string, unknown>; supportedHere: boolean }>;
  packagerConfig: { icon?: string; extraResource?: string[]; win32metadata?: Record<string, string> };
}

let node = '';
async function resolvedConfig(flavour: string | undefined): Promise<ResolvedConfig> {
  const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  if (flavour === undefined) delete env.WNW_WINDOWS_ELEVATION;
  else env.WNW_WINDOWS_ELEVATION = flavour;
  const { stdout } = await run(node, ['--input-type=module', '--eval', probe], { cwd: projectDir, env, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as ResolvedConfig;
}

const makerPlatforms = (config: ResolvedConfig) => Object.fromEntries(config.makers.map((maker) => [maker.name, [...maker.platforms].sort()]));

describe('forge.config.ts as Forge resolves it', () => {
  beforeAll(async () => {
    node = await node22();
  }, 6 * 60_000);

  it('by default (require): a ZIP for macOS, Linux and Windows, and an exe that asks for administrator rights', async () => {
    const config = await resolvedConfig(undefined);
    expect(makerPlatforms(config)).toEqual({ zip: ['darwin', 'linux', 'win32'] });
    expect(config.packagerConfig.win32metadata?.['requested-execution-level']).toBe('requireAdministrator');
    expect(makerPlatforms(await resolvedConfig('require'))).toEqual({ zip: ['darwin', 'linux', 'win32'] });
  });

  it('invoker: the Squirrel installer for Windows beside the ZIPs, and an exe that runs as the user', async () => {
    const config = await resolvedConfig('invoker');
    expect(makerPlatforms(config)).toEqual({ squirrel: ['win32'], zip: ['darwin', 'linux', 'win32'] });
    expect(config.packagerConfig.win32metadata?.['requested-execution-level']).toBe('asInvoker');
    const squirrel = config.makers.find((maker) => maker.name === 'squirrel')!;
    // electron-winstaller is installed, so Forge would run it (on Windows, or with mono and wine elsewhere).
    expect(squirrel.supportedHere).toBe(true);
    expect(squirrel.config).toMatchObject({ name: 'windows_node_wizard', title: 'Windows Node Wizard', setupIcon: 'assets/icon/icon.ico', noMsi: true });
    expect(String(squirrel.config.name)).not.toContain('-');
  });

  it('refuses an unknown flavour, naming the variable and the values it takes', async () => {
    const failure = await resolvedConfig('admin').then(
      () => undefined,
      (error: unknown) => error as { stderr?: string },
    );
    expect(failure, 'Forge loaded the config with WNW_WINDOWS_ELEVATION=admin').toBeDefined();
    expect(failure?.stderr).toMatch(/WNW_WINDOWS_ELEVATION="admin" is not a build flavour: set it to "require" .* or "invoker"/);
  });

  it('points Packager at the icon without extension, and ships the Linux window icon as a resource', async () => {
    const { packagerConfig } = await resolvedConfig(undefined);
    expect(packagerConfig.icon).toBe('assets/icon/icon');
    expect(packagerConfig.extraResource).toEqual(['assets/icon/icon.png', 'assets/icon/icon@2x.png']);
    for (const file of [...(packagerConfig.extraResource ?? []), `${packagerConfig.icon}.ico`, `${packagerConfig.icon}.icns`]) {
      expect(() => readFileSync(join(projectDir, file)), file).not.toThrow();
    }
  });
});

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1'), 'IHDR first').toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the icon files (npm run icons, from assets/icon/icon.svg)', () => {
  it('icon.png is 512 × 512 and icon@2x.png 1024 × 1024', () => {
    expect(pngSize(readFileSync(join(iconDir, 'icon.png')))).toEqual({ width: 512, height: 512 });
    expect(pngSize(readFileSync(join(iconDir, 'icon@2x.png')))).toEqual({ width: 1024, height: 1024 });
  });

  it('icon.ico is an icon resource with every size Windows asks for, 16 to 256 px, each image inside the file', () => {
    const ico = readFileSync(join(iconDir, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)], 'reserved 0, type 1 (icon)').toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const entries = Array.from({ length: count }, (_, index) => {
      const at = 6 + index * 16;
      // 0 in the width byte means 256.
      return { size: ico.readUInt8(at) || 256, bytes: ico.readUInt32LE(at + 8), offset: ico.readUInt32LE(at + 12) };
    });
    expect(entries.map((entry) => entry.size)).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
    for (const entry of entries) expect(entry.offset + entry.bytes, `the ${entry.size} px image`).toBeLessThanOrEqual(ico.length);
  });

  it('icon.icns starts with the icns magic, says its own length, and holds a 1024 px (ic10) image', () => {
    const icns = readFileSync(join(iconDir, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at + 8 <= icns.length; at += icns.readUInt32BE(at + 4)) {
      types.push(icns.subarray(at, at + 4).toString('latin1'));
      if (icns.readUInt32BE(at + 4) < 8) break;
    }
    expect(types).toEqual(expect.arrayContaining(['ic10', 'ic09', 'ic08', 'ic07']));
  });

  it('the SVG source is a self-contained drawing (no scripts, no external references)', () => {
    const svg = readFileSync(join(iconDir, 'icon.svg'), 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 1024 1024"/);
    expect(svg).not.toMatch(/<script|href=|url\((?!#)/i);
  });
});
