/**
 * Runs inside the page (added with addInitScript, so it must stay self-contained): watches the log viewer's
 * last row every animation frame, the main thread's long tasks, and how long clicks wait for the next frame.
 */
export interface ProbeResult {
  /** performance.now() when the probe was armed, and when the last flood line was on screen (0 if never). */
  armedAt: number;
  doneAt: number;
  /** Flood lines on screen at the end: the number in the viewer's last row. */
  lastLine: number;
  frames: number;
  longestFrameGap: number;
  /** Tasks of 50 ms or more (the Long Tasks API reports nothing shorter) while the flood ran: start (ms after arming) and duration. */
  longTasks: Array<{ at: number; duration: number }>;
  /** For each click while the flood ran: its event timestamp to the next animation frame after its handler, in ms. */
  clickLatencies: number[];
  /** The same for clicks after the flood ended (the idle page: the click's own cost). */
  idleClickLatencies: number[];
}

declare global {
  interface Window {
    __benchProbe: { arm(expectedLines: number): void; result(): ProbeResult };
  }
}

/**
 * The probe as a script for addInitScript. tsx (esbuild) wraps named arrow functions in `__name(...)`, a helper
 * that exists only in Node, so the page gets a stand-in.
 */
export function pageProbeScript(): { content: string } {
  return { content: `var __name = (fn) => fn; (${installPageProbe.toString()})();` };
}

function installPageProbe(): void {
  const longTasks: Array<{ start: number; duration: number }> = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  const state = { armedAt: 0, doneAt: 0, expected: 0, lastLine: 0, frames: 0, longestFrameGap: 0, clicks: [] as Array<{ at: number; latency: number }> };
  const lineNumber = /^line (\d+):/;
  let previousFrame = 0;
  const frame = (now: number) => {
    if (state.doneAt !== 0) return;
    state.frames++;
    if (previousFrame !== 0) state.longestFrameGap = Math.max(state.longestFrameGap, now - previousFrame);
    previousFrame = now;
    const rows = document.querySelectorAll('[data-testid="log-line"]');
    const match = lineNumber.exec(rows[rows.length - 1]?.textContent ?? '');
    if (match) state.lastLine = Math.max(state.lastLine, Number(match[1]));
    if (state.lastLine >= state.expected) state.doneAt = now;
    else requestAnimationFrame(frame);
  };
  document.addEventListener(
    'click',
    (event) => {
      if (state.armedAt === 0) return;
      const at = event.timeStamp;
      // after the handlers of this click ran (React renders a click's update before the event returns)
      setTimeout(() => requestAnimationFrame((now) => state.clicks.push({ at, latency: now - at })), 0);
    },
    { capture: true },
  );
  window.__benchProbe = {
    arm(expectedLines) {
      state.expected = expectedLines;
      state.armedAt = performance.now();
      requestAnimationFrame(frame);
    },
    result() {
      const during = (start: number) => start >= state.armedAt && (state.doneAt === 0 || start <= state.doneAt);
      return {
        armedAt: state.armedAt,
        doneAt: state.doneAt,
        lastLine: state.lastLine,
        frames: state.frames,
        longestFrameGap: state.longestFrameGap,
        longTasks: longTasks.filter((task) => during(task.start)).map((task) => ({ at: task.start - state.armedAt, duration: task.duration })),
        clickLatencies: state.clicks.filter((click) => during(click.at)).map((click) => click.latency),
        idleClickLatencies: state.clicks.filter((click) => state.doneAt !== 0 && click.at > state.doneAt).map((click) => click.latency),
      };
    },
  };
}
