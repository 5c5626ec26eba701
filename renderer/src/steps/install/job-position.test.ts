import { describe, expect, it } from 'vitest';
import type { JobStep } from '../../../../shared/jobs/job-types.js';
import { jobPosition } from './job-position.js';

const steps = (...states: JobStep['state'][]): JobStep[] => states.map((state, i) => ({ name: `Step ${String.fromCharCode(65 + i)}`, state }));

describe('jobPosition', () => {
  it('names the running step and counts finished steps for the bar', () => {
    expect(jobPosition({ state: 'running', steps: steps('succeeded', 'skipped', 'running', 'pending') })).toEqual({
      index: 3,
      total: 4,
      name: 'Step C',
      percent: 50,
      text: 'Step 3 of 4: Step C',
    });
  });

  it('says where a failed job stopped', () => {
    expect(jobPosition({ state: 'failed', steps: steps('succeeded', 'failed', 'pending') })).toMatchObject({ index: 2, text: 'Stopped at step 2 of 3: Step B' });
  });

  it('fills the bar for a succeeded job, and says when phases did not run', () => {
    expect(jobPosition({ state: 'succeeded', steps: steps('succeeded', 'succeeded') })).toMatchObject({ percent: 100, text: 'All 2 steps done' });
    expect(jobPosition({ state: 'succeeded', steps: steps('succeeded', 'skipped', 'pending') })).toMatchObject({
      percent: 100,
      text: 'Done: 1 of 3 steps ran, 2 not needed or left for later',
    });
  });

  it('explains a queued job and one between steps or ended', () => {
    expect(jobPosition({ state: 'queued', steps: steps('pending') }).text).toMatch(/^Queued/);
    expect(jobPosition({ state: 'running', steps: steps('succeeded', 'pending') })).toMatchObject({ percent: 50, text: '1 of 2 steps done' });
    expect(jobPosition({ state: 'cancelled', steps: steps('succeeded', 'pending') }).text).toBe('Ended (cancelled) after 1 of 2 steps');
    expect(jobPosition({ state: 'running', steps: [] })).toMatchObject({ total: 0, percent: 0, text: '' });
  });
});
