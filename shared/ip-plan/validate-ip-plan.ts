import type { IpPlanDraft } from '../plan/plan-schema.js';
import { formatIpv4, formatRange, isPrivate, overlapOf, parseIpv4Address, parseIpv4Cidr, type Ipv4Cidr } from './ipv4.js';
import type { PlanErrorCode, PlanField, PlanIssue, PlanReport, PlanWarningCode } from './plan-issues.js';
import * as numbers from './plan-numbers.js';
import { suggestClusterCidr } from './suggest-cluster-cidr.js';

type Errors = PlanIssue<PlanErrorCode>[];
const defaultClusterBase = 10n * 2n ** 24n + 244n * 2n ** 16n; // 10.244.0.0, the seeds' default

function wholeNumber(text: string, field: PlanField, label: string, errors: Errors, max = 1_000_000): number | undefined {
  const trimmed = text.trim();
  const value = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (trimmed === '') errors.push({ code: 'INPUT_INVALID', field, message: `${label} is missing: enter a whole number of at least 1.` });
  else if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    errors.push({ code: 'INPUT_INVALID', field, message: `${label} must be a whole number from 1 to ${max.toLocaleString('en-US')}, not "${trimmed}".` });
  } else return value;
  return undefined;
}

function cidr(text: string, field: PlanField, label: string, errors: Errors): Ipv4Cidr | undefined {
  const result = parseIpv4Cidr(text);
  if (result.ok) return result.cidr;
  if (result.code === 'CIDR_HOST_BITS_SET') {
    errors.push({ code: 'CIDR_HOST_BITS_SET', field, message: `${label} "${text.trim()}" has host bits set: did you mean ${result.network}?` });
  } else {
    errors.push({ code: 'CIDR_INVALID', field, message: `${label} "${text.trim()}" is not an IPv4 CIDR; write it as address/prefix, e.g. 10.244.0.0/16.` });
  }
  return undefined;
}

/**
 * Checks an IP plan as typed and refuses everything that would make the cluster fail later. Pure and
 * synchronous, so the wizard re-runs it on every keystroke and the CLI and tests call it directly.
 */
export function validateIpPlan(draft: IpPlanDraft): PlanReport {
  const errors: Errors = [];
  const warnings: PlanIssue<PlanWarningCode>[] = [];
  const nodes = wholeNumber(draft.nodes, 'nodes', 'Number of nodes', errors);
  const podsPerNode = wholeNumber(draft.podsPerNode, 'podsPerNode', 'Max pods per node', errors);
  const nodeMask = wholeNumber(draft.nodeMask, 'nodeMask', 'Node subnet mask size', errors, 32);
  const cluster = cidr(draft.clusterCidr, 'clusterCidr', 'Cluster CIDR', errors);
  const service = cidr(draft.serviceCidr, 'serviceCidr', 'Service CIDR', errors);
  const existing = existingNetworks(draft.existingNetworks, errors);
  const dns = parseIpv4Address(draft.dnsIp);
  if (dns === undefined) errors.push({ code: 'IP_INVALID', field: 'dnsIp', message: `kube-dns service IP "${draft.dnsIp.trim()}" is not an IPv4 address, e.g. 10.96.0.10.` });

  if (service) checkService(service, dns, errors, warnings);
  if (cluster && nodeMask !== undefined) checkClusterShape(cluster, nodeMask, nodes, podsPerNode, errors);
  if (nodeMask !== undefined && podsPerNode !== undefined) checkPodsPerNode(nodeMask, podsPerNode, errors, warnings);
  checkOverlaps(cluster, service, existing, errors);
  for (const [range, field, label] of [[cluster, 'clusterCidr', 'Cluster CIDR'], [service, 'serviceCidr', 'Service CIDR']] as const) {
    if (range && !isPrivate(range)) warnings.push({ code: 'RANGE_NOT_PRIVATE', field, message: `${label} ${range.text} is outside the private blocks (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16); it may hide public addresses from the cluster.` });
  }

  const counted = nodes !== undefined && podsPerNode !== undefined;
  const minimum = counted ? numbers.minimumAddresses(nodes, podsPerNode) : null;
  const maxNodes = cluster && nodeMask !== undefined && podsPerNode !== undefined ? numbers.maxNodesFor(cluster.prefix, nodeMask, podsPerNode) : null;
  const suggestion =
    counted && nodeMask !== undefined && podsPerNode <= numbers.podAddressesPerNode(nodeMask)
      ? suggestClusterCidr({ nodes, podsPerNode, nodeMask, preferredBase: cluster?.start ?? defaultClusterBase, avoid: [...(service ? [service] : []), ...existing.map((e) => e.range)] })
      : undefined;
  return {
    ok: errors.length === 0,
    errors,
    warnings,
    minimumAddresses: minimum,
    clusterAddresses: cluster ? Number(cluster.size) : null,
    maxNodes,
    headroom: maxNodes !== null && nodes !== undefined ? maxNodes - nodes : null,
    suggestedClusterCidr: suggestion?.text ?? null,
  };
}

