/**
 * sig-windows-tools' HostProcess manifests (flannel-overlay.yml, kube-proxy.yml, kube-flannel-rbac.yml) made ready
 * to apply: the guide pipes them through `sed s/PLACEHOLDER/value/g`; here only the container images and env values
 * of the DaemonSets are edited, in the parsed Documents and at their source offsets, so a placeholder in a comment
 * stays and every other byte is kept. Windows pods cannot reach the API server through the service VIP, hence
 * KUBERNETES_SERVICE_HOST/PORT.
 */
import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type Scalar, type YAMLMap } from 'yaml';
import { nodeLabelRequirements } from '../flannel/manifest-objects.js';
import { applySourceEdits, type SourceEdit } from '../flannel/source-edits.js';
import { checkHostProcessValues, type HostProcessValues } from './hostprocess-values.js';
import { replaceScalar } from './scalar-edit.js';

export type { HostProcessValues } from './hostprocess-values.js';

export interface HostProcessSources {
  flannelOverlay: string;
  kubeProxy: string;
  rbac: string;
}

export interface ManifestChange {
  file: string;
  /** `DaemonSet <namespace>/<name> spec.template.spec.containers[<container>].env[<NAME>].value` */
  path: string;
  from: string;
  to: string;
}

export interface RenderedManifests {
  /** In the order to apply them: the RBAC first, so the DaemonSets' service account exists. */
  files: Array<{ name: string; text: string }>;
  changes: ManifestChange[];
  /** Things to know before applying (nothing here stops the render). */
  warnings: string[];
}

export class HostProcessManifestError extends Error {
  override readonly name = 'HostProcessManifestError';
}

export const HOSTPROCESS_FILES = { rbac: 'kube-flannel-rbac.yml', flannelOverlay: 'flannel-overlay.yml', kubeProxy: 'kube-proxy.yml' } as const;

const SERVICE_SUBNET = 'SERVICE_SUBNET';

/** A placeholder and its value; `SERVICE_SUBNET` is an env name whose whole value is replaced instead. */
type Substitutions = ReadonlyMap<string, string>;

interface Site {
  scalar: Scalar;
  path: string;
  /** The env variable's name, for env values. */
  env: string | undefined;
}

function documentsOf(file: string, source: string): Document.Parsed[] {
  const docs = parseAllDocuments(source);
  if (!Array.isArray(docs)) return [];
  const error = docs.flatMap((doc) => doc.errors)[0];
  if (error) throw new HostProcessManifestError(`${file} is not valid YAML: ${error.message}`);
  return docs;
}

const text = (node: unknown): string | undefined => (isScalar(node) && typeof node.value === 'string' ? node.value : undefined);
const mapsIn = (node: unknown): YAMLMap[] => (isSeq(node) ? node.items.filter((item): item is YAMLMap => isMap(item)) : []);

function withPlaceholders(value: string, substitutions: Substitutions): string {
  let result = value;
  for (const [placeholder, to] of substitutions) result = result.replaceAll(placeholder, to);
  return result;
}

/** Every scalar the render may rewrite in one DaemonSet: container images and env values. */
function sitesOf(doc: Document.Parsed, label: string): Site[] {
  const sites: Site[] = [];
  for (const list of ['initContainers', 'containers'] as const) {
    for (const container of mapsIn(doc.getIn(['spec', 'template', 'spec', list], true))) {
      const base = `${label} spec.template.spec.${list}[${text(container.get('name', true)) ?? '?'}]`;
      const image = container.get('image', true);
      if (isScalar(image) && text(image) !== undefined) sites.push({ scalar: image, path: `${base}.image`, env: undefined });
      for (const variable of mapsIn(container.get('env', true))) {
        const name = text(variable.get('name', true));
        const value = variable.get('value', true);
        if (isScalar(value) && text(value) !== undefined) sites.push({ scalar: value, path: `${base}.env[${name ?? '?'}].value`, env: name });
      }
    }
  }
  return sites;
}

const labelOf = (doc: Document.Parsed) => `DaemonSet ${String(doc.getIn(['metadata', 'namespace']) ?? 'default')}/${String(doc.getIn(['metadata', 'name']) ?? '?')}`;
const daemonSets = (docs: readonly Document.Parsed[]) => docs.filter((doc) => doc.get('kind') === 'DaemonSet');

function requireWindowsOnly(file: string, doc: Document.Parsed): void {
  const os = nodeLabelRequirements(doc.toJS()).filter((requirement) => requirement.key === 'kubernetes.io/os');
  if (os.length === 0 || os.some((requirement) => requirement.values.join() !== 'windows')) {
    throw new HostProcessManifestError(`${file}: ${labelOf(doc)} does not select only Windows nodes (kubernetes.io/os: windows); it is not the file sig-windows-tools publishes.`);
  }
}

