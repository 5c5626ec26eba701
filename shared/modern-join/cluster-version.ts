/**
 * What the containerd flow needs to know about a running cluster, read from kubectl's JSON on the control plane:
 * the server version (which join method fits), the kubelet versions, the Linux flannel's version (the Windows
 * flannel image must match it) and the API server endpoint (Windows pods cannot use the service VIP).
 */
import { z } from 'zod';
import { dig, nodeLabelRequirements } from '../flannel/manifest-objects.js';
import { parseJsonOutput } from '../preflight/json-output.js';
import { isHost, isPort, type HostPort } from './endpoint.js';
import { compareMinor, parseClusterKubeVersion, type KubeVersion } from './kube-version.js';

export class ClusterReadError extends Error {
  override readonly name = 'ClusterReadError';
}

/** kubectl prints pretty JSON; a warning line on the same stream (older kubectl, proxies) comes before it. */
function jsonOf(what: string, stdout: string): unknown {
  const start = stdout.indexOf('{');
  const json = start < 0 ? undefined : parseJsonOutput(stdout.slice(start));
  if (json === undefined) throw new ClusterReadError(`${what} printed no JSON: ${stdout.replace(/\s+/g, ' ').trim().slice(0, 160) || '(nothing)'}`);
  return json;
}

/** A List's items, or the single object itself (`kubectl get <kind>/<name> -o json` prints no wrapper). */
const itemsOf = (json: unknown): unknown[] => {
  const items = dig(json, 'items');
  return Array.isArray(items) ? items : [json];
};

const listAt = (value: unknown, ...path: string[]): unknown[] => {
  const list = dig(value, ...path);
  return Array.isArray(list) ? list : [];
};

const versionInfo = z.object({ serverVersion: z.object({ gitVersion: z.string() }) });

/** The API server's version from `kubectl version -o json` (`serverVersion.gitVersion`, e.g. `v1.29.6+k3s1`). */
export function parseServerVersion(stdout: string): KubeVersion & { gitVersion: string } {
  const parsed = versionInfo.safeParse(jsonOf('kubectl version -o json', stdout));
  if (!parsed.success) throw new ClusterReadError('kubectl version -o json has no serverVersion.gitVersion: kubectl could not reach the API server.');
  const gitVersion = parsed.data.serverVersion.gitVersion;
  const version = parseClusterKubeVersion(gitVersion);
  if (!version) throw new ClusterReadError(`The server reports a version this cannot read: ${gitVersion}`);
  return { ...version, gitVersion };
}

export interface NodeVersion {
  name: string;
  /** `status.nodeInfo.kubeletVersion`, as reported. */
  kubeletVersion: string;
  /** `status.nodeInfo.operatingSystem` (`linux`, `windows`), else the `kubernetes.io/os` label. */
  os: string;
}

/** Every node's kubelet version from `kubectl get nodes -o json`. */
export function parseNodeVersions(stdout: string): NodeVersion[] {
  return itemsOf(jsonOf('kubectl get nodes -o json', stdout)).flatMap((item) => {
    const name = dig(item, 'metadata', 'name');
    const kubeletVersion = dig(item, 'status', 'nodeInfo', 'kubeletVersion');
    if (dig(item, 'kind') !== 'Node' || typeof name !== 'string' || typeof kubeletVersion !== 'string') return [];
    const os = dig(item, 'status', 'nodeInfo', 'operatingSystem') ?? dig(item, 'metadata', 'labels', 'kubernetes.io/os');
    return [{ name, kubeletVersion, os: typeof os === 'string' ? os : 'unknown' }];
  });
}

/**
 * The version in a flannel image reference: `docker.io/flannel/flannel:v0.25.1` → `v0.25.1`,
 * `quay.io/coreos/flannel:v0.11.0-amd64` → `v0.11.0`. A digest (`@sha256:…`) and a registry port are ignored.
 */
export function flannelVersionFromImage(image: string): string | undefined {
  const withoutDigest = image.split('@')[0] ?? '';
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.indexOf(':', lastSlash + 1);
  if (colon < 0) return undefined;
  return /^(v\d+\.\d+\.\d+)(?:-[0-9A-Za-z.-]+)?$/.exec(withoutDigest.slice(colon + 1))?.[1];
}

/** The image's name without registry, path or tag: `flannel` for `docker.io/flannel/flannel:v0.25.1`. */
const imageName = (image: string) => (image.split('@')[0] ?? '').split('/').pop()?.split(':')[0] ?? '';

const targetsWindows = (daemonSet: unknown) =>
  nodeLabelRequirements(daemonSet).some((requirement) => requirement.key.endsWith('kubernetes.io/os') && requirement.values.includes('windows'));

