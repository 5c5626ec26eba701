import type { Node } from 'jsonc-parser';
import { z } from 'zod';
import { nodeToJson, type TextPosition } from './jsonc-text.js';
import { issue, type NodeConfigIssue } from './node-config-issues.js';
import { MAX_SOURCES, MAX_TEXT, nodeConfigSchema, type ExtraField } from './node-config-schema.js';

/** What the document holds, shaped like the model but with gaps where fields are missing or mistyped. */
export interface ReadDocument {
  raw: Record<string, unknown> | undefined;
  extras: ExtraField[];
  /** The place of every known value (sections too), by dotted path. */
  locations: Record<string, TextPosition>;
  issues: NodeConfigIssue[];
  /** Paths whose value had the wrong type: already reported, so completion fills them silently. */
  invalid: Set<string>;
}

interface Walk extends ReadDocument {
  positionOf: (offset: number) => TextPosition;
}

const kind: Readonly<Record<Node['type'], string>> = {
  object: 'an object { … }',
  array: 'a list [ … ]',
  property: 'a property',
  string: 'a string in double quotes',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};

const join = (path: readonly string[]) => path.join('.');

function typeError(walk: Walk, path: readonly string[], node: Node, expected: Node['type']): undefined {
  const hint = expected === 'string' && node.type !== 'object' && node.type !== 'array' ? ' (KubeCluster.ps1 reads text; put the value in quotes)' : '';
  walk.issues.push({ ...issue('error', 'TYPE_INVALID', join(path), `expected ${kind[expected]}, found ${kind[node.type]}${hint}.`), ...walk.positionOf(node.offset) });
  walk.invalid.add(join(path));
  return undefined;
}

/** The model bounds what it holds (it crosses IPC); a value beyond that is refused like a wrong type. */
function tooLong(walk: Walk, path: readonly string[], node: Node, what: string): undefined {
  walk.issues.push({ ...issue('error', 'TYPE_INVALID', join(path), `${what}; this is not a value KubeCluster.ps1 needs.`), ...walk.positionOf(node.offset) });
  walk.invalid.add(join(path));
  return undefined;
}

/** A value by the model's own schema, so the shape and key order are declared once (node-config-schema.ts). */
function readValue(walk: Walk, schema: z.ZodType, node: Node | undefined, path: string[]): unknown {
  // PowerShell's `!$section` is true for null: KubeCluster.ps1 treats a null section as a missing one.
  if (!node || node.type === 'null') return undefined;
  walk.locations[join(path)] = walk.positionOf(node.offset);
  if (schema instanceof z.ZodObject) {
    return node.type === 'object' ? readObject(walk, schema.shape as Record<string, z.ZodType>, node, path) : typeError(walk, path, node, 'object');
  }
  if (schema instanceof z.ZodArray) {
    if (node.type !== 'array') return typeError(walk, path, node, 'array');
    if ((node.children ?? []).length > MAX_SOURCES) return tooLong(walk, path, node, `more than ${MAX_SOURCES} entries`);
    return (node.children ?? []).map((child, index) => readValue(walk, schema.element as z.ZodType, child, [...path, String(index)]) ?? {});
  }
  if (node.type !== 'string') return typeError(walk, path, node, 'string');
  return String(node.value).length > MAX_TEXT ? tooLong(walk, path, node, `longer than ${MAX_TEXT} characters`) : node.value;
}

/**
 * Known keys match case-insensitively, as PowerShell properties do, and are exported in the model's spelling.
 * Keys the model does not know are kept aside with the key they followed. In `Kubernetes`, the 2019 schema's
 * `Master` is read as `ControlPlane`.
 */
function readObject(walk: Walk, shape: Record<string, z.ZodType>, node: Node, path: string[]): Record<string, unknown> {
  const known = new Map(Object.keys(shape).map((key) => [key.toLowerCase(), key]));
  const properties = (node.children ?? []).flatMap((property) => {
    const [keyNode, valueNode] = property.children ?? [];
    return keyNode ? [{ written: String(keyNode.value), keyNode, valueNode }] : [];
  });
  const parent = join(path);
  const migrates = parent === 'Kubernetes' && properties.some((p) => p.written.toLowerCase() === 'master') && !properties.some((p) => p.written.toLowerCase() === 'controlplane');
  const result: Record<string, unknown> = {};
  const seen = new Set<string>();
  let previous: string | null = null;
  for (const { written, keyNode, valueNode } of properties) {
    const lower = written.toLowerCase();
    const at = walk.positionOf(keyNode.offset);
    if (seen.has(lower)) {
      // ConvertFrom-Json refuses the whole file over a repeated key, even one that differs only in case.
      walk.issues.push({ ...issue('error', 'DUPLICATE_KEY', parent ? `${parent}.${written}` : written, `"${written}" appears twice; ConvertFrom-Json refuses the file.`), ...at });
      continue;
    }
    seen.add(lower);
    const canonical = migrates && lower === 'master' ? 'ControlPlane' : known.get(lower);
    if (canonical === undefined) {
      const field = parent ? `${parent}.${written}` : written;
      if (parent === 'Kubernetes' && lower === 'master') {
        walk.issues.push({ ...issue('warning', 'MASTER_IGNORED', field, 'the file has both Master and ControlPlane; KubeCluster.ps1 reads only ControlPlane, so Master is kept as it is.'), ...at });
      } else {
        walk.issues.push({ ...issue('notice', 'UNKNOWN_FIELD_KEPT', field, 'not read by KubeCluster.ps1; kept and exported unchanged.'), ...at });
      }
      walk.extras.push({ parent, key: written, after: previous, value: (valueNode ? nodeToJson(valueNode) : null) as ExtraField['value'] });
      previous = written;
      continue;
    }
    if (canonical === 'ControlPlane' && lower === 'master') {
      walk.issues.push({ ...issue('notice', 'MIGRATED_MASTER', 'Kubernetes.ControlPlane', 'the 2019 schema\'s Kubernetes.Master was migrated to Kubernetes.ControlPlane (the name KubeCluster.ps1 reads now).'), ...at });
    } else if (canonical !== written) {
      walk.issues.push({ ...issue('notice', 'KEY_CASE', parent ? `${parent}.${canonical}` : canonical, `written as "${written}"; PowerShell reads either, export writes "${canonical}".`), ...at });
    }
    const schema = shape[canonical];
    if (schema) result[canonical] = readValue(walk, schema, valueNode, [...path, canonical]);
    previous = canonical;
  }
  return result;
}

/** Walks a parsed document against the model: types, keys, extras and places. */
export function readDocument(root: Node, positionOf: (offset: number) => TextPosition): ReadDocument {
  const walk: Walk = { raw: undefined, extras: [], locations: { '': positionOf(root.offset) }, issues: [], invalid: new Set(), positionOf };
  if (root.type === 'object') {
    walk.raw = readObject(walk, nodeConfigSchema.shape as Record<string, z.ZodType>, root, []);
  } else {
    walk.issues.push({ ...issue('error', 'ROOT_NOT_OBJECT', 'file', `the file must hold one object { "Cri": …, "Kubernetes": … }, not ${kind[root.type]}.`), ...positionOf(root.offset) });
  }
  const { raw, extras, locations, issues, invalid } = walk;
  return { raw, extras, locations, issues, invalid };
}
