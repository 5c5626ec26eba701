import { describe, expect, it } from 'vitest';
import { centredScrollTop, firstRowAt, rowsFrom, tailRows } from './row-window.js';

const input = { count: 5000, rowHeight: 20, viewportHeight: 200, overscan: 30 };

describe('row window', () => {
  it('renders the visible rows plus the overscan on each side', () => {
    // 200 px / 20 px = 10 rows, plus one partly visible
    expect(rowsFrom(100, input)).toEqual({ start: 70, end: 141 });
    expect(rowsFrom(0, input)).toEqual({ start: 0, end: 41 });
  });

  it('keeps to the rows that exist', () => {
    expect(tailRows(input)).toEqual({ start: 4959, end: 5000 });
    expect(rowsFrom(99_999, input)).toEqual(tailRows(input));
    expect(rowsFrom(-5, input)).toEqual({ start: 0, end: 41 });
    expect(tailRows({ ...input, count: 3 })).toEqual({ start: 0, end: 3 });
    expect(tailRows({ ...input, count: 0 })).toEqual({ start: 0, end: 0 });
  });

  it('renders every row of a short log', () => {
    expect(tailRows({ ...input, count: 25 })).toEqual({ start: 0, end: 25 });
  });

  it('maps scroll positions to rows and back', () => {
    expect(firstRowAt(0, 20)).toBe(0);
    expect(firstRowAt(39.5, 20)).toBe(1);
    expect(firstRowAt(-10, 20)).toBe(0);
    expect(centredScrollTop(100, input)).toBe(100 * 20 - 90);
    expect(centredScrollTop(2, input)).toBe(0);
  });
});
