import { describe, expect, it } from 'vitest';
import { comparePlanWithCluster, type ClusterFacts } from './compare-plan.js';

const plan = { clusterCidr: '10.244.0.0/16', serviceCidr: '10.96.0.0/12', dnsIp: '10.96.0.10' };
const agreeing: ClusterFacts = {
  networking: { podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/12', kubernetesVersion: 'v1.16.0' },
  nodes: [
    { name: 'master', os: 'linux', ready: true, podCidrs: ['10.244.0.0/24'] },
    { name: 'win-1', os: 'windows', ready: true, podCidrs: ['10.244.1.0/24'] },
  ],
  dnsIp: '10.96.0.10',
  flannel: { network: '10.244.0.0/16', backendType: 'vxlan', vni: 4096, port: 4789 },
};

describe('comparePlanWithCluster', () => {
  it('finds nothing when the cluster matches the plan', () => {
    expect(comparePlanWithCluster(plan, agreeing)).toEqual([]);
    expect(comparePlanWithCluster(plan, { ...agreeing, flannel: undefined, nodes: [] })).toEqual([]);
  });

  const cases: Array<[string, Partial<ClusterFacts>, string, string]> = [
    ['pod subnet differs', { networking: { ...agreeing.networking, podSubnet: '10.200.0.0/16' } }, 'Pod subnet (kubeadm podSubnet)', '10.200.0.0/16'],
    ['no pod subnet at all', { networking: { serviceSubnet: '10.96.0.0/12' } }, 'Pod subnet (kubeadm podSubnet)', 'not set'],
    ['service subnet differs', { networking: { ...agreeing.networking, serviceSubnet: '10.112.0.0/12' } }, 'Service subnet (kubeadm serviceSubnet)', '10.112.0.0/12'],
    ['a node outside the cluster range', { nodes: [{ name: 'old', os: 'linux', ready: true, podCidrs: ['10.245.3.0/24'] }] }, 'Pod range of node old', '10.245.3.0/24'],
    ['DNS differs', { dnsIp: '10.96.0.11' }, 'kube-dns Service IP', '10.96.0.11'],
    ['deployed flannel on another network', { flannel: { network: '192.168.0.0/16' } }, 'Network of the deployed flannel (net-conf.json)', '192.168.0.0/16'],
  ];
  it.each(cases)('%s: shows both sides', (_name, change, what, clusterSide) => {
    const mismatches = comparePlanWithCluster(plan, { ...agreeing, ...change });
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ what, cluster: clusterSide });
    expect(mismatches[0]!.plan).not.toBe('');
    expect(mismatches[0]!.why.length).toBeGreaterThan(20);
  });

  it('compares ranges and addresses by value, not by spelling', () => {
    expect(comparePlanWithCluster({ ...plan, clusterCidr: ' 10.244.0.0/16 ' }, { ...agreeing, dnsIp: '10.96.0.10' })).toEqual([]);
  });
});