interface ExistingNetwork {
  range: Ipv4Cidr;
  field: PlanField;
  label: string;
}

/** The operator's networks plus the HNS "External" network every Windows node gets; host bits are fine here. */
function existingNetworks(texts: readonly string[], errors: Errors): ExistingNetwork[] {
  const result: ExistingNetwork[] = [];
  texts.forEach((text, index) => {
    if (text.trim() === '') return;
    const parsed = parseIpv4Cidr(text, { allowHostBits: true });
    const field: PlanField = `existingNetworks.${index}`;
    if (parsed.ok) result.push({ range: parsed.cidr, field, label: `existing network ${parsed.cidr.text}` });
    else errors.push({ code: 'CIDR_INVALID', field, message: `Existing network "${text.trim()}" is not an IPv4 CIDR; write it as address/prefix, e.g. 192.168.1.0/24, or remove it.` });
  });
  const hns = parseIpv4Cidr(numbers.hnsExternalNetwork);
  if (hns.ok) result.push({ range: hns.cidr, field: 'clusterCidr', label: `the HNS network "External" ${hns.cidr.text} that KubeCluster.ps1 creates on every Windows node` });
  return result;
}

function checkService(service: Ipv4Cidr, dns: bigint | undefined, errors: Errors, warnings: PlanIssue<PlanWarningCode>[]): void {
  if (service.prefix < numbers.maxServicePrefixBits) {
    errors.push({ code: 'SERVICE_RANGE_TOO_LARGE', field: 'serviceCidr', message: `Service CIDR ${service.text} is larger than the API server accepts: use a /${numbers.maxServicePrefixBits} or smaller (e.g. 10.96.0.0/12).` });
  }
  if (service.size < numbers.minServiceAddresses) {
    errors.push({ code: 'SERVICE_RANGE_TOO_SMALL', field: 'serviceCidr', message: `Service CIDR ${service.text} holds ${service.size} addresses; kubeadm needs at least ${numbers.minServiceAddresses} (a /28 or larger) and kube-dns takes the tenth.` });
  }
  if (dns === undefined) return;
  const tenth = service.start + 10n;
  if (dns < service.start || dns > service.end) {
    errors.push({ code: 'DNS_OUTSIDE_SERVICE', field: 'dnsIp', message: `kube-dns service IP ${formatIpv4(dns)} is outside the service CIDR ${service.text}; use an address inside it, conventionally ${formatIpv4(tenth)}.` });
  } else if (dns === service.start || dns === service.end || dns === service.start + 1n) {
    const role = dns === service.start ? 'its network address' : dns === service.end ? 'its broadcast address' : 'its first address, taken by the kubernetes API service';
    errors.push({ code: 'DNS_RESERVED', field: 'dnsIp', message: `kube-dns service IP ${formatIpv4(dns)} is ${role} of ${service.text}; use ${formatIpv4(tenth <= service.end ? tenth : service.start + 2n)}.` });
  } else if (dns !== tenth) {
    warnings.push({ code: 'DNS_NOT_CONVENTIONAL', field: 'dnsIp', message: `kube-dns conventionally takes the tenth address of the service range, ${formatIpv4(tenth)}; kubelet's clusterDNS must match whatever you choose.` });
  }
}

