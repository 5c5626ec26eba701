import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { openSocket } from '../../e2e/support/ws-client.js';
import { defaultPlan } from '../../shared/plan/plan-schema.js';

/** Starts the SIMULATED flooding host (e2e/fixtures/flooding-web-host.ts) in its own process. */
async function startFloodingHost(userDataDir = mkdtempSync(join(tmpdir(), 'wnw-kill-'))) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'e2e/fixtures/flooding-web-host.ts'], {
    env: { ...process.env, WNW_USER_DATA_DIR: userDataDir },
    stdio: ['pipe', 'pipe', 'pipe'],
  }) as ChildProcessWithoutNullStreams;
  const firstLine = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`host exited with ${code}`)));
  });
  const { port, token } = JSON.parse(firstLine) as { port: number; token: string };
  const socket = await openSocket(`ws://127.0.0.1:${port}/ipc?token=${token}`, `http://127.0.0.1:${port}`);
  return { child, socket, userDataDir, jobsDir: join(userDataDir, 'jobs') };
}

function highestStreamedSeq(events: Awaited<ReturnType<typeof startFloodingHost>>['socket']['events']): number {
  let highest = 0;
  for (const event of events) if (event.name === 'job.log') highest = Math.max(highest, ...event.payload.lines.map((line) => line.seq));
  return highest;
}

function readJobLog(jobsDir: string): string[] {
  const logFile = readdirSync(jobsDir).find((name) => name.endsWith('.log'));
  return readFileSync(join(jobsDir, logFile!), 'utf8').split('\n');
}

const exited = (child: ChildProcessWithoutNullStreams) => new Promise((resolve) => child.once('exit', resolve));

describe('killing the web host while a job streams', () => {
  it('SIGKILL: the log file is complete, in order and untorn, up to the kill', async () => {
    const { child, socket, jobsDir } = await startFloodingHost();
    expect((await socket.call('jobs.start', { kind: 'localMachineCheck' })).ok).toBe(true);
    await expect.poll(() => highestStreamedSeq(socket.events), { timeout: 15_000 }).toBeGreaterThan(20_000);
    child.kill('SIGKILL');
    await exited(child);
    const streamed = highestStreamedSeq(socket.events);

    const rows = readJobLog(jobsDir);
    expect(rows.pop()).toBe(''); // the file ends with a newline: the last line is whole
    rows.forEach((row, index) => expect(row.split('\t').slice(1)).toEqual(['stdout', `line ${index + 1}`]));
    // Every line a viewer saw is on disk (the file is written before the event is sent).
    expect(rows.length).toBeGreaterThanOrEqual(streamed);
  });

  it('SIGTERM: the job is recorded as interrupted and the log says so', async () => {
    const { child, socket, jobsDir } = await startFloodingHost();
    await socket.call('jobs.start', { kind: 'localMachineCheck' });
    await expect.poll(() => highestStreamedSeq(socket.events), { timeout: 15_000 }).toBeGreaterThan(1000);
    child.kill('SIGTERM');
    await exited(child);
    const rows = readJobLog(jobsDir);
    expect(rows.at(-2)).toMatch(/\tinfo\tInterrupted: the web host stopped$/);
    rows.slice(0, -2).forEach((row, index) => expect(row.endsWith(`\tline ${index + 1}`)).toBe(true));
    const summary = JSON.parse(readFileSync(join(jobsDir, readdirSync(jobsDir).find((name) => name.endsWith('.json'))!), 'utf8'));
    expect(summary.state).toBe('interrupted');
  });

  it('after a kill, a restarted host shows the job as interrupted with its log intact, and the plan intact', async () => {
    const first = await startFloodingHost();
    const plan = { ...defaultPlan(), name: 'before the crash' };
    expect((await first.socket.call('plan.save', { plan })).ok).toBe(true);
    const started = await first.socket.call('jobs.start', { kind: 'localMachineCheck' });
    const jobId = started.ok ? (started.value as { jobId: string }).jobId : '';
    await expect.poll(() => highestStreamedSeq(first.socket.events), { timeout: 15_000 }).toBeGreaterThan(5000);
    first.child.kill('SIGKILL');
    await exited(first.child);
    const onDisk = readJobLog(first.jobsDir).length - 1;

    const second = await startFloodingHost(first.userDataDir);
    try {
      const jobs = await second.socket.call('jobs.list');
      expect(jobs).toMatchObject({ ok: true, value: [expect.objectContaining({ id: jobId, state: 'interrupted' })] });
      const log = await second.socket.call('jobs.log', { jobId, fromSeq: onDisk });
      expect(log).toMatchObject({ ok: true, value: { lines: [expect.objectContaining({ seq: onDisk, text: `line ${onDisk}` })] } });
      expect(await second.socket.call('plan.load')).toMatchObject({ ok: true, value: { plan: { name: 'before the crash' } } });
    } finally {
      second.child.kill('SIGKILL');
      await exited(second.child);
    }
  });
});
