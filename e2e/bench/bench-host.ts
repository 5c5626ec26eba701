/**
 * What the browser benchmarks share: a production build of the renderer in a folder of their own (the e2e
 * tests rebuild .vite/renderer/main_window at any time), a host process started from a script, and Chromium.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'vite';
import { chromiumLaunchOptions } from '../../playwright.config.js';

/** Outside the project: the test runner may clear .tmp/ while a benchmark runs. */
export const benchRendererDir = join(tmpdir(), 'wnw-bench-renderer');

/** `vite build` of the renderer, as `npm run build:renderer` makes it, into benchRendererDir. */
export async function buildRenderer(): Promise<string> {
  await build({ configFile: 'vite.renderer.config.ts', logLevel: 'warn', build: { outDir: benchRendererDir, emptyOutDir: true } });
  return benchRendererDir;
}

export interface HostProcess {
  url: string;
  userDataDir: string;
  process: ChildProcessWithoutNullStreams;
  stop(): Promise<void>;
}

const addressLine = /^Windows Node Wizard at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/;

/** Starts `node [nodeArgs] --import tsx <script>` with a fresh data folder; resolves once it printed its address. */
export async function startHostProcess(script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<HostProcess> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'wnw-bench-'));
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    env: { ...process.env, ...env, WNW_USER_DATA_DIR: userDataDir },
    stdio: ['pipe', 'pipe', 'pipe'],
  }) as ChildProcessWithoutNullStreams;
  const output: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      const match = addressLine.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output.join('\n')}`)));
  });
  return {
    url,
    userDataDir,
    process: child,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}
