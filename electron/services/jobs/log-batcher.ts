import type { LogLine } from '../../../shared/jobs/job-types.js';

export interface BatchLimits {
  /** Longest a line waits before it is sent. */
  intervalMs: number;
  /** Most lines in one event; a flood is cut into events of this size. */
  maxLines: number;
}

export const defaultBatchLimits: BatchLimits = { intervalMs: 50, maxLines: 2000 };

/**
 * Groups log lines into events by time and size, so a program printing thousands of lines a second sends a
 * few events a second instead of thousands, while a quiet program's lines still arrive within `intervalMs`.
 */
export class LogBatcher {
  private pending: LogLine[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly send: (lines: LogLine[]) => void,
    private readonly limits: BatchLimits = defaultBatchLimits,
  ) {}

  add(lines: readonly LogLine[]): void {
    for (const line of lines) {
      this.pending.push(line);
      if (this.pending.length >= this.limits.maxLines) this.flush();
    }
    if (this.pending.length > 0 && this.timer === undefined) {
      this.timer = setTimeout(() => this.flush(), this.limits.intervalMs);
    }
  }

  flush(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const lines = this.pending;
    this.pending = [];
    this.send(lines);
  }
}
