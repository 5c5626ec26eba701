import { podAddressesPerNode } from '../../../../shared/ip-plan/plan-numbers.js';
import type { PlanField } from '../../../../shared/ip-plan/plan-issues.js';
import type { IpPlanDraft } from '../../../../shared/plan/plan-schema.js';
import type { IpPlanTextField } from '../../store/plan-store.js';

export interface PlanFieldSpec {
  field: IpPlanTextField;
  label: string;
  /** The explanation under the field; some follow the plan (the cluster range names the node mask in use). */
  helper: (draft: IpPlanDraft) => string;
  numeric?: boolean;
}

/** The node mask as typed, when it is one the helpers can talk about. */
function typedMask(draft: IpPlanDraft): number | undefined {
  const text = draft.nodeMask.trim();
  const mask = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
  return mask >= 1 && mask <= 32 ? mask : undefined;
}

// Labels are what tests and screen readers find the fields by; keep them stable.
export const planFields: readonly PlanFieldSpec[] = [
  { field: 'nodes', label: 'Nodes (Linux + Windows)', helper: () => 'Every node that will get a pod subnet, Linux and Windows.', numeric: true },
  { field: 'podsPerNode', label: 'Max pods per node', helper: () => 'The kubelet limit; 110 is the Kubernetes default.', numeric: true },
  {
    field: 'nodeMask',
    label: 'Node subnet mask size',
    numeric: true,
    // The validator counts network, gateway and broadcast as unusable, so the helper must too (253, not 256).
    helper: (draft) => {
      const mask = typedMask(draft);
      const current = mask !== undefined && mask !== 24 ? ` This /${mask} gives ${podAddressesPerNode(mask).toLocaleString('en-US')}.` : '';
      return `Prefix length of each node’s pod subnet: a /24 gives each node 253 pod addresses (network, gateway and broadcast are not usable).${current}`;
    },
  },
  {
    field: 'clusterCidr',
    label: 'Cluster (pod) CIDR',
    helper: (draft) => {
      const mask = typedMask(draft);
      return mask === undefined ? 'Each node gets a node-subnet-sized slice of this range for its pods.' : `Each node gets a /${mask} of this range for its pods.`;
    },
  },
  { field: 'serviceCidr', label: 'Service CIDR', helper: () => 'A virtual range kube-proxy translates; pods reach Services through it.' },
  { field: 'dnsIp', label: 'kube-dns service IP', helper: () => 'The DNS Service’s address; it must lie inside the service range.' },
];

/** How the summary names a field: the label the operator sees next to it. */
export function fieldLabel(field: PlanField): string {
  const existing = /^existingNetworks\.(\d+)$/.exec(field);
  if (existing) return `Existing network ${Number(existing[1]) + 1}`;
  return planFields.find((spec) => spec.field === field)?.label ?? field;
}

/** Where a field sits on the page, top to bottom, so the summary reads in the same order as the form. */
export function fieldOrder(field: PlanField): number {
  const existing = /^existingNetworks\.(\d+)$/.exec(field);
  return existing ? planFields.length + Number(existing[1]) : planFields.findIndex((spec) => spec.field === field);
}
