import type { LogLine } from '../../../shared/jobs/job-types.js';

/** How many lines of one job's log the viewer keeps in memory; the full log is in the job's log file. */
export const logWindowSize = 5000;

/** The tail of one job's log, ordered by `seq` with no duplicates. */
export interface LogWindow {
  lines: readonly LogLine[];
  /** Lines before the window (trimmed to bound memory, or never fetched): `seq` of the first kept line − 1. */
  dropped: number;
}

export const emptyLogWindow: LogWindow = { lines: [], dropped: 0 };

/**
 * Adds a batch to the window. Batches normally arrive in order and only extend the tail (the fast path);
 * a back-filled batch from `jobs.log` may overlap or precede what live events already delivered, so it is
 * merged by `seq`. A line whose `seq` is already held is ignored.
 */
export function addToLogWindow(window: LogWindow, batch: readonly LogLine[], limit = logWindowSize): LogWindow {
  if (batch.length === 0) return window;
  const incoming = isSortedBySeq(batch) ? batch : [...batch].sort((a, b) => a.seq - b.seq);
  const lastSeq = window.lines.at(-1)?.seq ?? 0;
  let merged: LogLine[];
  if ((incoming[0]?.seq ?? 0) > lastSeq) {
    merged = [...window.lines];
    for (const line of incoming) {
      if (line.seq > (merged.at(-1)?.seq ?? 0)) merged.push(line);
    }
  } else {
    const bySeq = new Map<number, LogLine>();
    for (const line of window.lines) bySeq.set(line.seq, line);
    for (const line of incoming) if (!bySeq.has(line.seq)) bySeq.set(line.seq, line);
    merged = [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  }
  // The merge is a superset of the window, so an equal length means every line was a duplicate.
  if (merged.length === window.lines.length) return window;
  const lines = merged.length > limit ? merged.slice(merged.length - limit) : merged;
  return { lines, dropped: Math.max(0, (lines[0]?.seq ?? 1) - 1) };
}

function isSortedBySeq(lines: readonly LogLine[]): boolean {
  for (let i = 1; i < lines.length; i++) if ((lines[i]?.seq ?? 0) < (lines[i - 1]?.seq ?? 0)) return false;
  return true;
}