/**
 * The Linux flannel's version from `kubectl get ds -A -o json` (or one DaemonSet's JSON): the image of the
 * `flannel` container of a flannel DaemonSet that does not target Windows. Init containers are skipped: newer
 * manifests run `flannel-cni-plugin` (another version line) there.
 */
export function parseFlannelVersion(stdout: string): { version: string; image: string; daemonSet: string } | undefined {
  for (const item of itemsOf(jsonOf('kubectl get ds -o json', stdout))) {
    const name = dig(item, 'metadata', 'name');
    const isFlannel = typeof name === 'string' && (name.startsWith('kube-flannel') || dig(item, 'metadata', 'labels', 'app') === 'flannel');
    if (dig(item, 'kind') !== 'DaemonSet' || !isFlannel || targetsWindows(item)) continue;
    for (const container of listAt(item, 'spec', 'template', 'spec', 'containers')) {
      const image = dig(container, 'image');
      if (typeof image !== 'string' || imageName(image) !== 'flannel') continue;
      const version = flannelVersionFromImage(image);
      if (version) return { version, image, daemonSet: `${String(dig(item, 'metadata', 'namespace') ?? 'default')}/${name}` };
    }
  }
  return undefined;
}

/**
 * The API server's address from `kubectl get endpoints kubernetes -o json` (default namespace): the first
 * address and the port named `https` (ports are in hash order, not Service order). `addresses` lists every API
 * server; behind a load balancer, the join command's address is the better host.
 */
export function parseApiServerEndpoint(stdout: string): HostPort & { addresses: string[] } {
  const item = itemsOf(jsonOf('kubectl get endpoints kubernetes -o json', stdout)).find((candidate) => dig(candidate, 'metadata', 'name') === 'kubernetes');
  const subset = listAt(item, 'subsets')[0];
  const addresses = listAt(subset, 'addresses').flatMap((address) => {
    const ip = dig(address, 'ip');
    return typeof ip === 'string' && isHost(ip) ? [ip] : [];
  });
  const ports = listAt(subset, 'ports');
  const port = dig(ports.find((candidate) => dig(candidate, 'name') === 'https') ?? ports[0], 'port');
  const host = addresses[0];
  if (host === undefined || typeof port !== 'number' || !isPort(port)) {
    throw new ClusterReadError('The kubernetes endpoints have no ready address and port: is the API server running?');
  }
  return { host, port, addresses };
}

export type JoinMethod = 'kubecluster' | 'kubeadm';

export interface JoinMethodAdvice {
  method: JoinMethod;
  allowed: JoinMethod[];
  reason: string;
}

/**
 * Which way to join a Windows node to a cluster of this version. KubeCluster.ps1 runs the node on Docker
 * (dockershim); the kubeadm flow needs HostProcess containers for flannel and kube-proxy (beta and on by default
 * from 1.23, which sig-windows-tools' guide requires).
 */
export function recommendJoinMethod(version: string): JoinMethodAdvice {
  const parsed = parseClusterKubeVersion(version);
  if (!parsed) throw new ClusterReadError(`Not a Kubernetes version: ${version}`);
  if (compareMinor(parsed, 1, 23) < 0) {
    return {
      method: 'kubecluster',
      allowed: ['kubecluster'],
      reason: `${parsed.text} is older than 1.23: the containerd flow's flannel and kube-proxy run as HostProcess containers, beta and on by default only from 1.23, so KubeCluster.ps1 (Docker) is the way.`,
    };
  }
  if (compareMinor(parsed, 1, 24) < 0) {
    return {
      method: 'kubeadm',
      allowed: ['kubecluster', 'kubeadm'],
      reason: `${parsed.text} still has dockershim, so KubeCluster.ps1 works, but 1.24 removes it: containerd with kubeadm join keeps working after an upgrade.`,
    };
  }
  // The pinned PrepareNode.ps1 passes a kubelet flag 1.34 removed (modern-commands.ts refuses those versions).
  const caveat = compareMinor(parsed, 1, 34) >= 0 ? ' Note: the pinned PrepareNode.ps1 supports kubelet up to 1.33 (it passes --pod-infra-container-image, removed in 1.34).' : '';
  return {
    method: 'kubeadm',
    allowed: ['kubeadm'],
    reason: `${parsed.text}: dockershim was removed in Kubernetes 1.24, and KubeCluster.ps1 (which runs nodes on Docker) was deleted from sig-windows-tools in 2023; join with containerd and kubeadm.${caveat}`,
  };
}