function checkClusterShape(cluster: Ipv4Cidr, nodeMask: number, nodes: number | undefined, podsPerNode: number | undefined, errors: Errors): void {
  if (nodeMask - cluster.prefix > numbers.maxNodeMaskBitsBeyondCluster) {
    errors.push({ code: 'CLUSTER_RANGE_TOO_LARGE', field: 'clusterCidr', message: `Cluster CIDR ${cluster.text} with a /${nodeMask} per node has more than 2^${numbers.maxNodeMaskBitsBeyondCluster} node subnets, which the controller manager refuses: use a /${nodeMask - numbers.maxNodeMaskBitsBeyondCluster} or smaller.` });
  }
  if (nodes === undefined) return;
  const subnets = numbers.nodeSubnetCount(cluster.prefix, nodeMask);
  if (subnets < nodes) {
    const why = cluster.prefix > nodeMask ? `is smaller than one /${nodeMask} node subnet` : `holds ${subnets} node subnet${subnets === 1 ? '' : 's'} of /${nodeMask}`;
    errors.push({ code: 'NODE_SUBNETS_EXHAUSTED', field: 'clusterCidr', message: `Cluster CIDR ${cluster.text} ${why}, but the plan has ${nodes} nodes: use a larger range.` });
  }
  if (podsPerNode === undefined) return;
  const minimum = numbers.minimumAddresses(nodes, podsPerNode);
  if (cluster.size < BigInt(minimum)) {
    errors.push({ code: 'CLUSTER_TOO_SMALL', field: 'clusterCidr', message: `Cluster CIDR ${cluster.text} holds ${cluster.size} addresses; ${nodes} nodes + ${nodes} × ${podsPerNode} pods need ${minimum}.` });
  }
}

function checkPodsPerNode(nodeMask: number, podsPerNode: number, errors: Errors, warnings: PlanIssue<PlanWarningCode>[]): void {
  const capacity = numbers.podAddressesPerNode(nodeMask);
  if (podsPerNode > capacity) {
    errors.push({ code: 'PODS_EXCEED_NODE_SUBNET', field: 'podsPerNode', message: `A /${nodeMask} node subnet gives ${capacity} pod addresses (all but network, gateway and broadcast), fewer than ${podsPerNode} pods: lower the pods per node or use a shorter node mask.` });
  }
  if (podsPerNode > numbers.kubeletDefaultMaxPods) {
    warnings.push({ code: 'PODS_ABOVE_KUBELET_DEFAULT', field: 'podsPerNode', message: `${podsPerNode} pods per node is above the kubelet's default maxPods (${numbers.kubeletDefaultMaxPods}); raise maxPods on every node or plan fewer pods.` });
  }
}

function checkOverlaps(cluster: Ipv4Cidr | undefined, service: Ipv4Cidr | undefined, existing: ExistingNetwork[], errors: Errors): void {
  const planned = [
    ...(cluster ? [{ range: cluster, field: 'clusterCidr' as PlanField, label: `Cluster CIDR ${cluster.text}` }] : []),
    ...(service ? [{ range: service, field: 'serviceCidr' as PlanField, label: `Service CIDR ${service.text}` }] : []),
  ];
  const report = (a: (typeof planned)[number], b: { range: Ipv4Cidr; label: string }, field: PlanField) => {
    const span = overlapOf(a.range, b.range);
    if (span) errors.push({ code: 'SUBNET_OVERLAP', field, message: `${a.label} overlaps ${b.label} on ${formatRange(span)}: choose ranges that do not share addresses.` });
  };
  if (planned.length === 2) report(planned[0]!, planned[1]!, 'serviceCidr');
  for (const ours of planned) for (const theirs of existing) report(ours, theirs, ours.field);
}
