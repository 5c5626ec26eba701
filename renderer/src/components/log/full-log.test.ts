import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../../shared/jobs/job-types.js';
import { readFullLog } from './full-log.js';

const line = (seq: number): LogLine => ({ seq, stream: 'stdout', text: `line ${seq}`, time: '2026-01-01T00:00:00.000Z' });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => line(from + i));

describe('readFullLog', () => {
  it('follows the pages until one is not truncated', async () => {
    const asked: number[] = [];
    const result = await readFullLog(async (fromSeq) => {
      asked.push(fromSeq);
      const to = Math.min(fromSeq + 2, 7);
      return { lines: range(fromSeq, to), truncated: to < 7 };
    });
    expect(asked).toEqual([1, 4, 7]);
    expect(result.complete).toBe(true);
    expect(result.lines.map((l) => l.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('stops on a truncated page that brings nothing new, and after the page limit', async () => {
    const stuck = await readFullLog(async () => ({ lines: [], truncated: true }));
    expect(stuck).toEqual({ lines: [], complete: false });
    const repeating = await readFullLog(async () => ({ lines: range(1, 2), truncated: true }));
    expect(repeating.lines.map((l) => l.seq)).toEqual([1, 2]);
    expect(repeating.complete).toBe(false);
    const limited = await readFullLog(async (fromSeq) => ({ lines: [line(fromSeq)], truncated: true }), 3);
    expect(limited.lines.map((l) => l.seq)).toEqual([1, 2, 3]);
    expect(limited.complete).toBe(false);
  });

  it('reads an empty log as complete', async () => {
    expect(await readFullLog(async () => ({ lines: [], truncated: false }))).toEqual({ lines: [], complete: true });
  });
});
