/**
 * Item 1: the log pipeline end to end. A child process prints lines as fast as it can → process runner → job
 * runner (redaction, log file, batching) → WebSocket → renderer store → virtualised viewer, in Chromium. The
 * same child piped to `cat > /dev/null` is the ceiling.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { launchChromium, startHostProcess, type HostProcess } from './bench-host.js';
import { floodCommand } from './flood-command.js';
import { ratios, timeAsync, type Section } from './measure.js';
import { pageProbeScript, type ProbeResult } from './page-probe.js';
import { startTaskTrace, type TaskTimes } from './task-trace.js';

export interface LogPipelineOptions {
  rendererDir: string;
  runs: number;
  /** Lines per flood; the issue asks for 1,000,000. */
  lines: number;
  /** A shorter flood, whose memory is compared with the long one's: bounded memory does not grow with lines. */
  shortLines: number;
}

/** The ceiling: the same child process, its output piped to `cat > /dev/null`. */
async function ceiling(lines: number): Promise<number> {
  const { command, args } = floodCommand(lines);
  const ms = await timeAsync(
    () =>
      new Promise<void>((resolve, reject) => {
        const child = spawn('sh', ['-c', `"$0" "$@" | cat > /dev/null`, command, ...args], { stdio: 'ignore' });
        child.once('error', reject).once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`))));
      }),
  );
  return lines / (ms / 1000);
}

interface FloodRun {
  probe: ProbeResult;
  tasks: TaskTimes;
  /** JS heap in use after a forced garbage collection, before and after the flood, in MB. */
  heapBefore: number;
  heapAfter: number;
  domNodes: number;
}

async function heapAfterGc(page: Page): Promise<{ heap: number; nodes: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const metric = (name: string) => metrics.find((entry) => entry.name === name)?.value ?? Number.NaN;
  return { heap: metric('JSHeapUsedSize') / 2 ** 20, nodes: metric('Nodes') };
}

/**
 * One flood of `lines` in a fresh page. With `clicks`, the operator keeps using the log while lines pour in:
 * a click on its "Timestamps" switch every 250 ms (each re-renders the rows in view), then five more once the
 * flood is over, for the same click's cost on an idle page.
 */
export async function flood(browser: Browser, host: HostProcess, lines: number, clicks: boolean): Promise<FloodRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(pageProbeScript());
    await page.goto(host.url);
    await page.getByTestId('step-install').click();
    await page.getByTestId('run-machine-check').waitFor();
    const before = await heapAfterGc(page);
    writeFileSync(join(host.userDataDir, 'flood-lines'), String(lines));
    await page.evaluate((expected) => window.__benchProbe.arm(expected), lines);
    const trace = await startTaskTrace(page);
    await page.getByTestId('run-machine-check').click();
    const timestamps = page.getByTestId('log-drawer').getByLabel('Timestamps');
    const isDone = () => page.evaluate(() => window.__benchProbe.result().doneAt !== 0);
    if (clicks) {
      await timestamps.waitFor();
      while (!(await isDone())) {
        await timestamps.click({ timeout: 60_000 });
        await page.waitForTimeout(250);
      }
    }
    await page.waitForFunction(() => window.__benchProbe.result().doneAt !== 0, null, { timeout: 300_000, polling: 500 });
    const tasks = await trace.stop();
    if (clicks) {
      for (let i = 0; i < 5; i++) {
        await timestamps.click();
        await page.waitForTimeout(250);
      }
    }
    const probe = await page.evaluate(() => window.__benchProbe.result());
    const after = await heapAfterGc(page);
    return { probe, tasks, heapBefore: before.heap, heapAfter: after.heap, domNodes: after.nodes };
  } finally {
    await context.close();
  }
}

export async function logPipelineBenchmarks(options: LogPipelineOptions): Promise<Section> {
  const host = await startHostProcess('e2e/bench/log-flood-host.ts', { WNW_RENDERER_DIR: options.rendererDir });
  const browser = await launchChromium();
  try {
    await flood(browser, host, options.shortLines, false); // warm-up: the host's and the browser's first run
    const series = {
      rate: [] as number[], ceiling: [] as number[], longestTask: [] as number[], longestCpu: [] as number[], mostCpu: [] as number[], frameGap: [] as number[],
      click: [] as number[], idleClick: [] as number[], clicks: [] as number[], longTasks: [] as number[], heap: [] as number[], heapShort: [] as number[], nodes: [] as number[],
    };
    for (let run = 0; run < options.runs; run++) {
      series.ceiling.push(await ceiling(options.lines));
      const long = await flood(browser, host, options.lines, true);
      const short = await flood(browser, host, options.shortLines, false);
      const { probe } = long;
      series.rate.push(options.lines / ((probe.doneAt - probe.armedAt) / 1000));
      series.longestTask.push(Math.max(0, ...probe.longTasks.map((task) => task.duration)));
      series.longestCpu.push(long.tasks.longestWallCpu);
      series.mostCpu.push(long.tasks.mostCpu);
      series.frameGap.push(probe.longestFrameGap);
      series.click.push(Math.max(0, ...probe.clickLatencies));
      series.idleClick.push(Math.max(0, ...probe.idleClickLatencies));
      series.longTasks.push(probe.longTasks.length);
      series.clicks.push(probe.clickLatencies.length);
      series.heap.push(long.heapAfter);
      series.heapShort.push(short.heapAfter);
      series.nodes.push(long.domNodes);
    }
    const million = options.lines.toLocaleString('en-US');
    return {
      title: 'Log pipeline, end to end',
      method:
        `A benchmark web host (\`e2e/bench/log-flood-host.ts\`: the real web host and job runner, the production renderer build) whose "Check this machine" job runs a child process printing ${million} lines as fast as it can (mawk; ~70 bytes a line). ` +
        'Its output goes through the real pipeline: process runner → job runner (redaction, log file, batching) → WebSocket → renderer store → virtualised log viewer, in headless Chromium (Playwright, 1280×800). ' +
        'A probe in the page reads the viewer\'s last row every animation frame; lines/s = lines ÷ (click on "Check this machine" → the last line on screen). ' +
        'While the flood runs, the probe records Long Tasks (the API reports tasks of 50 ms or more; 0 = none), the longest gap between two frames, and for a click every 250 ms on the log\'s "Timestamps" switch (it re-renders the rows in view) the time from the click\'s event timestamp to the next animation frame after its handler; five more clicks after the flood give the same click on an idle page. ' +
        'A Chromium trace of the page\'s main thread (category `toplevel`) gives each task\'s wall time and its own CPU time, which tells the app\'s work from time the OS gave to other processes. ' +
        `Memory: the JS heap after a forced garbage collection (CDP) once all ${million} lines are on screen, compared with the same after a ${options.shortLines.toLocaleString('en-US')}-line flood in a fresh page. ` +
        'Ceiling: the same child piped to `cat > /dev/null`, in each run. The first flood of the session is a warm-up.',
      measurements: [
        { name: 'lines/s delivered to the screen', unit: 'lines/s', runs: series.rate, digits: 0, target: '≥ 100,000', meets: (value) => value >= 100_000 },
        { name: 'ceiling: the child piped to `cat > /dev/null`', unit: 'lines/s', runs: series.ceiling, digits: 0 },
        { name: 'screen ÷ ceiling', unit: '×', runs: ratios(series.rate, series.ceiling), digits: 3 },
        { name: 'longest main-thread task (Long Tasks)', unit: 'ms', runs: series.longestTask, digits: 0, target: 'no task > 100 ms', meets: (value) => value <= 100 },
        { name: 'the longest task\'s own CPU time (trace)', unit: 'ms', runs: series.longestCpu, digits: 0 },
        { name: 'most CPU time any one task used (trace)', unit: 'ms', runs: series.mostCpu, digits: 0 },
        { name: 'longest gap between two frames', unit: 'ms', runs: series.frameGap, digits: 0 },
        { name: 'Long Tasks during the flood', unit: '', runs: series.longTasks, digits: 0 },
        { name: 'click → next frame, worst click during the flood', unit: 'ms', runs: series.click, digits: 0 },
        { name: 'click → next frame, worst of 5 clicks after the flood (idle page)', unit: 'ms', runs: series.idleClick, digits: 0 },
        { name: 'clicks measured during the flood', unit: '', runs: series.clicks, digits: 0 },
        { name: `JS heap after ${million} lines`, unit: 'MB', runs: series.heap, digits: 1, target: 'bounded' },
        { name: `JS heap after ${options.shortLines.toLocaleString('en-US')} lines`, unit: 'MB', runs: series.heapShort, digits: 1 },
        { name: `heap after ${million} ÷ after ${options.shortLines.toLocaleString('en-US')}`, unit: '×', runs: ratios(series.heap, series.heapShort), digits: 2, target: 'does not grow with lines', meets: (value) => value < 1.25 },
        { name: `DOM nodes after ${million} lines`, unit: '', runs: series.nodes, digits: 0 },
      ],
    };
  } finally {
    await browser.close();
    await host.stop();
  }
}

/**
 * What profiling found and what changed, with before/after measured side by side during the work (the "before"
 * renderer no longer exists in the tree, so these numbers are recorded here rather than re-measured each run).
 */
export const logPipelineNotes: string[] = [
  '**Finding (profiles of a 1,000,000-line flood: Chromium\'s CPU profiler over CDP, and `node --cpu-prof` on the host).** ' +
    'The host was idle most of the time (about 2 s of CPU for the million lines: redaction, the log file, JSON), so the renderer set the pace. ' +
    'For every WebSocket message (≤ 2,000 lines, ~75 a second) it re-rendered the whole log view: the dozen MUI controls of the toolbar (emotion serialising their styles each time), TanStack Virtual recomputing the offsets of all 5,000 rows, a second synchronous render (`flushSync`) on the scroll event that following the tail caused, and a forced layout — several times per frame. ' +
    'The longest task was not the flood itself but the drawer\'s first open at its start: one commit mounting the drawer, the job list and the toolbar, in which emotion compiles and inserts the styles of every MUI control (60–190 ms on this machine).',
  '**Changes.** ' +
    '(1) `renderer/src/store/log-coalescer.ts`, used by `ipc-events.ts`: live log batches reach the store at most once per animation frame (a 250 ms timer keeps a hidden page\'s store current), holding at most one viewer window per job; a job\'s held lines are applied before its state changes. ' +
    '(2) `LogView.tsx` windows its rows by arithmetic (`log/row-window.ts`; every row is 20 px) instead of TanStack Virtual: the rows in view ± 30, no pass over all rows, no second render on scroll; while it follows the tail, the rows shown are the tail\'s without reading the scroll position. ' +
    '(3) `log/LogToolbar.tsx` and `log/LogFooter.tsx`: the toolbar\'s parts and the file note are memoised with stable callbacks, so a batch re-renders the new rows (and the step filter\'s counts), not the MUI controls. ' +
    '(4) The toolbar mounts one frame after the rows, which splits the first open\'s commit in two. ' +
    '`@tanstack/react-virtual` is no longer used (the JS bundle lost 30 kB raw, 9 kB gzip). The log batcher (50 ms / 2,000 lines) was left as it is: the host was not the bottleneck.',
  '**Before → after**, the old and the new renderer build against the same host, 5 runs each interleaved, 1,000,000 lines with clicks, load average 5.4–6.6 (2026-11-23): ' +
    'lines/s 131,567 (118,523–150,342) → **184,754** (114,826–227,330); longest task 88 ms (78–175) → **63 ms** (0–126); longest frame gap 100 ms (67–183) → 83 ms (33–150); ' +
    'worst click during the flood 40 ms (31–53) → 52 ms (27–84), i.e. the same within this machine\'s noise; the first open of the drawer, with a 3,000-line job, had a task ≥ 50 ms in 2 of 5 runs before and in 0 of 5 after. ' +
    'Both met the targets in most runs already. What still passes 100 ms in some runs is the machine, not the app: traces of such tasks (the rows with "(trace)" above) show 1–5 ms of the main thread\'s own CPU in 130–160 ms of wall time (a garbage-collection step waiting for a core while the load average was 4–6 on two cores), and no task of the flood needs more than about 30 ms of CPU.',
];
