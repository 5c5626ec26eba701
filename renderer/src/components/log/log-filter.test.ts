import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../../shared/jobs/job-types.js';
import {
  filterLines,
  findMatches,
  formatTime,
  highlightSegments,
  linesAsText,
  logFileText,
  stepMatch,
} from './log-filter.js';

const time = new Date(2026, 0, 2, 3, 4, 5, 6).toISOString();
const lines: LogLine[] = [
  { seq: 1, stream: 'info', text: 'Starting the check', time },
  { seq: 2, stream: 'stdout', text: 'Elevated: \u001b[32myes\u001b[0m', time },
  { seq: 3, stream: 'stderr', text: 'warning: elevated shell', time },
  { seq: 4, stream: 'stdout', text: 'done', time },
];

describe('filterLines', () => {
  it('keeps every line for "all" and one stream otherwise', () => {
    expect(filterLines(lines, 'all')).toBe(lines);
    expect(filterLines(lines, 'stdout').map((line) => line.seq)).toEqual([2, 4]);
    expect(filterLines(lines, 'info').map((line) => line.seq)).toEqual([1]);
  });
});

describe('findMatches', () => {
  it('finds lines by plain text, ignoring case and escapes', () => {
    expect(findMatches(lines, 'elevated')).toEqual([1, 2]);
    expect(findMatches(lines, 'Elevated: yes')).toEqual([1]);
    expect(findMatches(lines, '')).toEqual([]);
    expect(findMatches(lines, '[32m')).toEqual([]);
  });
});

describe('stepMatch', () => {
  it('moves forward and back, wrapping around', () => {
    expect(stepMatch(-1, 3, 1)).toBe(0);
    expect(stepMatch(-1, 3, -1)).toBe(2);
    expect(stepMatch(2, 3, 1)).toBe(0);
    expect(stepMatch(0, 3, -1)).toBe(2);
    expect(stepMatch(0, 0, 1)).toBe(-1);
  });
});

describe('formatTime', () => {
  it('gives local HH:MM:SS.mmm, or nothing for a bad time', () => {
    expect(formatTime(time)).toBe('03:04:05.006');
    expect(formatTime('not a time')).toBe('');
  });
});

describe('text output', () => {
  it('copies plain text, with times when asked', () => {
    expect(linesAsText(lines.slice(0, 2), { timestamps: false })).toBe('Starting the check\nElevated: yes');
    expect(linesAsText(lines.slice(1, 2), { timestamps: true })).toBe('03:04:05.006 Elevated: yes');
  });

  it('saves the window with a note about trimmed lines', () => {
    const text = logFileText(lines.slice(3), 7);
    expect(text).toBe(`# 7 earlier lines are not included; the full log is on disk.\n${time} stdout done\n`);
  });
});

describe('highlightSegments', () => {
  it('marks each occurrence, across styled segments', () => {
    expect(highlightSegments([{ text: 'ab' }, { text: 'cab', color: 'red' }], 'bc')).toEqual([
      { text: 'a' },
      { text: 'b', match: true },
      { text: 'c', color: 'red', match: true },
      { text: 'ab', color: 'red' },
    ]);
    expect(highlightSegments([{ text: 'xAxa' }], 'a')).toEqual([
      { text: 'x' },
      { text: 'A', match: true },
      { text: 'x' },
      { text: 'a', match: true },
    ]);
    expect(highlightSegments([{ text: 'x' }], '')).toEqual([{ text: 'x' }]);
  });
});
