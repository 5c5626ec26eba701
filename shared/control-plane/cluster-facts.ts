import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { configMapSchema, daemonSetSchema, listSchema, nodeSchema, podSchema, serviceSchema } from './kubectl-json.js';

/** What the control plane says about its own networking, read from kubectl's JSON. */
export interface ClusterNetworking {
  podSubnet?: string;
  serviceSubnet?: string;
  kubernetesVersion?: string;
}

export interface ClusterNode {
  name: string;
  os: string;
  ready: boolean;
  podCidrs: string[];
}

export interface FlannelNetConf {
  network?: string;
  backendType?: string;
  vni?: number;
  port?: number;
}

export class KubectlOutputError extends Error {
  override readonly name = 'KubectlOutputError';
}

function parseJson<T extends z.ZodType>(text: string, schema: T, what: string): z.output<T> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new KubectlOutputError(`kubectl did not print JSON for ${what}: ${text.slice(0, 120)}`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new KubectlOutputError(`Unexpected JSON for ${what}: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/** `kubectl -n kube-system get configmap kubeadm-config -o json`: the ClusterConfiguration's networking. */
export function parseKubeadmConfig(json: string): ClusterNetworking {
  const configMap = parseJson(json, configMapSchema, 'the kubeadm-config ConfigMap');
  const text = configMap.data?.ClusterConfiguration;
  if (!text) throw new KubectlOutputError('The kubeadm-config ConfigMap has no ClusterConfiguration.');
  const config = parseYaml(text) as { networking?: { podSubnet?: string; serviceSubnet?: string }; kubernetesVersion?: string } | null;
  return {
    podSubnet: config?.networking?.podSubnet,
    serviceSubnet: config?.networking?.serviceSubnet,
    kubernetesVersion: config?.kubernetesVersion,
  };
}

/** `kubectl get nodes -o json`: each node's OS, readiness and pod ranges. */
export function parseNodes(json: string): ClusterNode[] {
  return parseJson(json, listSchema(nodeSchema), 'the node list').items.map((node) => ({
    name: node.metadata.name,
    os: node.metadata.labels?.['kubernetes.io/os'] ?? node.metadata.labels?.['beta.kubernetes.io/os'] ?? node.status?.nodeInfo?.operatingSystem ?? 'unknown',
    ready: node.status?.conditions?.some((condition) => condition.type === 'Ready' && condition.status === 'True') ?? false,
    podCidrs: node.spec?.podCIDRs ?? (node.spec?.podCIDR ? [node.spec.podCIDR] : []),
  }));
}

/** `kubectl -n kube-system get svc kube-dns -o json`: the DNS Service IP. */
export function parseServiceIp(json: string): string | undefined {
  return parseJson(json, serviceSchema, 'the kube-dns Service').spec.clusterIP;
}

/** `kubectl -n NS get configmap kube-flannel-cfg -o json`: what a deployed flannel uses. */
export function parseFlannelConfigMap(json: string): FlannelNetConf {
  const configMap = parseJson(json, configMapSchema, 'the kube-flannel-cfg ConfigMap');
  const text = configMap.data?.['net-conf.json'];
  if (!text) throw new KubectlOutputError('The kube-flannel-cfg ConfigMap has no net-conf.json.');
  let conf: { Network?: string; Backend?: { Type?: string; VNI?: number; Port?: number } };
  try {
    conf = JSON.parse(text) as typeof conf;
  } catch {
    throw new KubectlOutputError('The deployed net-conf.json is not valid JSON.');
  }
  return { network: conf.Network, backendType: conf.Backend?.Type, vni: conf.Backend?.VNI, port: conf.Backend?.Port };
}

export interface PodState {
  name: string;
  node?: string;
  phase: string;
}

/** `kubectl -n NS get pods -l app=flannel -o json`. */
export function parsePods(json: string): PodState[] {
  return parseJson(json, listSchema(podSchema), 'the pod list').items.map((pod) => ({
    name: pod.metadata.name,
    node: pod.spec?.nodeName,
    phase: pod.status?.phase ?? 'Unknown',
  }));
}

/** `kubectl -n NS get ds NAME -o json`: the node selector the DaemonSet's pods get. */
export function parseDaemonSetSelector(json: string): Record<string, string> {
  return parseJson(json, daemonSetSchema, 'the DaemonSet').spec.template.spec.nodeSelector ?? {};
}
