import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { node22 } from './node22.js';

/**
 * `electron-forge package` with the real forge.config.ts, under a Node ≥ 22.13 (Forge 8 refuses older ones).
 * Where the Electron binary cannot be downloaded, packaging must get past loading the config and building
 * all three Vite targets, and stop exactly at the Electron download; anything else (a config error, a build
 * error) fails this test. On a workstation that can download Electron, it must package the app.
 */
const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const forgeCli = join(projectDir, 'node_modules', '@electron-forge', 'cli', 'dist', 'electron-forge.js');
const viteDir = join(projectDir, '.vite');
const forgeTimeoutMs = 6 * 60_000;

interface RunResult {
  code: number | string | null;
  output: string;
  seconds: number;
}

function runForge(node: string, args: string[]): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    execFile(
      node,
      [forgeCli, ...args],
      {
        cwd: projectDir,
        env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
        timeout: forgeTimeoutMs,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : (error.signal ?? String(error.code ?? 'error'))) : 0;
        resolve({ code, output: `${stdout}\n${stderr}`, seconds: (Date.now() - started) / 1000 });
      },
    );
  });
}

function requiredIds(bundle: string): string[] {
  return [...new Set([...bundle.matchAll(/\brequire\((["'])([^"']+)\1\)/g)].map((m) => m[2] ?? ''))];
}

/** What a packaged app cannot load: it ships only .vite/, so nothing from node_modules may stay external. */
function externalRequires(bundle: string): string[] {
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  return requiredIds(bundle).filter((id) => id !== 'electron' && !id.startsWith('electron/') && !builtins.has(id) && !id.endsWith('.node'));
}

function findFile(dir: string, name: string, depth = 6): string | undefined {
  if (depth < 0 || !existsSync(dir)) return undefined;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.name === name) return path;
    if (entry.isDirectory()) {
      const found = findFile(path, name, depth - 1);
      if (found) return found;
    }
  }
  return undefined;
}

function tail(text: string, lines = 40): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

describe('electron-forge package', () => {
  it(
    'loads forge.config.ts, builds main, preload and renderer into .vite/, and stops only at the Electron download',
    async () => {
      const node = await node22();
      rmSync(viteDir, { recursive: true, force: true });

      const result = await runForge(node, ['package']);
      console.log(`electron-forge package (Node ${node === process.execPath ? process.version : node}) finished in ${result.seconds.toFixed(1)} s, exit ${result.code}`);

      if (result.code === 0) {
        // A workstation with the Electron binary: the packaged app exists and carries the app in an asar.
        const outDir = join(projectDir, 'out', `windows-node-wizard-${process.platform}-${process.arch}`);
        expect(existsSync(outDir), `packaged app folder ${outDir}`).toBe(true);
        expect(findFile(outDir, 'app.asar'), `app.asar under ${outDir}`).toBeDefined();
      } else {
        // Here: the build went through and packaging failed fetching Electron, and nothing else.
        expect(result.code, `Forge was killed or timed out:\n${tail(result.output)}`).not.toBe('SIGKILL');
        expect(result.output, 'Forge refused to run (Node version)').not.toMatch(/requires Node\.js/);
        expect(result.output, `Forge failed before packaging:\n${tail(result.output)}`).toMatch(/Built target main_window/);
        expect(result.output, `Forge failed, but not at the Electron download:\n${tail(result.output)}`).toMatch(
          /@electron[\\/]get|downloadArtifact|Electron failed to install|electron-v\d+[^\s]*\.zip/i,
        );
      }

      const main = join(viteDir, 'build', 'main.cjs');
      const preload = join(viteDir, 'build', 'preload.cjs');
      const rendererDir = join(viteDir, 'renderer', 'main_window');
      for (const file of [main, preload, join(rendererDir, 'index.html')]) {
        expect(existsSync(file), `${file} was built`).toBe(true);
      }
      const assets = existsSync(join(rendererDir, 'assets')) ? readdirSync(join(rendererDir, 'assets')) : [];
      expect(assets.filter((name) => name.endsWith('.js')).length, 'renderer JS assets').toBeGreaterThan(0);

      const mainJs = readFileSync(main, 'utf8');
      // Forge's define replaced the renderer constants (the window name wiring in forge.config.ts).
      expect(mainJs).not.toMatch(/\bMAIN_WINDOW_VITE_NAME\b/);
      expect(externalRequires(mainJs), 'main.cjs may only require electron and Node built-ins').toEqual([]);
      // A sandboxed preload gets only a tiny require(); the bundle must be self-contained apart from electron.
      const preloadRequires = new Set(requiredIds(readFileSync(preload, 'utf8')));
      preloadRequires.delete('electron');
      expect([...preloadRequires], 'the sandboxed preload may only require electron').toEqual([]);
      expect(readFileSync(join(rendererDir, 'index.html'), 'utf8')).toMatch(/<script type="module"[^>]*src="\.\/assets\/[^"]+\.js"/);
    },
    8 * 60_000,
  );
});
