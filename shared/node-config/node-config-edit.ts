import { setFieldValue } from './field-paths.js';
import { defaultGates, kubernetesNodeUrl, nodePlugins, type NodeConfig, type NodePlugin } from './node-config-schema.js';

/** The values an operator gives directly (wizard fields, CLI options); everything else comes from the file or defaults. */
export interface NodeConfigInputs {
  plugin?: string;
  controlPlaneIp?: string;
  username?: string;
  token?: string;
  caHash?: string;
  release?: string;
  interfaceName?: string;
  clusterCidr?: string;
  serviceCidr?: string;
}

/** The field each input writes. */
export const inputFields: Readonly<Record<keyof NodeConfigInputs, string>> = {
  plugin: 'Cni.Plugin.Name',
  controlPlaneIp: 'Kubernetes.ControlPlane.IpAddress',
  username: 'Kubernetes.ControlPlane.Username',
  token: 'Kubernetes.ControlPlane.KubeadmToken',
  caHash: 'Kubernetes.ControlPlane.KubeadmCAHash',
  release: 'Kubernetes.Source.Release',
  interfaceName: 'Cni.InterfaceName',
  clusterCidr: 'Kubernetes.Network.ClusterCidr',
  serviceCidr: 'Kubernetes.Network.ServiceCidr',
};

const asPlugin = (name: string): NodePlugin | undefined => nodePlugins.find((plugin) => plugin === name.toLowerCase());

/**
 * The URL for a new release: the version segment swapped (which keeps a mirror's host), or KubeCluster.ps1's own
 * URL when the old one named no version. A URL that keeps the old version would download the wrong binaries.
 */
export function urlForRelease(url: string, oldRelease: string, release: string): string {
  const segment = `/v${oldRelease}/`;
  return oldRelease !== '' && url.includes(segment) ? url.replace(segment, `/v${release}/`) : kubernetesNodeUrl(release);
}

/**
 * Writes the given inputs into a copy of the config and lists exactly the fields that changed. Values lose
 * surrounding whitespace (a pasted token often carries a newline). Two fields follow their partner: the
 * download URL follows the release, and the kube-proxy gates follow the plugin while they are still the old
 * plugin's default (a hand-written gate list is left for validation to judge).
 */
export function applyNodeConfigInputs(config: NodeConfig, inputs: NodeConfigInputs): { config: NodeConfig; changed: string[] } {
  const next = structuredClone(config);
  const changed: string[] = [];
  const write = (field: string, value: string) => {
    if (setFieldValue(next, field, value)) changed.push(field);
  };
  const given = (key: keyof NodeConfigInputs) => inputs[key]?.trim();
  const { Source: source, KubeProxy: proxy } = next.Kubernetes;

  const release = given('release');
  if (release !== undefined && release !== source.Release) write('Kubernetes.Source.Url', urlForRelease(source.Url, source.Release, release));
  const plugin = given('plugin');
  if (plugin !== undefined && plugin !== next.Cni.Plugin.Name) {
    const [before, after] = [asPlugin(next.Cni.Plugin.Name), asPlugin(plugin)];
    const stillDefault = before === undefined || proxy.Gates === '' || proxy.Gates === defaultGates[before];
    if (after && stillDefault) write('Kubernetes.KubeProxy.Gates', defaultGates[after]);
  }
  for (const key of Object.keys(inputFields) as Array<keyof NodeConfigInputs>) {
    const value = given(key);
    if (value !== undefined) write(inputFields[key], value);
  }
  return { config: next, changed };
}
