import { describe, expect, it } from 'vitest';
import { unifiedLineDiff } from './line-diff.js';

const lines = (count: number) => Array.from({ length: count }, (_, index) => `line ${index + 1}`);
const text = (items: string[]) => `${items.join('\n')}\n`;

describe('unifiedLineDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedLineDiff('a\nb\n', 'a\nb\n')).toBe('');
  });

  it('shows a change with three lines of context, removals before additions', () => {
    const before = lines(10);
    const after = [...before];
    after[4] = 'changed';
    expect(unifiedLineDiff(text(before), text(after), { oldName: 'a/f', newName: 'b/f' })).toBe(
      ['--- a/f', '+++ b/f', '@@ -2,7 +2,7 @@', ' line 2', ' line 3', ' line 4', '-line 5', '+changed', ' line 6', ' line 7', ' line 8', ''].join('\n'),
    );
  });

  it('numbers insertions at the start and end like diff -u', () => {
    expect(unifiedLineDiff('a\n', 'new\na\n')).toBe('--- a\n+++ b\n@@ -1,1 +1,2 @@\n+new\n a\n');
    expect(unifiedLineDiff('', 'x\n')).toBe('--- a\n+++ b\n@@ -0,0 +1,1 @@\n+x\n');
    expect(unifiedLineDiff('a\nb\n', 'a\n')).toBe('--- a\n+++ b\n@@ -1,2 +1,1 @@\n a\n-b\n');
  });

  it('merges nearby changes into one hunk and splits distant ones', () => {
    const before = lines(30);
    const near = [...before];
    near[3] = 'x';
    near[8] = 'y';
    expect(unifiedLineDiff(text(before), text(near)).match(/^@@/gm)).toHaveLength(1);
    const far = [...before];
    far[3] = 'x';
    far[25] = 'y';
    const diff = unifiedLineDiff(text(before), text(far));
    expect(diff.match(/^@@.*@@$/gm)).toEqual(['@@ -1,7 +1,7 @@', '@@ -23,7 +23,7 @@']);
  });

  it('pairs inserted lines between unchanged neighbours (an inserted nodeSelector)', () => {
    const before = ['spec:', '  hostNetwork: true', '  tolerations: []'];
    const after = ['spec:', '  hostNetwork: true', '  nodeSelector:', '    kubernetes.io/os: linux', '  tolerations: []'];
    expect(unifiedLineDiff(text(before), text(after)).split('\n').filter((line) => /^[+-][^+-]/.test(line))).toEqual([
      '+  nodeSelector:',
      '+    kubernetes.io/os: linux',
    ]);
  });
});
