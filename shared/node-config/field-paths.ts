import type { NodeConfig } from './node-config-schema.js';

/** The string at a dotted path (`Cni.Source.0.Url`), or undefined when the path leads nowhere or to a section. */
export function fieldValue(config: NodeConfig, path: string): string | undefined {
  let current: unknown = config;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return typeof current === 'string' ? current : undefined;
}

/** The nearest recorded place for a path: the field itself, else the section that should hold it. */
export function nearestLocation<T>(locations: Readonly<Record<string, T>>, path: string): T | undefined {
  const segments = path.split('.');
  for (let length = segments.length; length >= 0; length -= 1) {
    const location = locations[segments.slice(0, length).join('.')];
    if (location !== undefined) return location;
  }
  return undefined;
}

/** Writes the string at a dotted path that already exists (a known field); returns whether it changed. */
export function setFieldValue(config: NodeConfig, path: string, value: string): boolean {
  const segments = path.split('.');
  const last = segments.pop();
  let current: unknown = config;
  for (const segment of segments) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
  if (last === undefined || !current || typeof current !== 'object' || typeof (current as Record<string, unknown>)[last] !== 'string') {
    throw new Error(`not a field of the node config: ${path}`);
  }
  const record = current as Record<string, unknown>;
  if (record[last] === value) return false;
  record[last] = value;
  return true;
}
