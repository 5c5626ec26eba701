/**
 * A full disk while a job writes its log or summary: the job stops and fails with a sentence that says so, the
 * lines already on disk stay whole, the host does not crash, and once there is space again the next job works
 * and the failed job's record is written after all. Simulated by swapping the write call (any machine), and for
 * real on a tiny tmpfs where this process may mount one (root).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WizardEvent } from '../../../shared/ipc/contract-types.js';
import type { JobContext, JobDefinition } from './job-definition.js';
import { parseLogRow, type WriteBytes } from './job-files.js';
import { JobRunner } from './job-runner.js';
import { mountTinyTmpfs, tmpfsMountable, unmountTmpfs } from '../files/testing/tiny-tmpfs.js';

type Check = { kind: 'localMachineCheck' };

/** A disk with `room` bytes left: a write larger than the room is cut short, the next one fails with ENOSPC. */
function simulatedDisk() {
  let room = Number.POSITIVE_INFINITY;
  const write: WriteBytes = (fd, data, offset, length) => {
    if (room <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', errno: -28 });
    const taken = Math.min(length, room);
    room -= taken;
    return writeSync(fd, data, offset, taken);
  };
  return { write, setRoom: (bytes: number) => (room = bytes), free: () => (room = Number.POSITIVE_INFINITY) };
}

function setup(run: (context: JobContext) => Promise<void>, options: { logDir?: string; writeBytes?: WriteBytes } = {}) {
  const logDir = options.logDir ?? mkdtempSync(join(tmpdir(), 'wnw-jobs-'));
  const definition: JobDefinition<Check> = { kind: 'localMachineCheck', title: () => 'Test job', steps: () => ['only step'], conflictKey: () => 'same', run };
  const events: WizardEvent[] = [];
  const runner = new JobRunner({
    logDir,
    definitions: { localMachineCheck: definition },
    emit: (event) => events.push(event),
    batchLimits: { intervalMs: 10, maxLines: 100 },
    ...(options.writeBytes ? { writeBytes: options.writeBytes } : {}),
  });
  const streamed = () => events.flatMap((event) => (event.name === 'job.log' ? event.payload.lines.map((line) => line.text) : []));
  return { runner, logDir, streamed };
}

/** The log file as rows: every row must be a whole, parseable line, and the file must end with a newline. */
function wholeRows(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  if (text !== '') expect(text.endsWith('\n'), 'the log ends mid-line').toBe(true);
  const rows = text.split('\n').slice(0, -1);
  rows.forEach((row, index) => expect(parseLogRow(row, index + 1), `row ${index + 1} is torn: ${row}`).toBeDefined());
  return rows.map((row, index) => parseLogRow(row, index + 1)!.text);
}

const lines = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `line ${from + i}`);

