/**
 * Which rows of a list of fixed-height rows to render. Every log line is one row of the same height (no
 * wrapping), so the visible range is plain arithmetic over the scroll position: no measuring, and no pass
 * over all rows when lines arrive (a general-purpose virtualiser recomputes every row's offset then).
 */
export interface RowRange {
  /** First row rendered. */
  start: number;
  /** One past the last row rendered. */
  end: number;
}

export interface RowWindowInput {
  count: number;
  rowHeight: number;
  /** The scroller's visible height in pixels. */
  viewportHeight: number;
  /** Rows rendered beyond each edge, so a quick scroll does not show blank space. */
  overscan: number;
}

/** The rows around the one at `firstRow` (the row at the top of the view). */
export function rowsFrom(firstRow: number, input: RowWindowInput): RowRange {
  const visible = Math.ceil(Math.max(0, input.viewportHeight) / input.rowHeight) + 1;
  const top = Math.min(Math.max(0, firstRow), Math.max(0, input.count - visible));
  return { start: Math.max(0, top - input.overscan), end: Math.min(input.count, top + visible + input.overscan) };
}

/** The rows shown when the view is scrolled to the end (following the tail). */
export function tailRows(input: RowWindowInput): RowRange {
  return rowsFrom(input.count, input);
}

/** The row at the top of the view for a scroll position. */
export function firstRowAt(scrollTop: number, rowHeight: number): number {
  return Math.max(0, Math.floor(scrollTop / rowHeight));
}

/** The scroll position that puts row `index` in the middle of the view. */
export function centredScrollTop(index: number, input: Pick<RowWindowInput, 'rowHeight' | 'viewportHeight'>): number {
  return Math.max(0, index * input.rowHeight - (input.viewportHeight - input.rowHeight) / 2);
}
