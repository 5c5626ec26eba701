import { setFieldValue } from '../../../../shared/node-config/field-paths.js';
import type { ImportedNodeConfig } from '../../../../shared/node-config/import-node-config.js';
import { applyNodeConfigInputs } from '../../../../shared/node-config/node-config-edit.js';
import { defaultGates, exportFileNames, FLANNELD_SOURCE, kubernetesNodeUrl, nodePlugins, pluginOf, type ExtraField, type NodeConfig } from '../../../../shared/node-config/node-config-schema.js';
import type { IpPlanDraft, NodeConfigDraft, PlanSecrets } from '../../../../shared/plan/plan-schema.js';

export const TOKEN_FIELD = 'Kubernetes.ControlPlane.KubeadmToken';
export const CA_HASH_FIELD = 'Kubernetes.ControlPlane.KubeadmCAHash';
const RELEASE_FIELD = 'Kubernetes.Source.Release';
const PLUGIN_FIELD = 'Cni.Plugin.Name';

/** Everything the exported file is made of: the draft, the sealed secrets, the IP plan and the Flannel step's SSH user. */
export interface ConfigSources {
  draft: NodeConfigDraft;
  secrets: PlanSecrets;
  ipPlan: Pick<IpPlanDraft, 'clusterCidr' | 'serviceCidr'>;
  sshUsername: string;
}

/**
 * The config as validated, previewed and exported: the secrets merged in, the IP plan's ranges (never typed
 * twice) and, when the control-plane user is left empty, the user the Flannel step connects as.
 */
export function effectiveNodeConfig(sources: ConfigSources): NodeConfig {
  const { draft, secrets, ipPlan } = sources;
  const username = draft.config.Kubernetes.ControlPlane.Username.trim() === '' ? { username: sources.sshUsername } : {};
  return applyNodeConfigInputs(draft.config, {
    token: secrets.kubeadmToken,
    caHash: secrets.kubeadmCaHash,
    clusterCidr: ipPlan.clusterCidr,
    serviceCidr: ipPlan.serviceCidr,
    ...username,
  }).config;
}

/** Splits a config (an imported file) into what the draft keeps and the two values that belong in the sealed secrets. */
export function withoutSecrets(config: NodeConfig): { config: NodeConfig; secrets: PlanSecrets } {
  const next = structuredClone(config);
  const plane = next.Kubernetes.ControlPlane;
  const secrets = { kubeadmToken: plane.KubeadmToken, kubeadmCaHash: plane.KubeadmCAHash };
  plane.KubeadmToken = '';
  plane.KubeadmCAHash = '';
  return { config: next, secrets };
}

/**
 * One typed value into a copy of the draft. Two fields carry a partner along while the partner still holds
 * the default: the download URL follows the release, the kube-proxy gates follow the plugin.
 */
export function editField(config: NodeConfig, field: string, value: string): NodeConfig {
  if (field === TOKEN_FIELD || field === CA_HASH_FIELD) throw new Error(`${field} is kept in the plan's secrets, not in the config`);
  const next = structuredClone(config);
  if (field === RELEASE_FIELD) {
    const source = next.Kubernetes.Source;
    if (source.Url.trim() === '' || source.Url === kubernetesNodeUrl(source.Release.trim())) source.Url = kubernetesNodeUrl(value.trim());
  }
  if (field === PLUGIN_FIELD) {
    const before = pluginOf(next);
    const after = nodePlugins.find((plugin) => plugin === value.trim().toLowerCase());
    const proxy = next.Kubernetes.KubeProxy;
    if (after && (proxy.Gates.trim() === '' || (before !== undefined && proxy.Gates === defaultGates[before]))) proxy.Gates = defaultGates[after];
  }
  setFieldValue(next, field, value);
  return next;
}

export function addSource(config: NodeConfig): NodeConfig {
  const source = config.Cni.Source.length === 0 ? { ...FLANNELD_SOURCE } : { Name: '', Url: '' };
  return { ...config, Cni: { ...config.Cni, Source: [...config.Cni.Source, source] } };
}

export function removeSource(config: NodeConfig, index: number): NodeConfig {
  return { ...config, Cni: { ...config.Cni, Source: config.Cni.Source.filter((_, i) => i !== index) } };
}

/** Keeps a secret's shape (the dot, the `sha256:` prefix) so the preview still reads as a file, and nothing else. */
export function maskSecret(value: string): string {
  const prefix = value.startsWith('sha256:') ? 'sha256:' : '';
  return prefix + value.slice(prefix.length).replace(/[^.]/g, '*');
}

export function maskSecrets(config: NodeConfig): NodeConfig {
  const next = structuredClone(config);
  const plane = next.Kubernetes.ControlPlane;
  plane.KubeadmToken = maskSecret(plane.KubeadmToken);
  plane.KubeadmCAHash = maskSecret(plane.KubeadmCAHash);
  return next;
}

export function exportFileName(config: NodeConfig): string {
  return exportFileNames[pluginOf(config) ?? 'vxlan'];
}

/** What an import puts where: the draft's config and extras, the sealed secrets, and a word when its ranges are not the plan's. */
export interface ImportedDraft {
  config: NodeConfig;
  extras: ExtraField[];
  secrets: PlanSecrets;
  networkNote: string | undefined;
}

/** Undefined when the file could not be read at all: then nothing typed may be replaced. */
export function importedDraft(result: ImportedNodeConfig, ipPlan: ConfigSources['ipPlan']): ImportedDraft | undefined {
  if (!result.config) return undefined;
  const { config, secrets } = withoutSecrets(result.config);
  const file = config.Kubernetes.Network;
  const [service, cluster] = [ipPlan.serviceCidr.trim(), ipPlan.clusterCidr.trim()];
  const same = file.ServiceCidr.trim() === service && file.ClusterCidr.trim() === cluster;
  const networkNote = same
    ? undefined
    : `The file's ranges (service ${file.ServiceCidr}, cluster ${file.ClusterCidr}) differ from the IP plan's (service ${service}, cluster ${cluster}). Export writes the IP plan's; change them in step 1 if the file is right.`;
  return { config, extras: result.extras, secrets, networkNote };
}