/**
 * Substitutes in one file. Every placeholder given (and SERVICE_SUBNET, when a subnet is given) must be found in a
 * DaemonSet's image or env: a file without them was edited already or is another file.
 */
function renderFile(file: string, source: string, substitutions: Substitutions, serviceSubnet?: string): { text: string; changes: ManifestChange[] } {
  const edits: SourceEdit[] = [];
  const changes: ManifestChange[] = [];
  const found = new Set<string>();
  for (const doc of daemonSets(documentsOf(file, source))) {
    requireWindowsOnly(file, doc);
    for (const site of sitesOf(doc, labelOf(doc))) {
      const from = String(site.scalar.value);
      const isSubnet = site.env === SERVICE_SUBNET && serviceSubnet !== undefined;
      for (const placeholder of substitutions.keys()) if (from.includes(placeholder)) found.add(placeholder);
      if (isSubnet) found.add(SERVICE_SUBNET);
      const to = isSubnet ? serviceSubnet : withPlaceholders(from, substitutions);
      if (to === from) continue;
      const edit = replaceScalar(source, site.scalar, to);
      if (!edit) throw new HostProcessManifestError(`${file}: ${site.path} is a block scalar, which this cannot rewrite.`);
      edits.push(edit);
      changes.push({ file, path: site.path, from, to });
    }
  }
  const expected = [...substitutions.keys(), ...(serviceSubnet !== undefined ? [SERVICE_SUBNET] : [])];
  const missing = expected.filter((placeholder) => !found.has(placeholder));
  if (missing.length > 0) {
    throw new HostProcessManifestError(`${file} has no ${missing.join(', ')} in a DaemonSet's image or env: pass the file as sig-windows-tools published it.`);
  }
  const rendered = applySourceEdits(source, edits);
  verifyRendered(file, rendered, changes);
  return { text: rendered, changes };
}

/** The edited text parses, and every changed image and env value reads back as exactly what it was set to. */
function verifyRendered(file: string, rendered: string, changes: readonly ManifestChange[]): void {
  const values = new Map(daemonSets(documentsOf(file, rendered)).flatMap((doc) => sitesOf(doc, labelOf(doc)).map((site) => [site.path, site.scalar.value] as const)));
  for (const change of changes) {
    if (values.get(change.path) !== change.to) throw new HostProcessManifestError(`${file}: ${change.path} does not read back as ${JSON.stringify(change.to)} after the edit.`);
  }
}

function rbacWarnings(rbac: string, flannelNamespace: string): string[] {
  return documentsOf(HOSTPROCESS_FILES.rbac, rbac).flatMap((doc) => {
    if (doc.get('kind') !== 'ConfigMap' || doc.getIn(['metadata', 'name']) !== 'kube-flannel-cfg') return [];
    const namespace = String(doc.getIn(['metadata', 'namespace']) ?? 'default');
    return [
      `${HOSTPROCESS_FILES.rbac} also holds ConfigMap ${namespace}/kube-flannel-cfg with its own net-conf.json: where the Linux flannel runs in ${namespace} ` +
        `(flannel before v0.20), applying it replaces that flannel's configuration. The Windows DaemonSet reads kube-flannel-cfg from ${flannelNamespace}.`,
    ];
  });
}

export function renderHostProcessManifests(values: HostProcessValues, sources: HostProcessSources): RenderedManifests {
  const checked = checkHostProcessValues(values);
  const flannel = renderFile(
    HOSTPROCESS_FILES.flannelOverlay,
    sources.flannelOverlay,
    new Map([
      ['FLANNEL_VERSION', checked.flannelVersion],
      ['KUBERNETES_SERVICE_HOST_VALUE', checked.apiServerHost],
      ['KUBERNETES_SERVICE_PORT_VALUE', String(checked.apiServerPort)],
    ]),
    checked.serviceSubnet,
  );
  const kubeProxy = renderFile(HOSTPROCESS_FILES.kubeProxy, sources.kubeProxy, new Map([['KUBE_PROXY_VERSION', checked.kubeProxyVersion]]));
  const rbac = renderFile(HOSTPROCESS_FILES.rbac, sources.rbac, new Map());
  const flannelNamespace = String(daemonSets(documentsOf(HOSTPROCESS_FILES.flannelOverlay, sources.flannelOverlay))[0]?.getIn(['metadata', 'namespace']) ?? 'default');
  return {
    files: [
      { name: HOSTPROCESS_FILES.rbac, text: rbac.text },
      { name: HOSTPROCESS_FILES.flannelOverlay, text: flannel.text },
      { name: HOSTPROCESS_FILES.kubeProxy, text: kubeProxy.text },
    ],
    changes: [...flannel.changes, ...kubeProxy.changes],
    warnings: rbacWarnings(sources.rbac, flannelNamespace),
  };
}
