import type { LogLine } from '../../../shared/jobs/job-types.js';
import { logWindowSize } from './log-window.js';

interface Pending {
  /** The lowest seq that arrived since the last flush, even if its line was trimmed away below. */
  first: number;
  lines: LogLine[];
}

export interface FrameScheduler {
  /** Calls back before the next frame is painted (requestAnimationFrame). */
  frame(callback: () => void): void;
  /** Calls back after `ms` (setTimeout): frames stop while the page is hidden, and the store must keep up. */
  timer(callback: () => void, ms: number): void;
}

const browserScheduler: FrameScheduler = {
  frame: (callback) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => callback()) : setTimeout(callback, 16)),
  timer: (callback, ms) => setTimeout(callback, ms),
};

/**
 * Collects live log batches and hands them to the store at most once per frame. During a flood the main side
 * sends a batch every few milliseconds; each one applied on its own would re-render the viewer (and lay out the
 * page) several times per frame for a picture nobody sees. Held lines are bounded: beyond one viewer window per
 * job, the oldest are dropped here, as the window would drop them anyway.
 */
export class LogCoalescer {
  private readonly pending = new Map<string, Pending>();
  private scheduled = false;

  constructor(
    private readonly apply: (jobId: string, first: number, lines: readonly LogLine[]) => void,
    private readonly scheduler: FrameScheduler = browserScheduler,
    private readonly limit = logWindowSize,
    /** The longest a batch waits when no frame comes (a hidden page). */
    private readonly maxWaitMs = 250,
  ) {}

  add(jobId: string, lines: readonly LogLine[]): void {
    if (lines.length === 0) return;
    const entry = this.pending.get(jobId) ?? { first: Number.POSITIVE_INFINITY, lines: [] };
    for (const line of lines) {
      entry.first = Math.min(entry.first, line.seq);
      entry.lines.push(line);
    }
    // trim in steps, not on every batch, so the copying stays linear in the lines received
    if (entry.lines.length > 2 * this.limit) entry.lines = entry.lines.slice(-this.limit);
    this.pending.set(jobId, entry);
    if (this.scheduled) return;
    this.scheduled = true;
    this.scheduler.frame(() => this.flush());
    this.scheduler.timer(() => this.flush(), this.maxWaitMs);
  }

  /** Applies everything held now (also called before a job's state changes, so its last lines come first). */
  flush(): void {
    this.scheduled = false;
    const entries = [...this.pending];
    this.pending.clear();
    for (const [jobId, entry] of entries) {
      this.apply(jobId, entry.first, entry.lines.length > this.limit ? entry.lines.slice(-this.limit) : entry.lines);
    }
  }
}
