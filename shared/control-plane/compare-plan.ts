import { overlapOf, parseIpv4Address, parseIpv4Cidr, type Ipv4Cidr } from '../ip-plan/ipv4.js';
import type { ClusterNetworking, ClusterNode, FlannelNetConf } from './cluster-facts.js';

/** What the wizard planned, as the control-plane job receives it (already validated by the IP plan step). */
export interface PlannedNetwork {
  clusterCidr: string;
  serviceCidr: string;
  dnsIp: string;
}

export interface ClusterFacts {
  networking: ClusterNetworking;
  nodes: ClusterNode[];
  dnsIp?: string;
  /** Undefined when flannel is not deployed yet. */
  flannel?: FlannelNetConf;
}

/** One disagreement, with both sides shown, so the operator can decide which one is wrong. */
export interface Mismatch {
  what: string;
  plan: string;
  cluster: string;
  why: string;
}

const normalise = (text: string | undefined): Ipv4Cidr | undefined => {
  if (!text) return undefined;
  const parsed = parseIpv4Cidr(text, { allowHostBits: true });
  return parsed.ok ? parsed.cidr : undefined;
};

/**
 * Compares the plan with the cluster as it is. A mismatch here breaks Windows pod networking silently
 * later (routes to the wrong subnets, DNS that never answers), so the job refuses to go on.
 */
export function comparePlanWithCluster(plan: PlannedNetwork, facts: ClusterFacts): Mismatch[] {
  const mismatches: Mismatch[] = [];
  const cluster = normalise(plan.clusterCidr);
  const service = normalise(plan.serviceCidr);
  const podSubnet = normalise(facts.networking.podSubnet);
  const serviceSubnet = normalise(facts.networking.serviceSubnet);

  if (!facts.networking.podSubnet) {
    mismatches.push({ what: 'Pod subnet (kubeadm podSubnet)', plan: plan.clusterCidr, cluster: 'not set', why: 'The control plane was initialised without --pod-network-cidr, so nodes get no pod range; re-initialise it with the planned cluster CIDR.' });
  } else if (podSubnet?.text !== cluster?.text) {
    mismatches.push({ what: 'Pod subnet (kubeadm podSubnet)', plan: plan.clusterCidr, cluster: facts.networking.podSubnet, why: 'Flannel and every node must use the range the controller manager allocates from.' });
  }
  if (facts.networking.serviceSubnet && serviceSubnet?.text !== service?.text) {
    mismatches.push({ what: 'Service subnet (kubeadm serviceSubnet)', plan: plan.serviceCidr, cluster: facts.networking.serviceSubnet, why: 'kube-proxy on Windows routes the service range the API server hands out.' });
  }
  for (const node of facts.nodes) {
    for (const podCidr of node.podCidrs) {
      const range = normalise(podCidr);
      const inside = range && cluster && range.start >= cluster.start && range.end <= cluster.end;
      if (!inside) mismatches.push({ what: `Pod range of node ${node.name}`, plan: plan.clusterCidr, cluster: podCidr, why: 'A node whose pod range lies outside the cluster CIDR is unreachable from Windows pods.' });
    }
  }
  if (facts.dnsIp !== undefined && parseIpv4Address(facts.dnsIp) !== parseIpv4Address(plan.dnsIp)) {
    mismatches.push({ what: 'kube-dns Service IP', plan: plan.dnsIp, cluster: facts.dnsIp, why: 'Windows kubelets are configured with the planned DNS IP; pods would query an address nobody answers.' });
  }
  const deployed = normalise(facts.flannel?.network);
  if (facts.flannel?.network && deployed?.text !== cluster?.text) {
    mismatches.push({ what: 'Network of the deployed flannel (net-conf.json)', plan: plan.clusterCidr, cluster: facts.flannel.network, why: 'Flannel already hands out subnets from another range; Windows nodes would join a different network.' });
  }
  if (cluster && service && overlapOf(cluster, service)) {
    mismatches.push({ what: 'Plan', plan: `${cluster.text} and ${service.text}`, cluster: '—', why: 'The planned cluster and service ranges overlap; fix the IP plan first.' });
  }
  return mismatches;
}
