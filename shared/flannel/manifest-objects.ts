import type { Document } from 'yaml';

/** The two node labels Kubernetes has used for the OS: beta until 1.14, GA since (the beta one is deprecated). */
export const OS_LABEL_KEYS = ['kubernetes.io/os', 'beta.kubernetes.io/os'] as const;
export type OsLabelKey = (typeof OS_LABEL_KEYS)[number];

export const FLANNEL_CONFIGMAP_NAME = 'kube-flannel-cfg';

/** One document of the manifest as plain data, for reading; edits go through the Document. */
export interface ManifestObject {
  index: number;
  doc: Document.Parsed;
  kind?: string;
  apiVersion?: string;
  name?: string;
  namespace?: string;
  data: unknown;
}

type Plain = Record<string, unknown>;
const asObject = (value: unknown): Plain | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Plain) : undefined;
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Follows object keys through plain data; undefined as soon as a step is missing. */
export function dig(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((node, key) => asObject(node)?.[key], value);
}

export function describeObjects(docs: readonly Document.Parsed[]): ManifestObject[] {
  return docs.map((doc, index) => {
    const data: unknown = doc.toJS();
    return {
      index,
      doc,
      data,
      kind: asText(dig(data, 'kind')),
      apiVersion: asText(dig(data, 'apiVersion')),
      name: asText(dig(data, 'metadata', 'name')),
      namespace: asText(dig(data, 'metadata', 'namespace')),
    };
  });
}

export const objectLabel = (object: ManifestObject) =>
  `${object.kind ?? 'object'} ${object.namespace ? `${object.namespace}/` : ''}${object.name ?? `#${object.index + 1}`}`;

export const isFlannelConfigMap = (object: ManifestObject) => object.kind === 'ConfigMap' && object.name === FLANNEL_CONFIGMAP_NAME;

/** By name (every release calls them kube-flannel-ds…) or by the `app: flannel` label the manifests set. */
export function isFlannelDaemonSet(object: ManifestObject): boolean {
  if (object.kind !== 'DaemonSet') return false;
  return (object.name ?? '').startsWith('kube-flannel') || dig(object.data, 'metadata', 'labels', 'app') === 'flannel';
}

/** Every node-label requirement of a pod template: nodeSelector entries and required affinity `In` terms. */
export function nodeLabelRequirements(daemonSet: unknown): { key: string; values: string[] }[] {
  const podSpec = dig(daemonSet, 'spec', 'template', 'spec');
  const selector = Object.entries(asObject(dig(podSpec, 'nodeSelector')) ?? {}).map(([key, value]) => ({ key, values: [String(value)] }));
  const terms = asList(dig(podSpec, 'affinity', 'nodeAffinity', 'requiredDuringSchedulingIgnoredDuringExecution', 'nodeSelectorTerms'));
  const expressions = terms.flatMap((term) => asList(dig(term, 'matchExpressions')));
  const affinity = expressions
    .filter((expression) => dig(expression, 'operator') === 'In' && typeof dig(expression, 'key') === 'string')
    .map((expression) => ({ key: String(dig(expression, 'key')), values: asList(dig(expression, 'values')).map(String) }));
  return [...selector, ...affinity];
}

const isOsKey = (key: string): key is OsLabelKey => (OS_LABEL_KEYS as readonly string[]).includes(key);

/** `linux` when the template already targets Linux, `other` when it targets another OS, else `any`. */
export function targetOs(daemonSet: unknown): 'linux' | 'other' | 'any' {
  const os = nodeLabelRequirements(daemonSet).filter((requirement) => isOsKey(requirement.key));
  if (os.some((requirement) => !requirement.values.includes('linux'))) return 'other';
  return os.length > 0 ? 'linux' : 'any';
}

/** APIs removed in Kubernetes 1.16: a manifest using them is for clusters whose nodes may lack `kubernetes.io/os` (1.14+). */
const preGaApis = new Set(['extensions/v1beta1', 'apps/v1beta1', 'apps/v1beta2']);

/**
 * The OS label key the manifest itself uses (old releases: beta, newer: GA), so the selector we add matches
 * the labels of the nodes that manifest was written for. Falls back to the arch label's family, then to
 * the DaemonSet API version's era.
 */
export function inferOsLabelKey(daemonSets: readonly ManifestObject[]): { key: OsLabelKey; reason: string } {
  const keys = daemonSets.flatMap((object) => nodeLabelRequirements(object.data).map((requirement) => requirement.key));
  const osKey = keys.find(isOsKey);
  if (osKey) return { key: osKey, reason: `the manifest already selects nodes by ${osKey}` };
  const archKey = keys.find((key) => key === 'beta.kubernetes.io/arch' || key === 'kubernetes.io/arch');
  if (archKey) {
    const key = archKey.startsWith('beta.') ? 'beta.kubernetes.io/os' : 'kubernetes.io/os';
    return { key, reason: `it matches the manifest's ${archKey} selector` };
  }
  const apiVersion = daemonSets[0]?.apiVersion ?? '';
  if (preGaApis.has(apiVersion)) return { key: 'beta.kubernetes.io/os', reason: `the DaemonSets use ${apiVersion}, an API of Kubernetes 1.15 and older` };
  return { key: 'kubernetes.io/os', reason: 'beta.kubernetes.io/os is deprecated since Kubernetes 1.14' };
}
