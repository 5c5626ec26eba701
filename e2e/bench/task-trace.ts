/**
 * A Chromium trace of the page's main thread ("toplevel" category only, cheap), to tell a long task's own CPU
 * time from the wall time it took. The Long Tasks API gives wall time: on a busy machine a task that needed 5 ms
 * of CPU can take 150 ms because the OS ran other processes meanwhile.
 */
import type { CDPSession, Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface TaskTimes {
  /** The task with the longest wall time: its wall and its thread (CPU) time, ms. */
  longestWall: number;
  longestWallCpu: number;
  /** The most thread (CPU) time any one task used, ms. */
  mostCpu: number;
}

export async function startTaskTrace(page: Page): Promise<{ stop(): Promise<TaskTimes> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data: { value: object[] }) => events.push(...(data.value as TraceEvent[])));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel'] }, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      const mainThreads = new Set(events.filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain').map((event) => `${event.pid}:${event.tid}`));
      const tasks = events.filter((event) => event.ph === 'X' && event.name === 'ThreadControllerImpl::RunTask' && mainThreads.has(`${event.pid}:${event.tid}`));
      const longest = tasks.reduce<TraceEvent | undefined>((best, task) => ((task.dur ?? 0) > (best?.dur ?? -1) ? task : best), undefined);
      return {
        longestWall: (longest?.dur ?? 0) / 1000,
        longestWallCpu: (longest?.tdur ?? 0) / 1000,
        mostCpu: Math.max(0, ...tasks.map((task) => task.tdur ?? 0)) / 1000,
      };
    },
  };
}
