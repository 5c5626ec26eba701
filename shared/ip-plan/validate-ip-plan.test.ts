import { describe, expect, it } from 'vitest';
import type { IpPlanDraft } from '../plan/plan-schema.js';
import type { PlanErrorCode, PlanWarningCode } from './plan-issues.js';
import { validateIpPlan } from './validate-ip-plan.js';

const seeds: IpPlanDraft = {
  nodes: '5',
  podsPerNode: '100',
  clusterCidr: '10.244.0.0/16',
  serviceCidr: '10.96.0.0/12',
  dnsIp: '10.96.0.10',
  nodeMask: '24',
  existingNetworks: [],
};
const plan = (change: Partial<IpPlanDraft>) => validateIpPlan({ ...seeds, ...change });
const codes = (change: Partial<IpPlanDraft>) => plan(change).errors.map((error) => error.code);
const warningCodes = (change: Partial<IpPlanDraft>) => plan(change).warnings.map((warning) => warning.code);

/** Each rule with a plan just inside the boundary (no such error) and just outside it (the error, at its field). */
const boundaries: Array<{ code: PlanErrorCode; field: string; passes: Partial<IpPlanDraft>; fails: Partial<IpPlanDraft> }> = [
  { code: 'INPUT_INVALID', field: 'nodes', passes: { nodes: '1' }, fails: { nodes: '0' } },
  { code: 'INPUT_INVALID', field: 'podsPerNode', passes: { podsPerNode: '1' }, fails: { podsPerNode: '1.5' } },
  { code: 'INPUT_INVALID', field: 'nodeMask', passes: { nodeMask: '32', podsPerNode: '1', nodes: '1', clusterCidr: '10.244.0.0/16' }, fails: { nodeMask: '33' } },
  // 256 /24 node subnets fit a /16 exactly.
  { code: 'NODE_SUBNETS_EXHAUSTED', field: 'clusterCidr', passes: { nodes: '256' }, fails: { nodes: '257' } },
  { code: 'NODE_SUBNETS_EXHAUSTED', field: 'clusterCidr', passes: { nodes: '1', podsPerNode: '10', clusterCidr: '10.244.0.0/24' }, fails: { nodes: '1', podsPerNode: '10', clusterCidr: '10.244.0.0/25' } },
  // The seeds' rule at its exact boundary: 1 + 1 × 255 = 256 addresses fit a /24, 1 + 1 × 256 do not.
  { code: 'CLUSTER_TOO_SMALL', field: 'clusterCidr', passes: { nodes: '1', podsPerNode: '255', clusterCidr: '10.244.0.0/24' }, fails: { nodes: '1', podsPerNode: '256', clusterCidr: '10.244.0.0/24' } },
  { code: 'CLUSTER_TOO_SMALL', field: 'clusterCidr', passes: { clusterCidr: '10.244.0.0/23' }, fails: { clusterCidr: '10.244.0.0/24' } },
  { code: 'PODS_EXCEED_NODE_SUBNET', field: 'podsPerNode', passes: { podsPerNode: '253', nodes: '2' }, fails: { podsPerNode: '254', nodes: '2' } },
  { code: 'SERVICE_RANGE_TOO_LARGE', field: 'serviceCidr', passes: { serviceCidr: '10.96.0.0/12' }, fails: { serviceCidr: '10.96.0.0/11' } },
  { code: 'SERVICE_RANGE_TOO_SMALL', field: 'serviceCidr', passes: { serviceCidr: '10.96.0.0/28' }, fails: { serviceCidr: '10.96.0.0/29', dnsIp: '10.96.0.3' } },
  { code: 'CLUSTER_RANGE_TOO_LARGE', field: 'clusterCidr', passes: { clusterCidr: '10.0.0.0/8', nodeMask: '24' }, fails: { clusterCidr: '10.0.0.0/7', nodeMask: '24' } },
  { code: 'DNS_OUTSIDE_SERVICE', field: 'dnsIp', passes: { dnsIp: '10.111.255.254' }, fails: { dnsIp: '10.112.0.0' } },
  { code: 'DNS_OUTSIDE_SERVICE', field: 'dnsIp', passes: { dnsIp: '10.96.0.2' }, fails: { dnsIp: '10.95.255.255' } },
  { code: 'DNS_RESERVED', field: 'dnsIp', passes: { dnsIp: '10.96.0.2' }, fails: { dnsIp: '10.96.0.1' } },
  { code: 'DNS_RESERVED', field: 'dnsIp', passes: { dnsIp: '10.111.255.254' }, fails: { dnsIp: '10.111.255.255' } },
  { code: 'SUBNET_OVERLAP', field: 'serviceCidr', passes: { clusterCidr: '10.112.0.0/16' }, fails: { clusterCidr: '10.111.0.0/16' } },
  { code: 'SUBNET_OVERLAP', field: 'clusterCidr', passes: { existingNetworks: ['10.243.255.0/24'] }, fails: { existingNetworks: ['10.244.255.0/24'] } },
];

