import { describe, expect, it } from 'vitest';
import type { NodeProgress } from '../../../../shared/windows-node/node-progress.js';
import { joinTries } from './join-tries.js';

const progress = (change: Partial<NodeProgress>): NodeProgress => ({
  targetKey: 'local',
  targetLabel: 'this machine',
  action: 'join',
  method: 'kubecluster',
  jobId: 'j2',
  state: 'failed',
  joinAttempts: 2,
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...change,
});

describe('joinTries', () => {
  it('numbers this session\'s tries from 1 when nothing is saved', () => {
    expect(joinTries([], undefined)).toEqual({ tries: [], next: 1 });
    expect(joinTries(['a', 'b'], undefined)).toEqual({ tries: [{ jobId: 'a', number: 1 }, { jobId: 'b', number: 2 }], next: 3 });
  });

  it('after a restart, shows the saved last try with its number', () => {
    expect(joinTries([], progress({}))).toEqual({ tries: [{ jobId: 'j2', number: 2 }], next: 3 });
  });

  it('lines this session\'s tries up with the saved count', () => {
    expect(joinTries(['j1', 'j2'], progress({}))).toEqual({ tries: [{ jobId: 'j1', number: 1 }, { jobId: 'j2', number: 2 }], next: 3 });
    // A try started after the progress was last read follows the saved one.
    expect(joinTries(['j3'], progress({})).tries).toEqual([{ jobId: 'j3', number: 3 }]);
  });

  it('ignores progress of an install or reset', () => {
    expect(joinTries([], progress({ action: 'install' }))).toEqual({ tries: [], next: 1 });
  });
});
