import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WizardApi, WizardEvent } from '../../../shared/ipc/contract-types.js';
import type { JobSummary, LogLine } from '../../../shared/jobs/job-types.js';
import { useConnectionStore } from './connection-store.js';
import { startIpcEvents } from './ipc-events.js';
import { useJobsStore } from './jobs-store.js';

const job = (id: string, state: JobSummary['state'], logLines = 0): JobSummary => ({
  id,
  kind: 'localMachineCheck',
  title: 'Check this machine',
  state,
  steps: [],
  startedAt: '2026-11-23T10:00:00.000Z',
  logLines,
  logFile: `/logs/${id}.log`,
});
const lines = (from: number, to: number): LogLine[] =>
  Array.from({ length: to - from + 1 }, (_, i) => ({ seq: from + i, stream: 'stdout', text: `l${from + i}`, time: 't' }));

function fakeApi(known: JobSummary[], logs: Record<string, LogLine[]>) {
  let emit: (event: WizardEvent) => void = () => {};
  const log = vi.fn(async ({ jobId, fromSeq = 1 }: { jobId: string; fromSeq?: number }) => ({
    lines: (logs[jobId] ?? []).filter((line) => line.seq >= fromSeq),
    truncated: false,
  }));
  const api = {
    app: { info: async () => ({ name: 'W', version: '1', platform: 'linux', arch: 'x64', elevated: false, transport: 'web', userDataDir: '/' }) },
    jobs: { list: async () => known, log },
    onEvent: (listener: (event: WizardEvent) => void) => {
      emit = listener;
      return () => {};
    },
  } as unknown as WizardApi;
  return { api, log, emit: (event: WizardEvent) => emit(event) };
}

describe('startIpcEvents', () => {
  beforeEach(() => {
    useJobsStore.setState({ jobs: {}, logs: {}, selectedJobId: null, drawerOpen: false });
    useConnectionStore.setState({ appInfo: null, problem: null, lastFailure: null });
  });

  it('writes job states and log batches into the store, ignoring repeated lines', async () => {
    const { api, emit } = fakeApi([], {});
    startIpcEvents(api);
    emit({ name: 'job.state', payload: job('a', 'running') });
    emit({ name: 'job.log', payload: { jobId: 'a', lines: lines(1, 3) } });
    emit({ name: 'job.log', payload: { jobId: 'a', lines: lines(3, 4) } });
    await vi.waitFor(() => expect(useConnectionStore.getState().appInfo?.transport).toBe('web'));
    expect(useJobsStore.getState().jobs.a?.state).toBe('running');
    // live batches reach the store once per frame
    await vi.waitFor(() => expect(useJobsStore.getState().logs.a?.lines.map((line) => line.seq)).toEqual([1, 2, 3, 4]));
  });

  it('shows jobs started before the page loaded, with the log they already wrote', async () => {
    const { api, emit } = fakeApi([job('old', 'running', 3)], { old: lines(1, 3) });
    startIpcEvents(api);
    emit({ name: 'job.log', payload: { jobId: 'old', lines: lines(4, 4) } });
    await vi.waitFor(() => expect(useJobsStore.getState().logs.old?.lines).toHaveLength(4));
    expect(useJobsStore.getState().jobs.old?.state).toBe('running');
    expect(useJobsStore.getState().logs.old?.dropped).toBe(0);
  });

  it("puts a job's last lines into the store before its final state", () => {
    const { api, emit } = fakeApi([], {});
    startIpcEvents(api);
    emit({ name: 'job.state', payload: job('a', 'running') });
    emit({ name: 'job.log', payload: { jobId: 'a', lines: lines(1, 2) } });
    expect(useJobsStore.getState().logs.a).toBeUndefined();
    emit({ name: 'job.state', payload: job('a', 'succeeded') });
    expect(useJobsStore.getState().logs.a?.lines.map((line) => line.seq)).toEqual([1, 2]);
  });

  it('keeps a newer state from an event over the listed one', async () => {
    const { api, emit } = fakeApi([job('a', 'running')], {});
    startIpcEvents(api);
    emit({ name: 'job.state', payload: job('a', 'succeeded') });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(useJobsStore.getState().jobs.a?.state).toBe('succeeded');
  });
});