describe('validateIpPlan rules, each with its boundary on both sides', () => {
  it('accepts the seeds’ plan with the seeds’ numbers', () => {
    expect(plan({})).toEqual({
      ok: true,
      errors: [],
      warnings: [],
      minimumAddresses: 505,
      clusterAddresses: 65536,
      maxNodes: 256,
      headroom: 251,
      suggestedClusterCidr: '10.244.0.0/21',
    });
  });

  it.each(boundaries)('$code at $field', ({ code, field, passes, fails }) => {
    expect(codes(passes)).not.toContain(code);
    const failing = plan(fails).errors.filter((error) => error.code === code);
    expect(failing.length).toBeGreaterThan(0);
    expect(failing[0]!.field).toBe(field);
  });

  it('INPUT_INVALID: missing, not a whole number, or below 1', () => {
    for (const nodes of ['', '  ', 'five', '-1', '2.0', '1e3', '0x10']) expect(codes({ nodes })).toContain('INPUT_INVALID');
    expect(plan({ nodes: '' }).errors[0]!.message).toMatch(/missing/);
  });

  it('CIDR_INVALID for malformed ranges, in every CIDR field', () => {
    for (const clusterCidr of ['10.244.0.0/33', '10.244.0/16', '300.1.1.1/8', 'abc', '10.244.0.0', '::1/128']) {
      expect(codes({ clusterCidr })).toEqual(['CIDR_INVALID']);
    }
    expect(plan({ serviceCidr: 'x' }).errors[0]).toMatchObject({ code: 'CIDR_INVALID', field: 'serviceCidr' });
    expect(plan({ existingNetworks: ['192.168.1.0/24', 'nope'] }).errors[0]).toMatchObject({ code: 'CIDR_INVALID', field: 'existingNetworks.1' });
  });

  it('CIDR_HOST_BITS_SET names the network the operator probably meant', () => {
    const [error] = plan({ clusterCidr: '10.244.1.0/16' }).errors;
    expect(error).toMatchObject({ code: 'CIDR_HOST_BITS_SET', field: 'clusterCidr' });
    expect(error!.message).toContain('10.244.0.0/16');
  });

  it('accepts an existing network written as a host address (as interfaces are)', () => {
    expect(codes({ existingNetworks: ['192.168.1.23/24'] })).toEqual([]);
    expect(codes({ existingNetworks: ['10.244.7.9/24'] })).toEqual(['SUBNET_OVERLAP']);
  });

  it('IP_INVALID for a DNS IP that is not an IPv4 address', () => {
    for (const dnsIp of ['10.96.0', '10.96.0.256', 'kube-dns', '10.96.0.10/32', '']) expect(codes({ dnsIp })).toEqual(['IP_INVALID']);
  });

  it('CLUSTER_TOO_SMALL follows the seeds’ example: 5 nodes × 100 pods need 505 addresses', () => {
    const report = plan({ clusterCidr: '10.244.0.0/24' });
    expect(report.minimumAddresses).toBe(505);
    const error = report.errors.find((e) => e.code === 'CLUSTER_TOO_SMALL');
    expect(error?.message).toBe('Cluster CIDR 10.244.0.0/24 holds 256 addresses; 5 nodes + 5 × 100 pods need 505.');
  });

  it('NODE_SUBNETS_EXHAUSTED when the cluster prefix is longer than the node mask', () => {
    expect(plan({ nodes: '1', podsPerNode: '1', clusterCidr: '10.244.0.0/25' }).errors[0]!.message).toMatch(/smaller than one \/24/);
  });

  it('SUBNET_OVERLAP names both ranges and the overlapping span', () => {
    const [error] = plan({ clusterCidr: '10.96.0.0/16' }).errors;
    expect(error!.code).toBe('SUBNET_OVERLAP');
    expect(error!.message).toContain('10.96.0.0/16');
    expect(error!.message).toContain('10.96.0.0/12');
    expect(error!.message).toContain('10.96.0.0–10.96.255.255');
  });

  it('always treats the HNS "External" network 192.168.255.0/30 as existing', () => {
    const [error] = plan({ clusterCidr: '192.168.0.0/16' }).errors;
    expect(error).toMatchObject({ code: 'SUBNET_OVERLAP', field: 'clusterCidr' });
    expect(error!.message).toContain('192.168.255.0–192.168.255.3');
    expect(codes({ clusterCidr: '192.168.0.0/17' })).toEqual([]);
  });

  it('lets existing networks overlap each other', () => {
    expect(codes({ existingNetworks: ['172.16.0.0/16', '172.16.5.0/24'] })).toEqual([]);
  });

  it('reports every problem at once, each at its own field', () => {
    const report = plan({ nodes: 'x', serviceCidr: '10.0.0.0/8', dnsIp: '10.0.0.1', clusterCidr: '10.244.1.0/16' });
    expect(report.ok).toBe(false);
    expect(report.errors.map((e) => [e.code, e.field])).toEqual([
      ['INPUT_INVALID', 'nodes'],
      ['CIDR_HOST_BITS_SET', 'clusterCidr'],
      ['SERVICE_RANGE_TOO_LARGE', 'serviceCidr'],
      ['DNS_RESERVED', 'dnsIp'],
    ]);
  });
});

