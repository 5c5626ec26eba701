import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WizardEvent } from '../../../shared/ipc/contract-types.js';
import { JobFailure, type JobContext, type JobDefinition } from './job-definition.js';
import { JobRunner } from './job-runner.js';
import { localMachineCheck } from './local-machine-check.js';

type Check = { kind: 'localMachineCheck' };

function definition(run: (context: JobContext) => Promise<void>, steps = ['only step']): JobDefinition<Check> {
  return { kind: 'localMachineCheck', title: () => 'Test job', steps: () => steps, conflictKey: () => 'same', run };
}

function setup(run: (context: JobContext) => Promise<void>, steps?: string[], logDir = mkdtempSync(join(tmpdir(), 'wnw-jobs-'))) {
  const events: WizardEvent[] = [];
  const runner = new JobRunner({
    logDir,
    definitions: { localMachineCheck: definition(run, steps) },
    emit: (event) => events.push(event),
    batchLimits: { intervalMs: 20, maxLines: 100 },
  });
  const logEvents = () => events.flatMap((event) => (event.name === 'job.log' ? [event.payload] : []));
  const states = () => events.flatMap((event) => (event.name === 'job.state' ? [event.payload.state] : []));
  return { runner, events, logEvents, states, logDir };
}

describe('JobRunner', () => {
  it('runs a job through its states, streaming its process output in batches and to the log file', async () => {
    const { runner, logEvents, states } = setup((context) =>
      context.step('only step', async () => {
        await context.run({ command: '/bin/sh', args: ['-c', 'seq 1 250; echo oops >&2'] });
      }),
    );
    const id = runner.start({ kind: 'localMachineCheck' });
    const summary = await runner.whenDone(id);
    expect(summary?.state).toBe('succeeded');
    expect(summary?.steps).toEqual([{ name: 'only step', state: 'succeeded' }]);
    expect(states()).toEqual(['queued', 'running', 'running', 'running', 'succeeded']);

    const batches = logEvents();
    expect(batches.every((batch) => batch.lines.length <= 100)).toBe(true);
    const lines = batches.flatMap((batch) => batch.lines);
    expect(lines.map((line) => line.seq)).toEqual(Array.from({ length: 251 }, (_, i) => i + 1));
    expect(lines.at(-1)).toMatchObject({ stream: 'stderr', text: 'oops' });

    const file = readFileSync(summary!.logFile, 'utf8').trimEnd().split('\n');
    expect(file).toHaveLength(251);
    expect(file[0]).toMatch(/^\d{4}-\d\d-\d\dT.*\tstdout\t1$/);
    expect(runner.readLog(id, 250).lines.map((line) => line.text)).toEqual(['250', 'oops']);
  });

  it('redacts secrets before they reach events or the file', async () => {
    const { runner, logEvents } = setup(async (context) => {
      context.log('stdout', 'kubeadm join 10.0.0.5:6443 --token abcdef.0123456789abcdef');
    });
    const id = runner.start({ kind: 'localMachineCheck' });
    const summary = await runner.whenDone(id);
    const text = logEvents().flatMap((batch) => batch.lines.map((line) => line.text)).join('\n');
    expect(text).not.toContain('abcdef.0123456789abcdef');
    expect(readFileSync(summary!.logFile, 'utf8')).not.toContain('abcdef.0123456789abcdef');
  });

  it('refuses a second start of the same job while it runs', async () => {
    const { runner } = setup((context) => context.step('only step', () => new Promise<void>((resolve) => context.signal.addEventListener('abort', () => resolve()))));
    const id = runner.start({ kind: 'localMachineCheck' });
    expect(() => runner.start({ kind: 'localMachineCheck' })).toThrow(/already running/);
    runner.cancel(id);
    expect((await runner.whenDone(id))?.state).toBe('cancelled');
  });

  it('cancels a running process and marks unfinished steps', async () => {
    const { runner } = setup(
      async (context) => {
        await context.step('wait', () => context.run({ command: '/bin/sleep', args: ['30'] }));
        await context.step('never', async () => {});
      },
      ['wait', 'never'],
    );
    const id = runner.start({ kind: 'localMachineCheck' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runner.cancel(id)).toBe(true);
    const summary = await runner.whenDone(id);
    expect(summary?.state).toBe('cancelled');
    expect(summary?.steps).toEqual([
      { name: 'wait', state: 'failed' },
      { name: 'never', state: 'skipped' },
    ]);
    expect(runner.cancel(id)).toBe(false);
  });

  it('fails with the job’s own message', async () => {
    const { runner } = setup(async () => {
      throw new JobFailure('Control plane unreachable on port 6443.');
    });
    const summary = await runner.whenDone(runner.start({ kind: 'localMachineCheck' }));
    expect(summary).toMatchObject({ state: 'failed', message: 'Control plane unreachable on port 6443.' });
  });

  it('marks jobs left running by a dead process as interrupted on the next start', () => {
    const logDir = mkdtempSync(join(tmpdir(), 'wnw-jobs-'));
    const orphan = { id: 'localMachineCheck-old', kind: 'localMachineCheck', title: 'Old', state: 'running', steps: [], startedAt: '2026-01-01T00:00:00.000Z', logLines: 3, logFile: join(logDir, 'x.log') };
    writeFileSync(join(logDir, 'localMachineCheck-old.json'), JSON.stringify(orphan));
    const { runner } = setup(async () => {}, undefined, logDir);
    expect(runner.list()).toEqual([expect.objectContaining({ id: 'localMachineCheck-old', state: 'interrupted' })]);
  });

  it('refuses to read the log of an unknown or path-like job id', () => {
    const { runner } = setup(async () => {});
    expect(() => runner.readLog('../../etc/passwd')).toThrow(/No job/);
    expect(() => runner.readLog('nope')).toThrow(/No job/);
  });
});

describe('the local machine check', () => {
  it('reports OS, elevation and interfaces from the real shell', async () => {
    const logDir = mkdtempSync(join(tmpdir(), 'wnw-jobs-'));
    const runner = new JobRunner({ logDir, definitions: { localMachineCheck: localMachineCheck('linux') }, emit: () => {} });
    const summary = await runner.whenDone(runner.start({ kind: 'localMachineCheck' }));
    expect(summary?.state).toBe('succeeded');
    expect(summary?.steps.map((step) => step.state)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    const log = readFileSync(summary!.logFile, 'utf8');
    expect(log).toContain('\tstdout\tLinux');
    expect(log).toMatch(/Elevated: (yes|no)/);
    expect(log).toMatch(/lo: 127\.0\.0\.1 in 127\.0\.0\.0\/8 \(loopback\)/);
  });
});
