import type { JsonValue } from './flannel-conf.js';

const isObject = (value: JsonValue | undefined): value is { [key: string]: JsonValue } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const show = (value: JsonValue | undefined) => (value === undefined ? '(unset)' : JSON.stringify(value));

/**
 * One readable line per changed leaf, e.g. `Backend.VNI: (unset) → 4096`, so the operator sees exactly
 * what the wizard did to a file they may have edited by hand.
 */
export function describeJsonChanges(before: JsonValue | undefined, after: JsonValue | undefined, path = ''): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  const at = (key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => describeJsonChanges(before[key], after[key], at(key)));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, index) => describeJsonChanges(before[index], after[index], at(index))).flat();
  }
  return [`${path || '(whole value)'}: ${show(before)} → ${show(after)}`];
}
