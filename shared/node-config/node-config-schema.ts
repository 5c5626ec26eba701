import { z } from 'zod';

/**
 * The file `KubeCluster.ps1 -ConfigFile Kubeclustervxlan.json` reads, field by field, in the order the published
 * examples use (export writes this order). Every leaf is a string as typed: the rules (token shape, https, plugin
 * names …) live in validate-node-config.ts, so an imported file with a wrong value still fills the form and is
 * reported at its field instead of being refused whole.
 */
export const MAX_TEXT = 4096;
export const MAX_SOURCES = 64;
const text = z.string().max(MAX_TEXT);

export const nodeConfigSchema = z.strictObject({
  Cri: z.strictObject({
    Name: text,
    Images: z.strictObject({ Pause: text, Nanoserver: text, ServerCore: text }),
  }),
  Cni: z.strictObject({
    Name: text,
    Source: z.array(z.strictObject({ Name: text, Url: text })).max(MAX_SOURCES),
    Plugin: z.strictObject({ Name: text }),
    InterfaceName: text,
  }),
  Kubernetes: z.strictObject({
    Source: z.strictObject({ Release: text, Url: text }),
    ControlPlane: z.strictObject({ IpAddress: text, Username: text, KubeadmToken: text, KubeadmCAHash: text }),
    KubeProxy: z.strictObject({ Gates: text }),
    Network: z.strictObject({ ServiceCidr: text, ClusterCidr: text }),
  }),
  Install: z.strictObject({ Destination: text }),
});
export type NodeConfig = z.infer<typeof nodeConfigSchema>;

/** A field of the file the model does not know, kept aside so export can put it back where it was. */
export const extraFieldSchema = z.strictObject({
  /** Dotted path of the known object that holds it (`''` for the top level, `Cni.Source.0` for a list item). */
  parent: z.string(),
  key: z.string(),
  /** The key it followed in the original file, `null` when it came first. */
  after: z.string().nullable(),
  value: z.json(),
});
export type ExtraField = z.infer<typeof extraFieldSchema>;

export const nodePlugins = ['vxlan', 'bridge'] as const;
export type NodePlugin = (typeof nodePlugins)[number];

/** PowerShell compares strings case-insensitively, so KubeCluster.ps1 accepts `VXLAN` too. */
export function pluginOf(config: NodeConfig): NodePlugin | undefined {
  const name = config.Cni.Plugin.Name.toLowerCase();
  return nodePlugins.find((plugin) => plugin === name);
}

/** `WinOverlay=true` is what overlay needs; the published bridge example turns on Direct Server Return. */
export const defaultGates: Record<NodePlugin, string> = { vxlan: 'WinOverlay=true', bridge: 'WinDSR=true' };

export const exportFileNames: Record<NodePlugin, string> = { vxlan: 'Kubeclustervxlan.json', bridge: 'Kubeclusterbridge.json' };

export const DEFAULT_RELEASE = '1.15.0';
export const FLANNELD_SOURCE = { Name: 'flanneld', Url: 'https://github.com/coreos/flannel/releases/download/v0.11.0/flanneld.exe' } as const;
export const DEFAULT_INSTALL_DESTINATION = 'C:\\ProgramData\\Kubernetes';

/** The URL KubeCluster.ps1 itself builds when `Kubernetes.Source.Url` is absent, and the examples spell out. */
export function kubernetesNodeUrl(release: string): string {
  return `https://dl.k8s.io/v${release}/kubernetes-node-windows-amd64.tar.gz`;
}

/**
 * A new config with the seed guide's values. The control-plane address, token and CA hash start empty: they
 * come from the control plane, never from the published example's placeholders.
 */
export function defaultNodeConfig(plugin: NodePlugin = 'vxlan'): NodeConfig {
  return {
    Cri: {
      Name: 'dockerd',
      Images: {
        Pause: 'mcr.microsoft.com/k8s/core/pause:1.2.0',
        Nanoserver: 'mcr.microsoft.com/windows/nanoserver:1809',
        ServerCore: 'mcr.microsoft.com/windows/servercore:ltsc2019',
      },
    },
    Cni: { Name: 'flannel', Source: [{ ...FLANNELD_SOURCE }], Plugin: { Name: plugin }, InterfaceName: 'Ethernet' },
    Kubernetes: {
      Source: { Release: DEFAULT_RELEASE, Url: kubernetesNodeUrl(DEFAULT_RELEASE) },
      ControlPlane: { IpAddress: '', Username: 'localadmin', KubeadmToken: '', KubeadmCAHash: '' },
      KubeProxy: { Gates: defaultGates[plugin] },
      Network: { ServiceCidr: '10.96.0.0/12', ClusterCidr: '10.244.0.0/16' },
    },
    Install: { Destination: DEFAULT_INSTALL_DESTINATION },
  };
}
