import { parseArgs } from 'node:util';
import { defaultPlan, type IpPlanDraft } from '../../shared/plan/plan-schema.js';

export const planUsage = `Usage: npm run -s cli -- plan --nodes N --pods-per-node N [--cluster-cidr C] [--service-cidr C]
                            [--dns-ip IP] [--node-mask M] [--existing-network C]... [--json]
Omitted options take the seeds' defaults: cluster 10.244.0.0/16, service 10.96.0.0/12, kube-dns 10.96.0.10, /24 per node.
The HNS network "External" 192.168.255.0/30 is always treated as an existing network.`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Turns `plan` options into the same draft the wizard edits, so both are judged by one validator. */
export function parsePlanArgs(argv: readonly string[]): { draft: IpPlanDraft; json: boolean } {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        nodes: { type: 'string' },
        'pods-per-node': { type: 'string' },
        'cluster-cidr': { type: 'string' },
        'service-cidr': { type: 'string' },
        'dns-ip': { type: 'string' },
        'node-mask': { type: 'string' },
        'existing-network': { type: 'string', multiple: true },
        json: { type: 'boolean' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.nodes === undefined) throw new UsageError('--nodes is required: the number of Linux + Windows nodes.');
  if (values['pods-per-node'] === undefined) throw new UsageError('--pods-per-node is required: the most pods one node runs.');
  const defaults = defaultPlan().ipPlan;
  return {
    json: values.json ?? false,
    draft: {
      nodes: values.nodes,
      podsPerNode: values['pods-per-node'],
      clusterCidr: values['cluster-cidr'] ?? defaults.clusterCidr,
      serviceCidr: values['service-cidr'] ?? defaults.serviceCidr,
      dnsIp: values['dns-ip'] ?? defaults.dnsIp,
      nodeMask: values['node-mask'] ?? defaults.nodeMask,
      existingNetworks: values['existing-network'] ?? [],
    },
  };
}
