import { validateIpPlan } from '../../shared/ip-plan/validate-ip-plan.js';
import type { IpPlanDraft } from '../../shared/plan/plan-schema.js';
import { timePerCall, type Measurement } from './measure.js';

/** Twenty existing networks of the kinds an operator lists: LANs, VPNs, container NATs. */
const existingNetworks = Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? `192.168.${i}.0/24` : `172.${16 + i}.0.0/16`));

const bigPlan: IpPlanDraft = {
  nodes: '5000',
  podsPerNode: '110',
  clusterCidr: '10.0.0.0/8',
  serviceCidr: '172.15.0.0/16',
  dnsIp: '172.15.0.10',
  nodeMask: '24',
  existingNetworks,
};

/** The suggestion cannot stay at its base (an existing network sits there), so the search has to walk. */
const crowdedPlan: IpPlanDraft = {
  ...bigPlan,
  clusterCidr: '10.244.0.0/16',
  nodes: '50',
  existingNetworks: [...existingNetworks.slice(0, 19), '10.244.0.0/18'],
};

/** Worst case for the search: every private block is taken but for the last /24 of 192.168.0.0/16. */
const cornerPlan: IpPlanDraft = {
  ...bigPlan,
  nodes: '1',
  podsPerNode: '100',
  clusterCidr: '10.244.0.0/16',
  existingNetworks: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/17', '192.168.128.0/18', '192.168.192.0/19', '192.168.224.0/20', '192.168.240.0/21', '192.168.248.0/22', '192.168.252.0/23', '192.168.254.0/24'],
};

export function planValidationBenchmarks(): Measurement[] {
  const options = { runs: 7, iterations: 200, warmup: 100 };
  return [
    { name: 'validate a 5,000-node plan with 20 existing networks', unit: 'ms', runs: timePerCall(() => validateIpPlan(bigPlan), options), target: '< 16 ms', meets: (value) => value < 16 },
    { name: 'validate a plan whose suggestion must move off an existing network', unit: 'ms', runs: timePerCall(() => validateIpPlan(crowdedPlan), options), target: '< 16 ms', meets: (value) => value < 16 },
    { name: 'validate a plan where only one /24 of all private space is free', unit: 'ms', runs: timePerCall(() => validateIpPlan(cornerPlan), options), target: '< 16 ms', meets: (value) => value < 16 },
  ];
}
