import { describe, expect, it } from 'vitest';
import { exportNodeConfig } from '../../../../shared/node-config/export-node-config.js';
import { importNodeConfig } from '../../../../shared/node-config/import-node-config.js';
import { defaultNodeConfig, kubernetesNodeUrl } from '../../../../shared/node-config/node-config-schema.js';
import { example } from '../../../../shared/node-config/testing/examples.js';
import { defaultNodeConfigDraft } from '../../../../shared/plan/plan-schema.js';
import { addSource, editField, effectiveNodeConfig, exportFileName, importedDraft, maskSecret, removeSource, withoutSecrets, type ConfigSources } from './config-model.js';

const token = 'abcdef.0123456789abcdef';
const caHash = `sha256:${'a1'.repeat(32)}`;
const ipPlan = { clusterCidr: '10.200.0.0/16', serviceCidr: '10.96.0.0/12' };
const sources = (change: Partial<ConfigSources> = {}): ConfigSources => ({
  draft: defaultNodeConfigDraft(),
  secrets: { kubeadmToken: '', kubeadmCaHash: '' },
  ipPlan,
  sshUsername: 'root',
  ...change,
});

describe('effectiveNodeConfig', () => {
  it('merges the secrets (trimmed) and the IP plan ranges; the draft keeps neither', () => {
    const input = sources({ secrets: { kubeadmToken: ` ${token}\n`, kubeadmCaHash: caHash } });
    const config = effectiveNodeConfig(input);
    expect(config.Kubernetes.ControlPlane).toMatchObject({ KubeadmToken: token, KubeadmCAHash: caHash, Username: 'localadmin' });
    expect(config.Kubernetes.Network).toEqual({ ServiceCidr: '10.96.0.0/12', ClusterCidr: '10.200.0.0/16' });
    expect(input.draft.config.Kubernetes.ControlPlane.KubeadmToken).toBe('');
    expect(input.draft.config.Kubernetes.Network.ClusterCidr).toBe('10.244.0.0/16');
  });

  it('uses the Flannel step’s SSH user when the control-plane user is empty', () => {
    const draft = { ...defaultNodeConfigDraft(), config: editField(defaultNodeConfig(), 'Kubernetes.ControlPlane.Username', ' ') };
    expect(effectiveNodeConfig(sources({ draft })).Kubernetes.ControlPlane.Username).toBe('root');
  });
});

describe('editField', () => {
  it('moves the URL with the release while it is the default download', () => {
    let config = editField(defaultNodeConfig(), 'Kubernetes.Source.Release', '1.16.2');
    expect(config.Kubernetes.Source).toEqual({ Release: '1.16.2', Url: kubernetesNodeUrl('1.16.2') });
    config = editField(config, 'Kubernetes.Source.Url', 'https://mirror.example/k8s.tar.gz');
    config = editField(config, 'Kubernetes.Source.Release', '1.17.0');
    expect(config.Kubernetes.Source).toEqual({ Release: '1.17.0', Url: 'https://mirror.example/k8s.tar.gz' });
  });

  it('switches the gates with the plugin only while they are the old plugin’s default', () => {
    const bridge = editField(defaultNodeConfig(), 'Cni.Plugin.Name', 'bridge');
    expect(bridge.Kubernetes.KubeProxy.Gates).toBe('WinDSR=true');
    expect(editField(bridge, 'Cni.Plugin.Name', 'vxlan').Kubernetes.KubeProxy.Gates).toBe('WinOverlay=true');
    const custom = editField(bridge, 'Kubernetes.KubeProxy.Gates', 'WinDSR=true,Foo=true');
    expect(editField(custom, 'Cni.Plugin.Name', 'vxlan').Kubernetes.KubeProxy.Gates).toBe('WinDSR=true,Foo=true');
  });

  it('refuses the secrets: they belong in the plan’s sealed secrets', () => {
    expect(() => editField(defaultNodeConfig(), 'Kubernetes.ControlPlane.KubeadmToken', token)).toThrow(/secrets/);
  });

  it('adds and removes daemon sources', () => {
    const none = removeSource(defaultNodeConfig(), 0);
    expect(none.Cni.Source).toEqual([]);
    expect(addSource(none).Cni.Source[0]?.Name).toBe('flanneld');
    expect(addSource(defaultNodeConfig()).Cni.Source[1]).toEqual({ Name: '', Url: '' });
  });
});

describe('secrets and file names', () => {
  it('masks a secret keeping only its shape', () => {
    expect(maskSecret(token)).toBe('******.****************');
    expect(maskSecret(caHash)).toBe(`sha256:${'*'.repeat(64)}`);
    expect(maskSecret('')).toBe('');
  });

  it('splits an imported config into draft and secrets', () => {
    const config = editField(defaultNodeConfig(), 'Kubernetes.ControlPlane.IpAddress', '10.0.0.4');
    config.Kubernetes.ControlPlane.KubeadmToken = token;
    const split = withoutSecrets(config);
    expect(split.secrets).toEqual({ kubeadmToken: token, kubeadmCaHash: '' });
    expect(split.config.Kubernetes.ControlPlane).toMatchObject({ IpAddress: '10.0.0.4', KubeadmToken: '' });
    expect(config.Kubernetes.ControlPlane.KubeadmToken).toBe(token);
  });

  it('names the file after the plugin', () => {
    expect(exportFileName(defaultNodeConfig('vxlan'))).toBe('Kubeclustervxlan.json');
    expect(exportFileName(defaultNodeConfig('bridge'))).toBe('Kubeclusterbridge.json');
  });
});

describe('importedDraft', () => {
  const seed = example('seed-Kubeclustervxlan.jsonc');

  it('fills the draft from the published example, placeholders in the secrets, and says the ranges differ', () => {
    const draft = importedDraft(importNodeConfig(seed), ipPlan);
    expect(draft?.secrets).toEqual({ kubeadmToken: 'token', kubeadmCaHash: 'discovery-token-ca-cert-hash' });
    expect(draft?.config.Kubernetes.ControlPlane).toMatchObject({ IpAddress: 'kubemasterIP', KubeadmToken: '', KubeadmCAHash: '' });
    expect(draft?.networkNote).toContain('cluster 10.244.0.0/16');
    expect(importedDraft(importNodeConfig(seed), { clusterCidr: '10.244.0.0/16', serviceCidr: '10.96.0.0/12' })?.networkNote).toBeUndefined();
  });

  it('gives nothing for a file that does not parse', () => {
    expect(importedDraft(importNodeConfig('{ "Cri": {'), ipPlan)).toBeUndefined();
  });

  it('round-trips an exported file: the same text comes back out', () => {
    const text = exportNodeConfig(effectiveNodeConfig(sources({ secrets: { kubeadmToken: token, kubeadmCaHash: caHash } })), { indent: 4 });
    const draft = importedDraft(importNodeConfig(text), ipPlan)!;
    const again = effectiveNodeConfig(sources({ draft: { config: draft.config, extras: draft.extras, windowsBuild: '' }, secrets: draft.secrets }));
    expect(exportNodeConfig(again, { indent: 4, extras: draft.extras })).toBe(text);
  });
});
