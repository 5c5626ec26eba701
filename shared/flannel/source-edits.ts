import { isNode, Scalar, type Range, type YAMLMap } from 'yaml';

/**
 * Minimal text edits at the source offsets the yaml parser reports. yaml's own stringifier normalises a
 * whole document (sequence indentation, odd indents, flow spacing), which would turn a one-line change into
 * a noisy diff of the DaemonSet; editing the source keeps every untouched byte.
 */
export interface SourceEdit {
  start: number;
  end: number;
  text: string;
}

export function applySourceEdits(source: string, edits: readonly SourceEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let result = source;
  let limit = source.length;
  for (const edit of sorted) {
    if (edit.end > limit) throw new Error(`overlapping source edits at offset ${edit.start}`);
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}

const rangeOf = (node: unknown): Range | undefined => (isNode(node) ? (node.range ?? undefined) : undefined);

function columnOf(source: string, offset: number): number {
  return offset - (source.lastIndexOf('\n', offset - 1) + 1);
}

/**
 * Inserts `lines` (relative to the map's own indentation) as new entries after item `afterIndex` of a block
 * map. Undefined when the map's shape is not one we can edit safely (flow map, same-line content).
 */
export function insertIntoBlockMap(source: string, map: YAMLMap, afterIndex: number, lines: readonly string[]): SourceEdit | undefined {
  const first = map.items[0];
  const after = map.items[afterIndex];
  if (map.flow || !first || !after) return undefined;
  const keyStart = rangeOf(first.key)?.[0];
  const end = rangeOf(after.value)?.[2] ?? rangeOf(after.key)?.[2];
  if (keyStart === undefined || end === undefined) return undefined;
  const atLineStart = end === 0 || source[end - 1] === '\n';
  if (!atLineStart && end !== source.length) return undefined;
  const indent = ' '.repeat(columnOf(source, keyStart));
  const text = lines.map((line) => `${indent}${line}\n`).join('');
  return { start: end, end, text: atLineStart ? text : `\n${text}` };
}

/**
 * Rewrites a literal block scalar (`key: |`) with new text, keeping its header and indentation. Returns the
 * edit and the value the edited source parses to (the header's chomping decides the final newline).
 */
export function replaceBlockLiteral(source: string, scalar: Scalar, text: string): { edit: SourceEdit; value: string } | undefined {
  const range = scalar.range;
  if (scalar.type !== Scalar.BLOCK_LITERAL || !range) return undefined;
  const [start, end] = range;
  const headerEnd = source.indexOf('\n', start);
  const header = source.slice(start, headerEnd);
  if (headerEnd < 0 || headerEnd >= end || /\d/.test(header) || header.includes('+')) return undefined;
  const firstLine = source.slice(headerEnd + 1, end).split('\n').find((line) => line.trim() !== '') ?? '';
  const indent = firstLine.slice(0, firstLine.length - firstLine.trimStart().length);
  if (indent === '') return undefined;
  const content = text.replace(/\n$/, '');
  const body = content.split('\n').map((line) => (line === '' ? '' : `${indent}${line}`));
  const trailing = source[end - 1] === '\n' ? '\n' : '';
  // Clip chomping (`|`) keeps one final newline when the source has one; strip (`|-`) keeps none.
  const value = header.includes('-') || trailing === '' ? content : `${content}\n`;
  return { edit: { start, end, text: `${header}\n${body.join('\n')}${trailing}` }, value };
}
