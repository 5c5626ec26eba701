import type { LogLine, LogStream } from '../../../../shared/jobs/job-types.js';
import { stripAnsi, type AnsiSegment } from './ansi.js';

export type StreamFilter = 'all' | LogStream;

export const streamFilterLabels: Record<StreamFilter, string> = {
  all: 'All',
  stdout: 'Output',
  stderr: 'Errors',
  info: 'App messages',
};

export function filterLines(lines: readonly LogLine[], filter: StreamFilter): readonly LogLine[] {
  return filter === 'all' ? lines : lines.filter((line) => line.stream === filter);
}

/** The step filter's value for lines logged outside any step (before the first one started). */
export const NO_STEP = '\u0000no-step';
/** `all`, a step's name, or {@link NO_STEP}. */
export type StepFilter = string;

export function filterByStep(lines: readonly LogLine[], step: StepFilter): readonly LogLine[] {
  if (step === 'all') return lines;
  if (step === NO_STEP) return lines.filter((line) => line.step === undefined);
  return lines.filter((line) => line.step === step);
}

export interface StepChoice {
  value: StepFilter;
  label: string;
  /** Lines of this step among those held. */
  count: number;
}

/**
 * The step filter's choices: every line, then the job's steps in their order (also those without lines yet),
 * then steps only the lines name (a step list that changed), then "—" for lines logged outside any step.
 */
export function stepChoices(jobSteps: readonly string[], lines: readonly LogLine[]): StepChoice[] {
  const counts = new Map<string, number>();
  let outside = 0;
  for (const line of lines) {
    if (line.step === undefined) outside++;
    else counts.set(line.step, (counts.get(line.step) ?? 0) + 1);
  }
  const names = [...new Set([...jobSteps, ...counts.keys()])];
  const choices: StepChoice[] = [{ value: 'all', label: 'All steps', count: lines.length }];
  names.forEach((name, index) => choices.push({ value: name, label: `${index + 1}. ${name}`, count: counts.get(name) ?? 0 }));
  if (outside > 0) choices.push({ value: NO_STEP, label: '— (outside any step)', count: outside });
  return choices;
}

/** Indices (into `lines`) of the lines whose plain text contains `query`, ignoring case. */
export function findMatches(lines: readonly LogLine[], query: string): number[] {
  const needle = query.toLowerCase();
  if (!needle) return [];
  const found: number[] = [];
  lines.forEach((line, index) => {
    if (stripAnsi(line.text).toLowerCase().includes(needle)) found.push(index);
  });
  return found;
}

/** The next (or previous) match after `current`, wrapping; -1 when there is none. */
export function stepMatch(current: number, count: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0 || current >= count) return direction === 1 ? 0 : count - 1;
  return (current + direction + count) % count;
}

/** HH:MM:SS.mmm in local time; empty when `time` is not a date. */
export function formatTime(time: string): string {
  const date = new Date(time);
  if (Number.isNaN(date.getTime())) return '';
  const two = (value: number) => String(value).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}.${String(date.getMilliseconds()).padStart(3, '0')}`;
}

/** Lines as plain text, one per line, optionally prefixed with their time. */
export function linesAsText(lines: readonly LogLine[], options: { timestamps: boolean }): string {
  return lines.map((line) => (options.timestamps ? `${formatTime(line.time)} ${stripAnsi(line.text)}` : stripAnsi(line.text))).join('\n');
}

/** The whole window for a saved file: ISO time, stream and plain text, with a note about trimmed lines. */
export function logFileText(lines: readonly LogLine[], dropped: number): string {
  const head = dropped > 0 ? [`# ${dropped} earlier lines are not included; the full log is on disk.`] : [];
  return [...head, ...lines.map((line) => `${line.time} ${line.stream.padEnd(6)} ${stripAnsi(line.text)}`)].join('\n') + '\n';
}

export interface HighlightedSegment extends AnsiSegment {
  match?: boolean | undefined;
}

/** Splits styled segments further so every case-insensitive occurrence of `query` is its own `match` segment. */
export function highlightSegments(segments: readonly AnsiSegment[], query: string): HighlightedSegment[] {
  const needle = query.toLowerCase();
  if (!needle) return [...segments];
  const plain = segments.map((segment) => segment.text).join('');
  const lower = plain.toLowerCase();
  // Lower-casing can change a string's length (e.g. 'İ'); then offsets would not line up, so do not mark.
  if (lower.length !== plain.length) return [...segments];
  const ranges: Array<[number, number]> = [];
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + needle.length)) ranges.push([at, at + needle.length]);
  if (ranges.length === 0) return [...segments];
  const out: HighlightedSegment[] = [];
  let offset = 0;
  for (const segment of segments) {
    const start = offset;
    const end = offset + segment.text.length;
    let cursor = start;
    for (const [from, to] of ranges) {
      if (to <= cursor || from >= end) continue;
      if (from > cursor) out.push({ ...segment, text: plain.slice(cursor, from) });
      const stop = Math.min(to, end);
      out.push({ ...segment, text: plain.slice(Math.max(from, cursor), stop), match: true });
      cursor = stop;
    }
    if (cursor < end) out.push({ ...segment, text: plain.slice(cursor, end) });
    offset = end;
  }
  return out;
}
