/** Stable codes: the UI, the CLI's JSON and scripts that call it depend on these names. */
export const planErrorCodes = [
  'INPUT_INVALID',
  'CIDR_INVALID',
  'CIDR_HOST_BITS_SET',
  'IP_INVALID',
  'CLUSTER_TOO_SMALL',
  'NODE_SUBNETS_EXHAUSTED',
  'PODS_EXCEED_NODE_SUBNET',
  'SUBNET_OVERLAP',
  'SERVICE_RANGE_TOO_LARGE',
  'SERVICE_RANGE_TOO_SMALL',
  'CLUSTER_RANGE_TOO_LARGE',
  'DNS_OUTSIDE_SERVICE',
  'DNS_RESERVED',
] as const;
export type PlanErrorCode = (typeof planErrorCodes)[number];

export const planWarningCodes = ['PODS_ABOVE_KUBELET_DEFAULT', 'RANGE_NOT_PRIVATE', 'DNS_NOT_CONVENTIONAL'] as const;
export type PlanWarningCode = (typeof planWarningCodes)[number];

/** The fields of the IP plan; an existing network is `existingNetworks.<index>`. */
export type PlanField = 'nodes' | 'podsPerNode' | 'clusterCidr' | 'serviceCidr' | 'dnsIp' | 'nodeMask' | `existingNetworks.${number}`;

export interface PlanIssue<Code extends string = PlanErrorCode | PlanWarningCode> {
  code: Code;
  field: PlanField;
  message: string;
}

/** What the calculator says about a plan: the verdict, each problem at its field, and the numbers. */
export interface PlanReport {
  ok: boolean;
  errors: PlanIssue<PlanErrorCode>[];
  warnings: PlanIssue<PlanWarningCode>[];
  /** The seeds' rule: nodes + nodes × podsPerNode. */
  minimumAddresses: number | null;
  clusterAddresses: number | null;
  /** How many nodes the cluster CIDR can hold (node subnets, and the seeds' rule). */
  maxNodes: number | null;
  headroom: number | null;
  /** The smallest cluster CIDR that satisfies every rule, at the same base address where possible. */
  suggestedClusterCidr: string | null;
}
