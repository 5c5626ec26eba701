import { describe, expect, it } from 'vitest';
import type { LogLine } from '../../../../shared/jobs/job-types.js';
import {
  filterByStep,
  filterLines,
  NO_STEP,
  stepChoices,
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

const stepped: LogLine[] = [
  { seq: 1, stream: 'info', text: 'Starting', time },
  { seq: 2, stream: 'info', text: 'Connecting', time, step: 'Connect to the node' },
  { seq: 3, stream: 'stdout', text: 'User Input', time, step: 'Check the configuration' },
  { seq: 4, stream: 'stderr', text: 'oops', time, step: 'Check the configuration' },
  { seq: 5, stream: 'info', text: 'Renamed step', time, step: 'An old step' },
];

describe('filterByStep', () => {
  it('keeps every line for "all", one step\'s lines, or the lines outside any step', () => {
    expect(filterByStep(stepped, 'all')).toBe(stepped);
    expect(filterByStep(stepped, 'Check the configuration').map((line) => line.seq)).toEqual([3, 4]);
    expect(filterByStep(stepped, NO_STEP).map((line) => line.seq)).toEqual([1]);
    expect(filterByStep(stepped, 'Not a step')).toEqual([]);
  });

  it('combines with the stream filter', () => {
    expect(filterLines(filterByStep(stepped, 'Check the configuration'), 'stderr').map((line) => line.seq)).toEqual([4]);
  });
});

describe('stepChoices', () => {
  it('lists the job\'s steps in order with their line counts, then steps only the lines name, then "—"', () => {
    const choices = stepChoices(['Connect to the node', 'Check the configuration', 'Run kubeadm join'], stepped);
    expect(choices.map((choice) => [choice.value, choice.label, choice.count])).toEqual([
      ['all', 'All steps', 5],
      ['Connect to the node', '1. Connect to the node', 1],
      ['Check the configuration', '2. Check the configuration', 2],
      ['Run kubeadm join', '3. Run kubeadm join', 0],
      ['An old step', '4. An old step', 1],
      [NO_STEP, '— (outside any step)', 1],
    ]);
  });

  it('offers no "—" when every line has a step, and works for a job without steps', () => {
    expect(stepChoices(['A'], [{ seq: 1, stream: 'info', text: 'x', time, step: 'A' }]).map((choice) => choice.value)).toEqual(['all', 'A']);
    expect(stepChoices([], lines).map((choice) => choice.value)).toEqual(['all', NO_STEP]);
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
