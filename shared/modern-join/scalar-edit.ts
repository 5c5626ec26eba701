/**
 * Rewrites one scalar of a manifest in place, at the offsets the yaml parser reports, in the scalar's own style
 * (plain, single- or double-quoted): only the value's own characters change, so comments, indentation and every
 * other byte stay as they were.
 */
import { parse, Scalar } from 'yaml';
import type { SourceEdit } from '../flannel/source-edits.js';

/** A plain scalar reads back as this exact string (not a number, boolean, null or something longer). */
function readsBackAsString(text: string, value: string): boolean {
  try {
    return parse(`key: ${text}\n`, { uniqueKeys: false })?.key === value;
  } catch {
    return false;
  }
}

const doubleQuoted = (value: string) => JSON.stringify(value);
const singleQuoted = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** The edit that makes `scalar` hold `value`, or undefined for a scalar this cannot rewrite (a block scalar). */
export function replaceScalar(source: string, scalar: Scalar, value: string): SourceEdit | undefined {
  const range = scalar.range;
  if (!range) return undefined;
  const [start, end] = range;
  switch (scalar.type) {
    case Scalar.PLAIN:
      // A value that would read back as a number or `null` (a port, say) keeps its quotes.
      return { start, end, text: readsBackAsString(value, value) && !value.includes('\n') ? value : doubleQuoted(value) };
    case Scalar.QUOTE_DOUBLE:
      return { start, end, text: doubleQuoted(value) };
    case Scalar.QUOTE_SINGLE:
      return { start, end, text: singleQuoted(value) };
    default:
      return undefined;
  }
}
