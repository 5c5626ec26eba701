import { describe, expect, it } from 'vitest';
import { formatElapsed, jobProgress } from './job-progress.js';
import type { JobStep, JobSummary } from './job-types.js';

const names = ['Operating system', 'Administrator rights', 'Network interfaces'];
const startedAt = '2026-01-01T10:00:00.000Z';
const at = (seconds: number) => Date.parse(startedAt) + seconds * 1000;

function job(state: JobSummary['state'], stepStates: Array<JobStep['state']>, finishedAt?: string) {
  return { state, startedAt, steps: stepStates.map((step, index) => ({ name: names[index] ?? `Step ${index + 1}`, state: step })), ...(finishedAt ? { finishedAt } : {}) };
}

describe('jobProgress', () => {
  it.each([
    ['queued', job('queued', ['pending', 'pending', 'pending']), { stepIndex: 0, label: 'Queued — starts by itself when a slot is free (3 steps)', fraction: 0 }],
    ['before the first step', job('running', ['pending', 'pending', 'pending']), { stepIndex: 1, stepName: 'Operating system', label: 'Step 1 of 3 — Operating system', fraction: 0 }],
    ['first step running', job('running', ['running', 'pending', 'pending']), { stepIndex: 1, label: 'Step 1 of 3 — Operating system', fraction: 0 }],
    ['second step running', job('running', ['succeeded', 'running', 'pending']), { stepIndex: 2, label: 'Step 2 of 3 — Administrator rights', fraction: 1 / 3 }],
    ['between two steps', job('running', ['succeeded', 'succeeded', 'pending']), { stepIndex: 3, label: 'Step 3 of 3 — Network interfaces', fraction: 2 / 3 }],
    ['every step done, not yet finished', job('running', ['succeeded', 'succeeded', 'succeeded']), { stepIndex: 3, label: 'Finishing — 3 of 3 steps done', fraction: 1 }],
    ['succeeded', job('succeeded', ['succeeded', 'succeeded', 'succeeded']), { stepIndex: 3, label: 'Done — 3 of 3 steps', fraction: 1 }],
    ['succeeded with a step not needed', job('succeeded', ['succeeded', 'skipped', 'succeeded']), { stepIndex: 3, label: 'Done — 2 of 3 steps ran, 1 not needed', fraction: 1 }],
    ['failed at step 2', job('failed', ['succeeded', 'failed', 'skipped']), { stepIndex: 2, stepName: 'Administrator rights', label: 'Failed at step 2 of 3 — Administrator rights', fraction: 1 }],
    ['cancelled at step 1', job('cancelled', ['failed', 'skipped', 'skipped']), { stepIndex: 1, label: 'Cancelled at step 1 of 3 — Operating system' }],
    ['interrupted between steps', job('interrupted', ['succeeded', 'pending', 'pending']), { stepIndex: 1, label: 'Interrupted after 1 of 3 steps', fraction: 1 / 3 }],
  ])('%s', (_name, source, expected) => {
    expect(jobProgress(source, at(5))).toMatchObject({ stepCount: 3, ...expected });
  });

  it('has no determinate fraction when the job declared no steps', () => {
    expect(jobProgress(job('running', []), at(1))).toMatchObject({ stepIndex: 0, stepCount: 0, label: 'Running', fraction: undefined });
    expect(jobProgress(job('failed', []), at(1))).toMatchObject({ label: 'Failed', fraction: undefined });
    expect(jobProgress(job('succeeded', []), at(1))).toMatchObject({ label: 'Done', fraction: undefined });
  });

  it('counts elapsed time up to now while running, and up to the end once finished', () => {
    expect(jobProgress(job('running', ['running']), at(83)).elapsedMs).toBe(83_000);
    const finished = job('succeeded', ['succeeded'], new Date(at(12)).toISOString());
    expect(jobProgress(finished, at(500)).elapsedMs).toBe(12_000);
  });

  it('never reports negative or unreadable elapsed time', () => {
    expect(jobProgress(job('running', ['running']), at(-30)).elapsedMs).toBe(0);
    expect(jobProgress({ ...job('running', ['running']), startedAt: 'not a date' }, at(1)).elapsedMs).toBe(0);
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [59_999, '00:59'],
    [60_000, '01:00'],
    [247_000, '04:07'],
    [3_599_000, '59:59'],
    [3_723_000, '1:02:03'],
    [-5_000, '00:00'],
  ])('%d ms is %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});
