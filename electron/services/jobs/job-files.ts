import { appendFileSync, closeSync, existsSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { jobSummarySchema, logStreamSchema, type JobSummary, type LogLine } from '../../../shared/jobs/job-types.js';

const jobIdPattern = /^[A-Za-z0-9-]{1,64}$/;

export function isValidJobId(id: string): boolean {
  return jobIdPattern.test(id);
}

/** The one call that puts bytes on disk (fs.writeSync's shape); a test swaps it to simulate a full disk. */
export type WriteBytes = (fd: number, data: Buffer, offset: number, length: number) => number;

const writeBytes: WriteBytes = (fd, data, offset, length) => writeSync(fd, data, offset, length);

/** Writes all of `data`, looping over short writes (a nearly full disk takes part, then refuses the rest). */
function writeAll(write: WriteBytes, fd: number, data: Buffer): void {
  for (let done = 0; done < data.length; ) {
    const written = write(fd, data, done, data.length - done);
    if (written <= 0) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    done += written;
  }
}

/** The operator's sentence for a failed write: a full disk says so and what to do; other errors keep their text. */
export function describeWriteFailure(error: unknown, what: string, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return `The disk is full: ${what} could not be written to ${path}. Free some space, then run the job again.`;
  }
  return `${what[0]!.toUpperCase()}${what.slice(1)} could not be written to ${path}: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * A job's log and summary on disk. Writes are synchronous on purpose: each batch of lines is one write()
 * that the kernel holds once it returns, so a crash or kill of the app leaves the log complete up to the
 * last line it received, never torn mid-line.
 */
export class JobFiles {
  /** Summaries whose last write failed (a full disk): written again with the next summary that succeeds. */
  private readonly unsaved = new Map<string, JobSummary>();

  constructor(
    readonly dir: string,
    private readonly write: WriteBytes = writeBytes,
  ) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  logPath(id: string): string {
    return join(this.dir, `${id}.log`);
  }

  summaryPath(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  openLog(id: string): JobLogWriter {
    const fd = openSync(this.logPath(id), 'a', 0o600);
    return new JobLogWriter(fd, this.write, fstatSync(fd).size);
  }

  /**
   * Replaces a job's summary atomically (temporary file, fsync, rename). Never throws: a failed write (a full
   * disk) is returned, and the summary is kept to be written again with the next one that succeeds.
   */
  writeSummary(summary: JobSummary): Error | undefined {
    this.unsaved.delete(summary.id);
    this.unsaved.set(summary.id, structuredClone(summary));
    let failure: Error | undefined;
    for (const [id, pending] of this.unsaved) {
      try {
        this.replaceSummary(pending);
        this.unsaved.delete(id);
      } catch (error) {
        if (id === summary.id) failure = error instanceof Error ? error : new Error(String(error));
      }
    }
    return failure;
  }

  private replaceSummary(summary: JobSummary): void {
    const target = this.summaryPath(summary.id);
    const temporary = `${target}.tmp`;
    try {
      const fd = openSync(temporary, 'w', 0o600);
      try {
        writeAll(this.write, fd, Buffer.from(JSON.stringify(summary), 'utf8'));
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw error;
    }
  }

  readSummaries(): JobSummary[] {
    const summaries: JobSummary[] = [];
    for (const name of readdirSync(this.dir)) {
      if (!name.endsWith('.json')) continue;
      try {
        summaries.push(jobSummarySchema.parse(JSON.parse(readFileSync(join(this.dir, name), 'utf8'))));
      } catch {
        // A summary torn by a crash mid-write is skipped; its log file is still there.
      }
    }
    return summaries.sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }

  readLog(id: string, fromSeq: number, maxLines: number): { lines: LogLine[]; truncated: boolean } {
    const path = this.logPath(id);
    if (!existsSync(path)) return { lines: [], truncated: false };
    const rows = readFileSync(path, 'utf8').split('\n');
    const marks = this.readStepMarks(id);
    const lines: LogLine[] = [];
    for (let index = fromSeq - 1; index < rows.length; index++) {
      const parsed = parseLogRow(rows[index] ?? '', index + 1);
      if (!parsed) continue;
      if (lines.length === maxLines) return { lines, truncated: true };
      const step = stepAt(marks, parsed.seq);
      lines.push(step === undefined ? parsed : { ...parsed, step });
    }
    return { lines, truncated: false };
  }

  /**
   * Records that `step` started with log line `fromSeq`, in `<id>.steps` beside the log (the log's own format
   * stays as it was), so a log read back later can still be filtered by step. Best effort: a lost mark costs
   * the filter, never the job.
   */
  markStep(id: string, fromSeq: number, step: string): void {
    try {
      appendFileSync(join(this.dir, `${id}.steps`), `${fromSeq}\t${encodeURIComponent(step)}\n`, { mode: 0o600 });
    } catch {
      // see above
    }
  }

  private readStepMarks(id: string): Array<{ seq: number; step: string }> {
    let text: string;
    try {
      text = readFileSync(join(this.dir, `${id}.steps`), 'utf8');
    } catch {
      return [];
    }
    const marks: Array<{ seq: number; step: string }> = [];
    for (const row of text.split('\n')) {
      const [seq, step] = row.split('\t');
      try {
        if (seq && step) marks.push({ seq: Number(seq), step: decodeURIComponent(step) });
      } catch {
        // a damaged mark is skipped
      }
    }
    return marks.sort((a, b) => a.seq - b.seq);
  }
}

export class JobLogWriter {
  private failed = false;

  constructor(
    private fd: number | undefined,
    private readonly write: WriteBytes = writeBytes,
    /** Bytes of whole lines in the file: where a half-written batch is cut back to. */
    private size = 0,
  ) {}

  /**
   * Appends a batch of lines, or throws (e.g. ENOSPC). After a failure the file is cut back to its last whole
   * line and nothing more is written, so the log on disk stays an untorn prefix of the job's output.
   */
  append(lines: readonly LogLine[]): void {
    if (this.fd === undefined || this.failed || lines.length === 0) return;
    const data = Buffer.from(lines.map(formatLogRow).join(''), 'utf8');
    try {
      writeAll(this.write, this.fd, data);
      this.size += data.length;
    } catch (error) {
      this.failed = true;
      try {
        ftruncateSync(this.fd, this.size);
      } catch {
        // the lines before stay whole either way; only a torn tail could remain
      }
      throw error;
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

/** The step that was running at line `seq`: the last mark at or before it. */
function stepAt(marks: ReadonlyArray<{ seq: number; step: string }>, seq: number): string | undefined {
  let step: string | undefined;
  for (const mark of marks) {
    if (mark.seq > seq) break;
    step = mark.step;
  }
  return step;
}

/** One line per log line: `time<TAB>stream<TAB>text`; text never holds a newline (the decoder split on them). */
export function formatLogRow(line: LogLine): string {
  return `${line.time}\t${line.stream}\t${line.text}\n`;
}

export function parseLogRow(row: string, seq: number): LogLine | undefined {
  const first = row.indexOf('\t');
  const second = row.indexOf('\t', first + 1);
  if (first < 0 || second < 0) return undefined;
  const stream = logStreamSchema.safeParse(row.slice(first + 1, second));
  if (!stream.success) return undefined;
  return { seq, time: row.slice(0, first), stream: stream.data, text: row.slice(second + 1) };
}