describe('a full disk while a job writes its log (simulated write errors)', () => {
  it('fails the job with a clear message, keeps every whole line written before, and a later job works once space is back', async () => {
    const disk = simulatedDisk();
    let after = false;
    const { runner, logDir, streamed } = setup(
      (context) =>
        context.step('only step', async () => {
          if (after) return context.log('stdout', 'after');
          for (const line of lines(1, 50)) context.log('stdout', line);
          disk.setRoom(30); // less than one row: the next write is cut short, the one after fails
          for (const line of lines(51, 60)) context.log('stdout', line);
        }),
      { writeBytes: disk.write },
    );
    const id = runner.start({ kind: 'localMachineCheck' });
    const summary = await runner.whenDone(id);
    const logFile = join(logDir, `${id}.log`);
    const message = `The disk is full: the log of job ${id} could not be written to ${logFile}. Free some space, then run the job again.`;
    expect(summary).toMatchObject({ state: 'failed', message, steps: [{ name: 'only step', state: 'failed' }] });
    // On disk: exactly the lines written before the disk filled, none torn (the short write was cut back).
    expect(wholeRows(logFile)).toEqual(lines(1, 50));
    // Live: the window saw every line and why the job stopped.
    expect(streamed()).toEqual(expect.arrayContaining([...lines(1, 60), message]));

    disk.free();
    after = true;
    const next = await runner.whenDone(runner.start({ kind: 'localMachineCheck' }));
    expect(next?.state).toBe('succeeded');
    expect(wholeRows(next!.logFile)).toEqual(['after']);
    // The failed job's final record could not be saved while the disk was full; it was written once it could be.
    const restarted = setup(async () => {}, { logDir });
    expect(restarted.runner.list().find((job) => job.id === id)).toMatchObject({ state: 'failed', message });
    expect(wholeRows(logFile)).toEqual(lines(1, 50));
  });

  it('stops a running process at once instead of letting it run unrecorded', async () => {
    const disk = simulatedDisk();
    const { runner, logDir } = setup(
      (context) =>
        context.step('only step', async () => {
          disk.setRoom(2_000); // the first 20 lines fit, the next burst does not
          await context.run({ command: '/bin/sh', args: ['-c', 'seq 1 20; sleep 0.5; seq 21 500; sleep 30'] });
        }),
      { writeBytes: disk.write },
    );
    const started = Date.now();
    const id = runner.start({ kind: 'localMachineCheck' });
    const summary = await runner.whenDone(id);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(summary).toMatchObject({ state: 'failed', message: expect.stringMatching(/^The disk is full: the log of job /) });
    expect(wholeRows(join(logDir, `${id}.log`))).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 1)));
  });

  it('fails a job whose summary cannot be written, without crashing the host, and records it once there is space', async () => {
    const disk = simulatedDisk();
    disk.setRoom(0);
    const { runner, logDir } = setup(async (context) => context.step('only step', async () => context.log('stdout', 'never recorded')), { writeBytes: disk.write });
    const id = runner.start({ kind: 'localMachineCheck' });
    const summary = await runner.whenDone(id);
    const message = `The disk is full: the summary of job ${id} could not be written to ${join(logDir, `${id}.json`)}. Free some space, then run the job again.`;
    expect(summary).toMatchObject({ state: 'failed', message });
    expect(runner.list().find((job) => job.id === id)).toMatchObject({ state: 'failed' });

    disk.free();
    const next = await runner.whenDone(runner.start({ kind: 'localMachineCheck' }));
    expect(next?.state).toBe('succeeded');
    expect(setup(async () => {}, { logDir }).runner.list().map((job) => [job.id, job.state])).toEqual([
      [id, 'failed'],
      [next!.id, 'succeeded'],
    ]);
  });
});

describe.skipIf(!tmpfsMountable())('a full disk for real: a 256 KiB tmpfs (needs root to mount)', () => {
  let tmpfs: string;
  beforeAll(() => {
    tmpfs = mountTinyTmpfs('256k');
  });
  afterAll(() => unmountTmpfs(tmpfs));
  beforeAll(() => {
    // Most of the room taken by something else, as on a real full disk.
    writeFileSync(join(tmpfs, 'filler'), Buffer.alloc(200 * 1024));
  });

  it('fails the job with ENOSPC from the kernel, keeps the log whole, and works again after space is freed', async () => {
    const logDir = join(tmpfs, 'jobs');
    // 20,000 lines in bursts of 100 (~700 KiB of log): far more than the room left.
    let script = 'i=0; while [ $i -lt 20000 ]; do i=$((i+1)); echo $i; [ $((i % 100)) -eq 0 ] && sleep 0.01; done; sleep 30';
    const { runner } = setup((context) => context.step('only step', async () => void (await context.run({ command: '/bin/sh', args: ['-c', script] }))), { logDir });
    const id = runner.start({ kind: 'localMachineCheck' });
    const summary = await runner.whenDone(id);
    expect(summary).toMatchObject({ state: 'failed', message: `The disk is full: the log of job ${id} could not be written to ${join(logDir, `${id}.log`)}. Free some space, then run the job again.` });
    const kept = wholeRows(join(logDir, `${id}.log`));
    expect(kept.length).toBeGreaterThan(100);
    expect(kept).toEqual(Array.from({ length: kept.length }, (_, i) => String(i + 1)));

    rmSync(join(tmpfs, 'filler'));
    script = 'seq 1 3000';
    const next = await runner.whenDone(runner.start({ kind: 'localMachineCheck' }));
    expect(next?.state).toBe('succeeded');
    expect(wholeRows(next!.logFile)).toHaveLength(3000);
    expect(wholeRows(join(logDir, `${id}.log`))).toEqual(kept);
    expect(setup(async () => {}, { logDir }).runner.list().find((job) => job.id === id)).toMatchObject({ state: 'failed' });
  }, 60_000);
});
