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

const maxCandidatesPerBlock = 1 << 16;

/**
 * The smallest cluster range that fits, at the preferred base address where that is free; otherwise the
 * first free aligned range of that size in the private blocks, searched from the preferred base onward.
 */
export function suggestClusterCidr(input: SuggestionInput): Ipv4Cidr | undefined {
  const prefix = smallestFittingPrefix(input.nodes, input.podsPerNode, input.nodeMask);
  if (prefix === undefined) return undefined;
  const isFree = (candidate: Ipv4Range) => input.avoid.every((range) => !overlapOf(candidate, range));

  const atBase = networkContaining(input.preferredBase, prefix);
  if (isFree(atBase)) return atBase;

  const size = 2n ** BigInt(32 - prefix);
  const ordered = [...privateBlocks].sort((a, b) => Number(contains(b, input.preferredBase)) - Number(contains(a, input.preferredBase)));
  for (const block of ordered) {
    if (block.prefix > prefix) continue;
    const startAt = contains(block, input.preferredBase) ? atBase.start : block.start;
    // Walk forward from the preferred base, then wrap to the block's start.
    const count = Number((block.end - block.start + 1n) / size);
    const first = Number((startAt - block.start) / size);
    for (let step = 0; step < Math.min(count, maxCandidatesPerBlock); step++) {
      const offset = BigInt((first + step) % count) * size;
      const candidate = networkContaining(block.start + offset, prefix);
      if (isFree(candidate)) return candidate;
    }
  }
  return undefined;
}

function contains(range: Ipv4Range, address: bigint): boolean {
  return address >= range.start && address <= range.end;
}
