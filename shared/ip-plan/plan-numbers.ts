/**
 * Counts for the plan's rules. A node subnet gives its pods every address except the network address,
 * the broadcast address and the bridge gateway (flannel's host-local range is .2–.254 of a /24: 253).
 */
export const kubeletDefaultMaxPods = 110;
export const maxServicePrefixBits = 12;
export const minServiceAddresses = 10n;
export const maxNodeMaskBitsBeyondCluster = 16;
/** The HNS network "External" that KubeCluster.ps1 -join creates on every Windows node. */
export const hnsExternalNetwork = '192.168.255.0/30';

export function podAddressesPerNode(nodeMask: number): number {
  return Math.max(0, 2 ** (32 - nodeMask) - 3);
}

export function minimumAddresses(nodes: number, podsPerNode: number): number {
  return nodes + nodes * podsPerNode;
}

/** Node subnets of `nodeMask` bits in a cluster range of `clusterPrefix` bits (none when the range is smaller). */
export function nodeSubnetCount(clusterPrefix: number, nodeMask: number): number {
  return clusterPrefix > nodeMask ? 0 : 2 ** (nodeMask - clusterPrefix);
}

/** The most nodes a cluster range holds: each needs a node subnet, and the seeds' address rule must hold. */
export function maxNodesFor(clusterPrefix: number, nodeMask: number, podsPerNode: number): number {
  const bySubnets = nodeSubnetCount(clusterPrefix, nodeMask);
  const byAddresses = Math.floor(2 ** (32 - clusterPrefix) / (1 + podsPerNode));
  return Math.min(bySubnets, byAddresses);
}

/** The longest prefix (smallest range) that fits the nodes, or undefined when none can. */
export function smallestFittingPrefix(nodes: number, podsPerNode: number, nodeMask: number): number | undefined {
  for (let prefix = nodeMask; prefix >= Math.max(0, nodeMask - maxNodeMaskBitsBeyondCluster); prefix--) {
    if (maxNodesFor(prefix, nodeMask, podsPerNode) >= nodes) return prefix;
  }
  return undefined;
}