describe('warnings leave the plan valid', () => {
  const cases: Array<[PlanWarningCode, Partial<IpPlanDraft>, Partial<IpPlanDraft>]> = [
    ['PODS_ABOVE_KUBELET_DEFAULT', { podsPerNode: '110' }, { podsPerNode: '111' }],
    ['RANGE_NOT_PRIVATE', { clusterCidr: '172.16.0.0/16' }, { clusterCidr: '100.64.0.0/16' }],
    ['DNS_NOT_CONVENTIONAL', { dnsIp: '10.96.0.10' }, { dnsIp: '10.96.0.11' }],
  ];
  it.each(cases)('%s', (code, quiet, warns) => {
    expect(warningCodes(quiet)).not.toContain(code);
    expect(warningCodes(warns)).toContain(code);
    expect(plan(warns).ok).toBe(true);
  });
});

describe('numbers next to the verdict', () => {
  it('suggests a /21, not a /23, for 5 nodes × 100 pods with /24 per node, at the same base', () => {
    expect(plan({ clusterCidr: '10.244.0.0/23' }).suggestedClusterCidr).toBe('10.244.0.0/21');
  });

  it('moves the suggestion off the service range and existing networks', () => {
    const report = plan({ clusterCidr: '10.96.0.0/16', existingNetworks: ['10.112.0.0/21'] });
    expect(report.suggestedClusterCidr).toBe('10.112.8.0/21');
    expect(codes({ clusterCidr: report.suggestedClusterCidr!, existingNetworks: ['10.112.0.0/21'] })).toEqual([]);
  });

  it('has no suggestion when no cluster range can fit', () => {
    expect(plan({ podsPerNode: '300' }).suggestedClusterCidr).toBeNull();
    expect(plan({ nodes: '70000', podsPerNode: '1' }).suggestedClusterCidr).toBeNull();
  });

  it('gives nulls, not guesses, when the counts are unreadable', () => {
    expect(plan({ nodes: 'x' })).toMatchObject({ minimumAddresses: null, maxNodes: 256, headroom: null, suggestedClusterCidr: null });
  });
});
