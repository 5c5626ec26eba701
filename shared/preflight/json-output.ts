/**
 * Reading what PowerShell's ConvertTo-Json prints. Windows PowerShell 5.1 is inconsistent about arrays: a
 * one-element array may come out as the element itself, and an array that picked up extended type data comes out
 * as `{"value":[…],"Count":n}`. Every list here accepts all three shapes.
 */

export const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The parsed JSON, or undefined when the text is not JSON (a BOM and surrounding whitespace are fine). */
export function parseJsonOutput(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '').trim()) as unknown;
  } catch {
    return undefined;
  }
}

/** A ConvertTo-Json list as an array: an array, a lone element, `null` (no elements) or the 5.1 wrapper. */
export function jsonList(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value === null || value === undefined) return [];
  if (isRecord(value) && Array.isArray(value.value) && typeof value.Count === 'number') return value.value;
  return [value];
}

/** A property that should be a string; other scalars are written as text, anything else is undefined. */
export function jsonText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}
