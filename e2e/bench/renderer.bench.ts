/**
 * Item 4: the renderer's weight (the production build's JS and CSS, raw and gzip) and its start: from starting
 * the web host to the first contentful paint of the wizard in Chromium.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, startHostProcess } from './bench-host.js';
import type { Measurement, Section } from './measure.js';

function assetFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? assetFiles(path) : [path];
  });
}

function weight(rendererDir: string, extension: '.js' | '.css'): { files: number; raw: number; gzip: number } {
  const files = assetFiles(rendererDir).filter((file) => file.endsWith(extension));
  const bytes = files.map((file) => readFileSync(file));
  return {
    files: files.length,
    raw: bytes.reduce((sum, content) => sum + content.length, 0) / 1000,
    gzip: bytes.reduce((sum, content) => sum + gzipSync(content).length, 0) / 1000,
  };
}

export async function rendererBenchmarks(options: { rendererDir: string; runs: number }): Promise<Section> {
  const js = weight(options.rendererDir, '.js');
  const css = weight(options.rendererDir, '.css');
  const browser = await launchChromium();
  const series = { listening: [] as number[], fcp: [] as number[], navigationToFcp: [] as number[], ready: [] as number[] };
  try {
    for (let run = -1; run < options.runs; run++) {
      const started = performance.now();
      const host = await startHostProcess('e2e/bench/plain-web-host.ts', { WNW_RENDERER_DIR: options.rendererDir });
      const listening = performance.now();
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        const navigating = performance.now();
        await page.goto(host.url, { waitUntil: 'commit' });
        const fcp = await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime, null, { polling: 16 });
        const fcpMs = (await fcp.jsonValue()) as number;
        await page.getByTestId('step-ipPlan').waitFor();
        const ready = performance.now();
        if (run < 0) continue; // the first start warms the disk cache and tsx's compile cache
        series.listening.push(listening - started);
        series.navigationToFcp.push(fcpMs);
        series.fcp.push(navigating - started + fcpMs);
        series.ready.push(ready - started);
      } finally {
        await context.close();
        await host.stop();
      }
    }
  } finally {
    await browser.close();
  }
  const once = (name: string, value: number, unit: string, extra: Partial<Measurement> = {}): Measurement => ({ name, unit, runs: [value], digits: 1, ...extra });
  return {
    title: 'Renderer weight and start',
    method:
      `Weight: the files of a production build of the renderer (\`vite build\` with the app's renderer config, into a folder of the benchmark's own), JS and CSS summed, raw and gzip (zlib's default level); a build gives the same bytes every time, so one "run". ` +
      `Start: ${options.runs} runs after one warm-up, each starting the web host as \`npm run web -- --no-build\` does (\`node --import tsx\`, a fresh data folder) and opening its address in a fresh Chromium context; ` +
      'times from the spawn of the host process to: the host printing its address; the first contentful paint (the navigation start in Node\'s clock plus the paint entry\'s startTime); the wizard\'s first step shown (the plan loaded over the WebSocket). MUI styles are injected by emotion at run time, so the build has no CSS file.',
    measurements: [
      once(`JS, ${js.files} file(s), raw`, js.raw, 'kB'),
      once('JS, gzip', js.gzip, 'kB', { target: '≤ 450 kB gzip', meets: (value) => value <= 450 }),
      once(`CSS, ${css.files} file(s), raw`, css.raw, 'kB'),
      once('CSS, gzip', css.gzip, 'kB'),
      { name: 'host start → listening', unit: 'ms', runs: series.listening, digits: 0 },
      { name: 'host start → first contentful paint', unit: 'ms', runs: series.fcp, digits: 0 },
      { name: 'navigation → first contentful paint', unit: 'ms', runs: series.navigationToFcp, digits: 0 },
      { name: 'host start → first step shown (plan loaded)', unit: 'ms', runs: series.ready, digits: 0 },
    ],
  };
}
