/** Step 1, the IP plan: the address ranges and sizes, in our words after the seeds' "Plan IP addressing" tables. */
import { docs } from './doc-links.js';
import type { FieldHelpEntry } from './field-help-entry.js';

export const ipPlanHelp = {
  'ipPlan.nodes': {
    title: 'Nodes (Linux + Windows)',
    text: 'How many nodes the cluster will have, Linux and Windows together, counting the ones you will add later. Each node takes its own subnet of the cluster CIDR; once the range has no subnet left, a new node joins but its pods get no addresses.',
    why: docs.planIpAddressing,
  },
  'ipPlan.podsPerNode': {
    title: 'Max pods per node',
    text: 'The most pods the kubelet runs on one node (its --max-pods, 110 by default). With the node count it gives the smallest cluster range that works: nodes + nodes × pods per node, so 5 nodes of 100 pods need 505 addresses.',
    why: docs.planIpAddressing,
  },
  'ipPlan.nodeMask': {
    title: 'Node subnet mask size',
    text: 'The prefix length of the slice each node gets from the cluster CIDR. The guides use /24: 253 usable pod addresses per node. A longer prefix fits more nodes into the range but fewer pods on each.',
    why: docs.planIpAddressing,
  },
  'ipPlan.clusterCidr': {
    title: 'Cluster (pod) CIDR',
    text: 'The range every pod address comes from, 10.244.0.0/16 by default; flannel and the node config carry the same value. It must hold a subnet for every node and overlap no other network, or pods take addresses that real machines already use.',
    why: docs.microsoftIpPlan,
  },
  'ipPlan.serviceCidr': {
    title: 'Service CIDR',
    text: 'A virtual range for Service addresses, 10.96.0.0/12 by default: no machine owns them, kube-proxy on each node translates them to pods. It must be the API server’s service range and stay clear of the pod range and your networks, or Services become unreachable.',
    why: docs.planIpAddressing,
  },
  'ipPlan.dnsIp': {
    title: 'kube-dns service IP',
    text: 'The address of the cluster’s DNS Service, 10.96.0.10 by default, inside the service range. Pods on Windows nodes send their name lookups there; if it is not the real kube-dns address, names inside the cluster do not resolve.',
    why: docs.planIpAddressing,
  },
  'ipPlan.existingNetworks': {
    title: 'Existing networks',
    text: 'Networks already in use where the cluster runs: the nodes’ LAN, VPNs, Docker’s NAT, office ranges. The pod and service ranges must not overlap any of them, or traffic meant for those machines stays inside the cluster.',
    why: docs.microsoftIpPlan,
  },
  'ipPlan.hnsNetwork': {
    title: 'HNS network “External” (every Windows node)',
    text: 'KubeCluster.ps1 -join creates a Host Networking Service network called External, 192.168.255.0/30, on every Windows node. It is always treated as an existing network, so a pod or service range covering it is refused.',
    why: docs.joinWindowsNode,
  },
} as const satisfies Record<string, FieldHelpEntry>;
