import { networkContaining, overlapOf, privateBlocks, type Ipv4Cidr, type Ipv4Range } from './ipv4.js';
import { smallestFittingPrefix } from './plan-numbers.js';

export interface SuggestionInput {
  nodes: number;
  podsPerNode: number;
  nodeMask: number;
  /** Where the operator's cluster range starts (or the default's), so the suggestion stays recognisable. */
  preferredBase: bigint;
  /** Ranges the suggestion must not touch: the service range and every existing network. */
  avoid: readonly Ipv4Range[];
}

/**
 * The smallest cluster range that fits, at the preferred base address where that is free; otherwise the
 * first free aligned range of that size in the private blocks, searched from the preferred base onward.
 */
export function suggestClusterCidr(input: SuggestionInput): Ipv4Cidr | undefined {
  const prefix = smallestFittingPrefix(input.nodes, input.podsPerNode, input.nodeMask);
  if (prefix === undefined) return undefined;
  const atBase = networkContaining(input.preferredBase, prefix);
  if (!input.avoid.some((range) => overlapOf(atBase, range))) return atBase;

  const size = 2n ** BigInt(32 - prefix);
  const home = privateBlocks.find((block) => contains(block, input.preferredBase));
  const ordered = home ? [home, ...privateBlocks.filter((block) => block !== home)] : privateBlocks;
  for (const block of ordered) {
    if (block.prefix > prefix) continue;
    const from = block === home ? atBase.start : block.start;
    const found = firstFree(from, block.end, size, input.avoid) ?? firstFree(block.start, from - 1n, size, input.avoid);
    if (found !== undefined) return networkContaining(found, prefix);
  }
  return undefined;
}

/**
 * The first aligned start in [from, last] whose range of `size` touches nothing to avoid. On a collision it
 * jumps past the blocking range, so the search costs one step per blocking range, not one per candidate.
 */
function firstFree(from: bigint, last: bigint, size: bigint, avoid: readonly Ipv4Range[]): bigint | undefined {
  let start = alignUp(from, size);
  while (start + size - 1n <= last) {
    const candidate = { start, end: start + size - 1n };
    const blocker = avoid.find((range) => overlapOf(candidate, range));
    if (!blocker) return start;
    start = alignUp(blocker.end + 1n, size);
  }
  return undefined;
}

/** Aligned networks of one size start at multiples of that size. */
function alignUp(address: bigint, size: bigint): bigint {
  return ((address + size - 1n) / size) * size;
}

function contains(range: Ipv4Range, address: bigint): boolean {
  return address >= range.start && address <= range.end;
}
