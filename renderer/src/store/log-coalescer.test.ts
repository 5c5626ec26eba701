import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../shared/jobs/job-types.js';
import { LogCoalescer, type FrameScheduler } from './log-coalescer.js';

const lines = (from: number, to: number): LogLine[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ seq: from + i, stream: 'stdout', text: `l${from + i}`, time: 't' }));

/** Frames and timers that run only when the test says so. */
function manualScheduler() {
  const frames: Array<() => void> = [];
  const timers: Array<() => void> = [];
  const scheduler: FrameScheduler = { frame: (callback) => frames.push(callback), timer: (callback) => timers.push(callback) };
  const run = (queue: Array<() => void>) => queue.splice(0).forEach((callback) => callback());
  return { scheduler, frames, timers, runFrame: () => run(frames), runTimers: () => run(timers) };
}

function setup(limit = 10) {
  const applied: Array<{ jobId: string; first: number; seqs: number[] }> = [];
  const clock = manualScheduler();
  const coalescer = new LogCoalescer((jobId, first, batch) => applied.push({ jobId, first, seqs: batch.map((line) => line.seq) }), clock.scheduler, limit);
  return { applied, clock, coalescer };
}

describe('LogCoalescer', () => {
  it('applies every batch that arrived within a frame at once, per job, in order', () => {
    const { applied, clock, coalescer } = setup();
    coalescer.add('a', lines(1, 2));
    coalescer.add('b', lines(1, 1));
    coalescer.add('a', lines(3, 4));
    expect(applied).toEqual([]);
    expect(clock.frames).toHaveLength(1);
    clock.runFrame();
    expect(applied).toEqual([
      { jobId: 'a', first: 1, seqs: [1, 2, 3, 4] },
      { jobId: 'b', first: 1, seqs: [1] },
    ]);
    coalescer.add('a', lines(5, 5));
    clock.runFrame();
    expect(applied.at(-1)).toEqual({ jobId: 'a', first: 5, seqs: [5] });
  });

  it('keeps at most one window of lines per job, but reports the first seq that arrived', () => {
    const { applied, clock, coalescer } = setup(10);
    for (let from = 1; from <= 100; from += 5) coalescer.add('a', lines(from, from + 4));
    clock.runFrame();
    expect(applied).toEqual([{ jobId: 'a', first: 1, seqs: Array.from({ length: 10 }, (_, i) => 91 + i) }]);
  });

  it('still applies when no frame comes (a hidden page), after the timer', () => {
    const { applied, clock, coalescer } = setup();
    coalescer.add('a', lines(1, 3));
    clock.runTimers();
    expect(applied).toEqual([{ jobId: 'a', first: 1, seqs: [1, 2, 3] }]);
    clock.runFrame(); // the late frame finds nothing left
    expect(applied).toHaveLength(1);
  });

  it('applies at once on flush, and ignores empty batches', () => {
    const { applied, clock, coalescer } = setup();
    coalescer.add('a', []);
    expect(clock.frames).toHaveLength(0);
    coalescer.add('a', lines(1, 1));
    coalescer.flush();
    expect(applied).toEqual([{ jobId: 'a', first: 1, seqs: [1] }]);
  });
});
