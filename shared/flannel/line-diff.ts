/**
 * A unified line diff (`diff -u` format) so the operator can review exactly what the wizard changed in
 * their manifest. No diff package is installed; an LCS over the lines between the common prefix and suffix
 * is plenty for manifests of a few hundred lines (memory is O(n·m) of that middle part only).
 */
interface Op {
  kind: ' ' | '-' | '+';
  line: string;
}

const toLines = (text: string) => (text === '' ? [] : text.replace(/\n$/, '').split('\n'));

function middleOps(before: readonly string[], after: readonly string[]): Op[] {
  const n = before.length;
  const m = after.length;
  const width = m + 1;
  // lcs[i * width + j] = length of the LCS of before[i..] and after[j..]
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lcs[i * width + j] = before[i] === after[j] ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      ops.push({ kind: ' ', line: before[i] ?? '' });
      i += 1;
      j += 1;
    } else if (i < n && (j === m || (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))) {
      // On a tie, removals first, as `diff -u` prints them.
      ops.push({ kind: '-', line: before[i] ?? '' });
      i += 1;
    } else {
      ops.push({ kind: '+', line: after[j] ?? '' });
      j += 1;
    }
  }
  return ops;
}

function lineOps(before: readonly string[], after: readonly string[]): Op[] {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix += 1;
  const same = (lines: readonly string[]): Op[] => lines.map((line) => ({ kind: ' ', line }));
  return [
    ...same(before.slice(0, prefix)),
    ...middleOps(before.slice(prefix, before.length - suffix), after.slice(prefix, after.length - suffix)),
    ...same(before.slice(before.length - suffix)),
  ];
}

export interface DiffOptions {
  oldName?: string;
  newName?: string;
  context?: number;
}

/** Empty when the texts are equal, so "nothing to change" is easy to test and to show. */
export function unifiedLineDiff(before: string, after: string, options: DiffOptions = {}): string {
  if (before === after) return '';
  const { oldName = 'a', newName = 'b', context = 3 } = options;
  const ops = lineOps(toLines(before), toLines(after));
  const changed = ops.flatMap((op, index) => (op.kind === ' ' ? [] : [index]));
  const out = [`--- ${oldName}`, `+++ ${newName}`];
  // Line positions before each op, so a hunk's header can be read off its first op.
  const oldAt: number[] = [];
  const newAt: number[] = [];
  let oldLine = 0;
  let newLine = 0;
  for (const op of ops) {
    oldAt.push(oldLine);
    newAt.push(newLine);
    if (op.kind !== '+') oldLine += 1;
    if (op.kind !== '-') newLine += 1;
  }
  let cursor = 0;
  while (cursor < changed.length) {
    let last = cursor;
    while (last + 1 < changed.length && (changed[last + 1] ?? 0) - (changed[last] ?? 0) <= 2 * context) last += 1;
    const start = Math.max(0, (changed[cursor] ?? 0) - context);
    const end = Math.min(ops.length, (changed[last] ?? 0) + context + 1);
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    const oldStart = (oldAt[start] ?? 0) + (oldCount > 0 ? 1 : 0);
    const newStart = (newAt[start] ?? 0) + (newCount > 0 ? 1 : 0);
    out.push(`@@ -${oldStart},${oldCount} +${newStart},${newCount} @@`, ...hunk.map((op) => `${op.kind}${op.line}`));
    cursor = last + 1;
  }
  return `${out.join('\n')}\n`;
}
