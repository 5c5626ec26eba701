import { z } from 'zod';
import { nodeConfigSchema, type ExtraField, type NodeConfig } from './node-config-schema.js';

export interface ExportOptions {
  /** The published examples indent by 4. */
  indent?: 2 | 4;
  /** Fields kept from an imported file, put back where they were. */
  extras?: readonly ExtraField[];
}

/** An object whose key order is decided here, not by JavaScript (which puts integer-like keys first). */
class Ordered {
  constructor(readonly entries: Array<[string, unknown]>) {}
}

/** Each extra goes right after the key it followed in the original file; one whose neighbour is gone goes last. */
function placeExtras(entries: Array<[string, unknown]>, extras: readonly ExtraField[]): void {
  for (const extra of extras) {
    const index = extra.after === null ? -1 : entries.findIndex(([key]) => key === extra.after);
    if (extra.after !== null && index < 0) entries.push([extra.key, extra.value]);
    else entries.splice(index + 1, 0, [extra.key, extra.value]);
  }
}

/** The model in the schema's key order (the examples' order), whatever order the object was built in. */
function order(schema: z.ZodType, value: unknown, path: string, extras: ReadonlyMap<string, ExtraField[]>): unknown {
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const record = value as Record<string, unknown>;
    const entries = Object.entries(shape).map(([key, child]): [string, unknown] => [key, order(child, record[key], path ? `${path}.${key}` : key, extras)]);
    placeExtras(entries, extras.get(path) ?? []);
    return new Ordered(entries);
  }
  if (schema instanceof z.ZodArray) return (value as unknown[]).map((item, index) => order(schema.element as z.ZodType, item, `${path}.${index}`, extras));
  return value;
}

/**
 * Non-ASCII characters are written as \u escapes: Windows PowerShell 5.1 reads a BOM-less file in the ANSI code
 * page, so a raw "é" would reach KubeCluster.ps1 garbled, while an escape means the same in every encoding.
 */
function quote(text: string): string {
  return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function write(value: unknown, indent: string, depth: number): string {
  if (typeof value === 'string') return quote(value);
  // -0 survives JSON.parse, so it is written as read; JSON.stringify alone would turn it into 0.
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : Number.isFinite(value) ? JSON.stringify(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  if (value === null || typeof value !== 'object') return 'null';
  const inner = indent.repeat(depth + 1);
  const outer = indent.repeat(depth);
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[\n${value.map((item) => inner + write(item, indent, depth + 1)).join(',\n')}\n${outer}]`;
  }
  const entries = value instanceof Ordered ? value.entries : Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${quote(key)}: ${write(item, indent, depth + 1)}`).join(',\n')}\n${outer}}`;
}

/**
 * Plain JSON that ConvertFrom-Json reads: no comments, no trailing commas, every section complete (KubeCluster.ps1
 * fills defaults only for a missing section, never for a partial one), and the imported extras back in place.
 */
export function exportNodeConfig(config: NodeConfig, options: ExportOptions = {}): string {
  const byParent = new Map<string, ExtraField[]>();
  for (const extra of options.extras ?? []) byParent.set(extra.parent, [...(byParent.get(extra.parent) ?? []), extra]);
  return `${write(order(nodeConfigSchema, config, '', byParent), ' '.repeat(options.indent ?? 4), 0)}\n`;
}
