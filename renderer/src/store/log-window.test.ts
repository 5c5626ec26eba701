import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../shared/jobs/job-types.js';
import { addToLogWindow, emptyLogWindow } from './log-window.js';

const line = (seq: number, stream: LogLine['stream'] = 'stdout'): LogLine => ({
  seq,
  stream,
  text: `line ${seq}`,
  time: '2026-11-23T10:00:00.000Z',
});
const seqs = (window: { lines: readonly LogLine[] }) => window.lines.map((l) => l.seq);

describe('addToLogWindow', () => {
  it('appends batches in order', () => {
    const window = addToLogWindow(addToLogWindow(emptyLogWindow, [line(1), line(2)]), [line(3)]);
    expect(seqs(window)).toEqual([1, 2, 3]);
    expect(window.dropped).toBe(0);
  });

  it('ignores lines it already holds and returns the same window when nothing is new', () => {
    const window = addToLogWindow(emptyLogWindow, [line(1), line(2)]);
    expect(addToLogWindow(window, [line(2), line(1)])).toBe(window);
    expect(seqs(addToLogWindow(window, [line(2), line(3), line(3)]))).toEqual([1, 2, 3]);
  });

  it('orders a batch that arrives out of order', () => {
    expect(seqs(addToLogWindow(emptyLogWindow, [line(3), line(1), line(2)]))).toEqual([1, 2, 3]);
  });

  it('merges a back-filled batch that precedes the live lines', () => {
    const live = addToLogWindow(emptyLogWindow, [line(5), line(6)]);
    expect(live.dropped).toBe(4);
    const filled = addToLogWindow(live, [line(1), line(2), line(3), line(4), line(5)]);
    expect(seqs(filled)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(filled.dropped).toBe(0);
  });

  it('keeps only the newest lines and counts the rest as dropped', () => {
    let window = emptyLogWindow;
    for (let seq = 1; seq <= 25; seq += 5) {
      window = addToLogWindow(window, [0, 1, 2, 3, 4].map((i) => line(seq + i)), 10);
    }
    expect(seqs(window)).toEqual([16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    expect(window.dropped).toBe(15);
    // A back-fill older than the window changes nothing.
    expect(seqs(addToLogWindow(window, [line(3)], 10))).toEqual(seqs(window));
  });
});
