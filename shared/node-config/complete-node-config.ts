import { z } from 'zod';
import { nearestLocation } from './field-paths.js';
import { urlRelease } from './field-rules.js';
import { issue, type NodeConfigIssue } from './node-config-issues.js';
import { defaultNodeConfig, kubernetesNodeUrl, nodeConfigSchema, type NodeConfig } from './node-config-schema.js';
import type { ReadDocument } from './read-document.js';

/** KubeCluster.ps1's own default when `Kubernetes.Source` is absent (ReadKubeclusterConfig, v1.16.0 tree). */
export const SCRIPT_DEFAULT_RELEASE = '1.16.2';

type Raw = Record<string, unknown> | undefined;
const at = (raw: unknown, ...keys: string[]): unknown => keys.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), raw);
const asText = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * What KubeCluster.ps1 would run with for each gap, so exporting the complete file keeps the meaning of the
 * imported one: a missing section gets the script's defaults (release 1.16.2, no gates for bridge), a missing
 * URL is built from the release exactly as the script builds it.
 */
function fallbackFor(raw: Raw): NodeConfig {
  const bridge = String(at(raw, 'Cni', 'Plugin', 'Name') ?? '').toLowerCase() === 'bridge';
  const fallback = defaultNodeConfig(bridge ? 'bridge' : 'vxlan');
  const source = at(raw, 'Kubernetes', 'Source');
  if (source === undefined) {
    fallback.Kubernetes.Source = { Release: SCRIPT_DEFAULT_RELEASE, Url: kubernetesNodeUrl(SCRIPT_DEFAULT_RELEASE) };
  } else {
    const release = asText(at(source, 'Release'));
    fallback.Kubernetes.Source = { Release: urlRelease(String(at(source, 'Url') ?? '')) ?? '', Url: release ? kubernetesNodeUrl(release) : '' };
  }
  if (bridge && at(raw, 'Kubernetes', 'KubeProxy') === undefined) fallback.Kubernetes.KubeProxy.Gates = '';
  return fallback;
}

/** Fills gaps from the fallback and lists the top-most missing paths (a missing section is one entry). */
function fill(schema: z.ZodType, value: unknown, fallback: unknown, path: string[], missing: string[], invalid: Set<string>): unknown {
  if (value === undefined) {
    if (!invalid.has(path.join('.'))) missing.push(path.join('.'));
    return structuredClone(fallback);
  }
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    return Object.fromEntries(Object.entries(shape).map(([key, child]) => [key, fill(child, at(value, key), at(fallback, key), [...path, key], missing, invalid)]));
  }
  if (schema instanceof z.ZodArray) {
    // A list item has no default of its own: its missing fields become empty and are reported by validation.
    const empty = { Name: '', Url: '' };
    return (value as unknown[]).map((item, index) => fill(schema.element as z.ZodType, item, empty, [...path, String(index)], missing, invalid));
  }
  return value;
}

const scriptStops: Readonly<Record<string, string>> = {
  Kubernetes: 'KubeCluster.ps1 stops with "Kubernetes information missing in the configuration file".',
  'Kubernetes.ControlPlane': 'KubeCluster.ps1 stops with "Control-plane node information missing in the configuration file".',
};
const scriptDefaulted = new Set(['Install', 'Cri', 'Cni', 'Kubernetes.Source', 'Kubernetes.Network', 'Kubernetes.KubeProxy', 'Cni.Source']);

function describeGap(path: string, filled: unknown): NodeConfigIssue | undefined {
  const stop = scriptStops[path];
  if (stop) return issue('error', 'SECTION_MISSING', path, `this section is missing; ${stop}`);
  if (scriptDefaulted.has(path)) {
    const why = path === 'Cni.Source' ? 'KubeCluster.ps1 does not read it' : 'KubeCluster.ps1 uses its defaults for a missing section';
    return issue('notice', 'SECTION_DEFAULTED', path, `missing; ${why}, and export writes them out: ${JSON.stringify(filled)}.`);
  }
  if (filled === '') return undefined; // validation says "a value is required" at the same field
  if (path.startsWith('Kubernetes.Source.')) return issue('notice', 'FIELD_DERIVED', path, `missing; taken from the other Source field, as KubeCluster.ps1 does: "${String(filled)}".`);
  const shown = typeof filled === 'string' ? `"${filled}"` : 'the defaults';
  return issue('warning', 'FIELD_MISSING', path, `missing from a section that is present; KubeCluster.ps1 fills defaults only for whole missing sections, so it would use an empty value. Filled with ${shown}.`);
}

/** The complete model for a read document, and what was filled in and why. */
export function completeNodeConfig(document: ReadDocument): { config: NodeConfig; issues: NodeConfigIssue[] } {
  const missing: string[] = [];
  const fallback = fallbackFor(document.raw);
  const config = nodeConfigSchema.parse(fill(nodeConfigSchema, document.raw ?? {}, fallback, [], missing, document.invalid));
  const issues = missing.flatMap((path) => {
    const gap = describeGap(path, at(config, ...path.split('.')));
    return gap ? [{ ...gap, ...nearestLocation(document.locations, path) }] : [];
  });
  return { config, issues };
}
