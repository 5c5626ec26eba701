import { exportNodeConfig } from '../../../../../shared/node-config/export-node-config.js';
import { defaultNodeConfig } from '../../../../../shared/node-config/node-config-schema.js';

export const testToken = 'abcdef.0123456789abcdef';
export const testCaHash = `sha256:${'0123456789abcdef'.repeat(4)}`;

/** A valid Kubeclustervxlan.json as the wizard exports it, pointing at a private control-plane address (simulations never connect to it). */
export function nodeConfigText(overrides: { ip?: string; interfaceName?: string; plugin?: 'vxlan' | 'bridge' } = {}): string {
  const config = defaultNodeConfig(overrides.plugin ?? 'vxlan');
  config.Cni.InterfaceName = overrides.interfaceName ?? 'Ethernet';
  config.Kubernetes.ControlPlane = { IpAddress: overrides.ip ?? '10.0.0.10', Username: 'root', KubeadmToken: testToken, KubeadmCAHash: testCaHash };
  return exportNodeConfig(config);
}
