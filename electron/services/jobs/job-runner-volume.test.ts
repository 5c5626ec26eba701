import { createHash } from 'node:crypto';
import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import type { JobDefinition } from './job-definition.js';
import { parseLogRow } from './job-files.js';
import { JobRunner } from './job-runner.js';

const dir = mkdtempSync(join(tmpdir(), 'wnw-volume-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A job that runs one real program and streams it into the log, inside a named step. */
function programJob(command: string, args: string[]): JobDefinition<{ kind: 'localMachineCheck' }> {
  return {
    kind: 'localMachineCheck',
    title: () => 'volume',
    steps: () => ['Stream'],
    conflictKey: () => 'volume',
    run: (context) => context.step('Stream', async () => void (await context.run({ command, args }))),
  };
}

async function readRows(file: string): Promise<{ count: number; sha256: string }> {
  const hash = createHash('sha256');
  let count = 0;
  for await (const row of createInterface({ input: createReadStream(file) })) {
    const line = parseLogRow(row, count + 1);
    if (line?.stream !== 'stdout') continue;
    count++;
    hash.update(`${line.text}\n`);
  }
  return { count, sha256: hash.digest('hex') };
}

describe('the job runner with real child processes', () => {
  it('records 1,000,000 lines without loss: the log file has every line, in order (count and checksum)', async () => {
    let events = 0;
    const runner = new JobRunner({
      logDir: join(dir, 'million'),
      definitions: { localMachineCheck: programJob('/bin/sh', ['-c', 'seq 1 1000000']) },
      emit: (event) => void (event.name === 'job.log' && (events += event.payload.lines.length)),
    });
    const summary = await runner.whenDone(runner.start({ kind: 'localMachineCheck' }));
    expect(summary?.state).toBe('succeeded');
    expect(summary?.logLines).toBe(1_000_000);
    const expected = createHash('sha256');
    for (let n = 1; n <= 1_000_000; n++) expected.update(`${n}\n`);
    const log = await readRows(summary!.logFile);
    expect(log.count).toBe(1_000_000);
    expect(log.sha256).toBe(expected.digest('hex'));
    // read back, every line still knows the step it belongs to
    const tail = runner.readLog(summary!.id, 995_001).lines;
    expect(tail.length).toBe(5_000);
    expect(new Set(tail.map((line) => line.step))).toEqual(new Set(['Stream']));
    expect(events).toBe(summary!.logLines);
  }, 120_000);

  it('decodes UTF-16LE output (as redirected Windows PowerShell writes it), CRLF and a last line without newline', async () => {
    const writer = "process.stdout.write(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Build: 17763\\r\\nKnoten: Größe\\r\\npartial', 'utf16le')]))";
    const runner = new JobRunner({ logDir: join(dir, 'utf16'), definitions: { localMachineCheck: programJob(process.execPath, ['-e', writer]) }, emit: () => {} });
    const id = runner.start({ kind: 'localMachineCheck' });
    await runner.whenDone(id);
    expect(runner.readLog(id).lines.filter((line) => line.stream === 'stdout').map((line) => [line.text, line.step])).toEqual([
      ['Build: 17763', 'Stream'],
      ['Knoten: Größe', 'Stream'],
      ['partial', 'Stream'],
    ]);
  });
});
