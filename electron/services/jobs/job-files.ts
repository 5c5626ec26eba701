import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { jobSummarySchema, logStreamSchema, type JobSummary, type LogLine } from '../../../shared/jobs/job-types.js';

const jobIdPattern = /^[A-Za-z0-9-]{1,64}$/;

export function isValidJobId(id: string): boolean {
  return jobIdPattern.test(id);
}

/**
 * A job's log and summary on disk. Writes are synchronous on purpose: each batch of lines is one write()
 * that the kernel holds once it returns, so a crash or kill of the app leaves the log complete up to the
 * last line it received, never torn mid-line.
 */
export class JobFiles {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  }

  logPath(id: string): string {
    return join(this.dir, `${id}.log`);
  }

  private summaryPath(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  openLog(id: string): JobLogWriter {
    return new JobLogWriter(openSync(this.logPath(id), 'a', 0o600));
  }

  writeSummary(summary: JobSummary): void {
    const target = this.summaryPath(summary.id);
    const temporary = `${target}.tmp`;
    writeFileSync(temporary, JSON.stringify(summary), { mode: 0o600 });
    renameSync(temporary, target);
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
    const lines: LogLine[] = [];
    for (let index = fromSeq - 1; index < rows.length; index++) {
      const parsed = parseLogRow(rows[index] ?? '', index + 1);
      if (!parsed) continue;
      if (lines.length === maxLines) return { lines, truncated: true };
      lines.push(parsed);
    }
    return { lines, truncated: false };
  }
}

export class JobLogWriter {
  constructor(private fd: number | undefined) {}

  append(lines: readonly LogLine[]): void {
    if (this.fd === undefined || lines.length === 0) return;
    writeSync(this.fd, lines.map(formatLogRow).join(''));
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
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
