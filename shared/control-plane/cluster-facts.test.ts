import { describe, expect, it } from 'vitest';
import { KubectlOutputError, parseDaemonSetSelector, parseFlannelConfigMap, parseKubeadmConfig, parseNodes, parsePods, parseServiceIp } from './cluster-facts.js';

// Shapes as kubectl prints them (4-space indent, sorted keys, List wrapper) per the transcripts.
const list = (items: unknown[]) => JSON.stringify({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '', selfLink: '' } }, null, 4);

describe('kubectl JSON parsers', () => {
  it('reads the networking of kubeadm-config', () => {
    const configMap = {
      apiVersion: 'v1',
      data: { ClusterConfiguration: 'apiVersion: kubeadm.k8s.io/v1beta2\nkind: ClusterConfiguration\nkubernetesVersion: v1.16.2\nnetworking:\n  dnsDomain: cluster.local\n  podSubnet: 10.244.0.0/16\n  serviceSubnet: 10.96.0.0/12\n' },
      kind: 'ConfigMap',
      metadata: { name: 'kubeadm-config', namespace: 'kube-system' },
    };
    expect(parseKubeadmConfig(JSON.stringify(configMap, null, 4))).toEqual({ podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/12', kubernetesVersion: 'v1.16.2' });
  });

  it('reads nodes: OS from either label era, readiness, pod ranges', () => {
    const nodes = list([
      { apiVersion: 'v1', kind: 'Node', metadata: { labels: { 'kubernetes.io/os': 'linux' }, name: 'master' }, spec: { podCIDR: '10.244.0.0/24', podCIDRs: ['10.244.0.0/24'] }, status: { conditions: [{ status: 'True', type: 'Ready' }] } },
      { apiVersion: 'v1', kind: 'Node', metadata: { labels: { 'beta.kubernetes.io/os': 'windows' }, name: 'win-1', selfLink: '/api/v1/nodes/win-1' }, spec: { podCIDR: '10.244.1.0/24' }, status: { conditions: [{ status: 'False', type: 'Ready' }] } },
    ]);
    expect(parseNodes(nodes)).toEqual([
      { name: 'master', os: 'linux', ready: true, podCidrs: ['10.244.0.0/24'] },
      { name: 'win-1', os: 'windows', ready: false, podCidrs: ['10.244.1.0/24'] },
    ]);
  });

  it('reads the DNS IP, the deployed net-conf, pods and a DaemonSet selector', () => {
    expect(parseServiceIp(JSON.stringify({ kind: 'Service', metadata: { name: 'kube-dns' }, spec: { clusterIP: '10.96.0.10' } }))).toBe('10.96.0.10');
    const cfg = { kind: 'ConfigMap', metadata: { name: 'kube-flannel-cfg' }, data: { 'net-conf.json': '{\n  "Network": "10.244.0.0/16",\n  "Backend": {\n    "Type": "vxlan",\n    "VNI": 4096,\n    "Port": 4789\n  }\n}\n' } };
    expect(parseFlannelConfigMap(JSON.stringify(cfg))).toEqual({ network: '10.244.0.0/16', backendType: 'vxlan', vni: 4096, port: 4789 });
    expect(parsePods(list([{ metadata: { name: 'kube-flannel-ds-x' }, spec: { nodeName: 'master' }, status: { phase: 'Running' } }]))).toEqual([{ name: 'kube-flannel-ds-x', node: 'master', phase: 'Running' }]);
    const ds = { kind: 'DaemonSet', metadata: { name: 'kube-flannel-ds' }, spec: { template: { spec: { nodeSelector: { 'kubernetes.io/os': 'linux' } } } } };
    expect(parseDaemonSetSelector(JSON.stringify(ds))).toEqual({ 'kubernetes.io/os': 'linux' });
  });

  it('says what it expected when kubectl printed something else', () => {
    expect(() => parseNodes('Error from server (Forbidden): nodes is forbidden')).toThrow(KubectlOutputError);
    expect(() => parseNodes('{"kind":"Node"}')).toThrow(/Unexpected JSON for the node list/);
    expect(() => parseKubeadmConfig(JSON.stringify({ kind: 'ConfigMap', metadata: { name: 'x' }, data: {} }))).toThrow(/no ClusterConfiguration/);
  });
});
