import { formatIpv4, formatRange, networkContaining, overlapOf, parseIpv4Cidr, privateBlocks, type Ipv4Cidr, type Ipv4Range } from '../../../../shared/ip-plan/ipv4.js';
import { hnsExternalNetwork } from '../../../../shared/ip-plan/plan-numbers.js';
import type { IpPlanDraft } from '../../../../shared/plan/plan-schema.js';

/*
 * The geometry of the address picture, kept free of React so it can be tested. A single to-scale axis is
 * useless when ranges sit in different private blocks (10.x next to 192.168.x), so ranges are grouped by the
 * block they live in and each group gets its own axis: the smallest aligned block covering its ranges.
 */

export type RangeKind = 'cluster' | 'service' | 'existing' | 'hns';
export interface MapRange { key: string; kind: RangeKind; label: string; cidr: Ipv4Cidr }
/** A stretch of an axis, as fractions from 0 (its first address) to 1 (one past its last). */
export interface Span { from: number; to: number }
export interface MapBar extends Span { range: MapRange }
export interface MapOverlap extends Span { text: string; between: readonly [MapRange, MapRange] }
/** An address written under the axis at a fraction of it; the last one is the axis's last address. */
export interface AxisLabel { at: number; text: string }
export interface MapGroup { axis: Ipv4Cidr; axisLabels: AxisLabel[]; bars: MapBar[]; overlaps: MapOverlap[] }
export interface NodeSubnetMarks {
  axis: Ipv4Cidr;
  axisLabels: AxisLabel[];
  mask: number;
  total: number;
  used: number;
  /** Nodes that get no subnet because the cluster range has too few. */
  missing: number;
  usedPortion: Span;
  /** Boundaries of each used node subnet; empty when there are too many to draw one by one. */
  ticks: number[];
  overlaps: MapOverlap[];
}
export interface AddressMapLayout { groups: MapGroup[]; nodeSubnets: NodeSubnetMarks | null; summary: string }

/** Beyond this many node subnets the ticks would merge into a smear, so only the used portion is shaded. */
export const maxNodeTicks = 256;

/** The ranges that parse, in drawing order; the HNS network is always there because every Windows node has it. */
export function mapRanges(draft: IpPlanDraft): MapRange[] {
  const ranges: MapRange[] = [];
  const add = (key: string, kind: RangeKind, label: string, text: string, allowHostBits: boolean) => {
    const parsed = parseIpv4Cidr(text, { allowHostBits });
    if (parsed.ok) ranges.push({ key, kind, label, cidr: parsed.cidr });
  };
  add('clusterCidr', 'cluster', 'Cluster CIDR', draft.clusterCidr, false);
  add('serviceCidr', 'service', 'Service CIDR', draft.serviceCidr, false);
  draft.existingNetworks.forEach((text, i) => add(`existingNetworks.${i}`, 'existing', `Existing ${i + 1}`, text, true));
  add('hns', 'hns', 'HNS External', hnsExternalNetwork, false);
  return ranges;
}

/** The smallest aligned block that covers every range (ranges must not be empty). */
export function enclosingBlock(ranges: readonly Ipv4Cidr[]): Ipv4Cidr {
  const start = ranges.reduce((low, r) => (r.start < low ? r.start : low), ranges[0]!.start);
  const end = ranges.reduce((high, r) => (r.end > high ? r.end : high), ranges[0]!.end);
  for (let prefix = Math.min(...ranges.map((r) => r.prefix)); prefix > 0; prefix--) {
    const block = networkContaining(start, prefix);
    if (block.end >= end) return block;
  }
  return networkContaining(start, 0);
}

/** The private block a range lives in (or its /8 elsewhere), or the range itself when it is larger. */
export function regionOf(cidr: Ipv4Cidr): Ipv4Cidr {
  const block = privateBlocks.find((b) => b.start <= cidr.start && cidr.end <= b.end) ?? networkContaining(cidr.start, 8);
  return cidr.prefix < block.prefix ? cidr : block;
}

/** First and last address, plus the quarter points on axes of a /24 or more, to read positions against. */
export function axisLabels(axis: Ipv4Cidr): AxisLabel[] {
  const quarters = axis.prefix <= 24 ? [1, 2, 3].map((q) => ({ at: q / 4, text: formatIpv4(axis.start + (axis.size * BigInt(q)) / 4n) })) : [];
  return [{ at: 0, text: formatIpv4(axis.start) }, ...quarters, { at: 1, text: formatIpv4(axis.end) }];
}

export function spanOf(axis: Ipv4Range, range: Ipv4Range): Span {
  const size = Number(axis.end - axis.start + 1n);
  return { from: Number(range.start - axis.start) / size, to: Number(range.end + 1n - axis.start) / size };
}

export type RangeOverlap = { range: Ipv4Range; between: readonly [MapRange, MapRange] };

/** The same pairs the validator refuses: cluster with service, and each planned range with each existing one. */
export function overlapsOf(ranges: readonly MapRange[]): RangeOverlap[] {
  const planned = ranges.filter((r) => r.kind === 'cluster' || r.kind === 'service');
  const existing = ranges.filter((r) => r.kind === 'existing' || r.kind === 'hns');
  const pairs = [...(planned.length === 2 ? [[planned[0]!, planned[1]!] as const] : []), ...planned.flatMap((a) => existing.map((b) => [a, b] as const))];
  return pairs.flatMap(([a, b]) => {
    const range = overlapOf(a.cidr, b.cidr);
    return range ? [{ range, between: [a, b] as const }] : [];
  });
}

/** Ranges grouped by region; CIDR blocks nest or are disjoint, so each range joins the outermost region around it. */
export function groupRanges(ranges: readonly MapRange[]): MapRange[][] {
  const regions = ranges.map((r) => regionOf(r.cidr));
  const outermost = regions.map((region) => regions.filter((o) => o.start <= region.start && region.end <= o.end).sort((a, b) => a.prefix - b.prefix)[0]!);
  const groups = new Map<string, { start: bigint; members: MapRange[] }>();
  ranges.forEach((range, i) => {
    const key = outermost[i]!.text;
    const group = groups.get(key) ?? { start: outermost[i]!.start, members: [] };
    group.members.push(range);
    groups.set(key, group);
  });
  return [...groups.values()].sort((a, b) => (a.start < b.start ? -1 : 1)).map((g) => g.members);
}

export function nodeSubnetMarks(cluster: Ipv4Cidr, mask: number, nodes: number, overlaps: readonly RangeOverlap[]): NodeSubnetMarks | null {
  if (!Number.isInteger(mask) || mask < cluster.prefix || mask > 32) return null;
  const total = 2 ** (mask - cluster.prefix);
  const used = Math.min(nodes, total);
  const ticks = used <= maxNodeTicks ? Array.from({ length: used + 1 }, (_, i) => i / total) : [];
  const inside = overlaps.filter((o) => o.between[0].kind === 'cluster' || o.between[1].kind === 'cluster');
  return {
    axis: cluster,
    axisLabels: axisLabels(cluster),
    mask,
    total,
    used,
    missing: nodes - used,
    usedPortion: { from: 0, to: used / total },
    ticks,
    overlaps: inside.map((o) => ({ ...spanOf(cluster, o.range), text: formatRange(o.range), between: o.between })),
  };
}

function wholeNumber(text: string): number | undefined {
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

export function buildAddressMap(draft: IpPlanDraft): AddressMapLayout {
  const ranges = mapRanges(draft);
  const overlaps = overlapsOf(ranges);
  const groups = groupRanges(ranges).map((members): MapGroup => {
    const axis = enclosingBlock(members.map((m) => m.cidr));
    const mine = overlaps.filter((o) => members.includes(o.between[0]));
    return {
      axis,
      axisLabels: axisLabels(axis),
      bars: members.map((range) => ({ range, ...spanOf(axis, range.cidr) })),
      overlaps: mine.map((o) => ({ ...spanOf(axis, o.range), text: formatRange(o.range), between: o.between })),
    };
  });
  const cluster = ranges.find((r) => r.kind === 'cluster');
  const mask = wholeNumber(draft.nodeMask);
  const nodeSubnets = cluster && mask !== undefined ? nodeSubnetMarks(cluster.cidr, mask, wholeNumber(draft.nodes) ?? 0, overlaps) : null;
  return { groups, nodeSubnets, summary: describe(ranges, groups, nodeSubnets) };
}

/** The picture in words, for the SVG's aria-label: screen readers get what the eye gets. */
function describe(ranges: readonly MapRange[], groups: readonly MapGroup[], nodes: NodeSubnetMarks | null): string {
  const parts = [`Address map of ${ranges.map((r) => `${r.label} ${r.cidr.text}`).join(', ')}.`];
  const overlaps = groups.flatMap((g) => g.overlaps);
  parts.push(overlaps.length === 0 ? 'No overlaps.' : `Overlaps: ${overlaps.map((o) => `${o.between[0].label} and ${o.between[1].label} on ${o.text}`).join('; ')}.`);
  if (nodes) parts.push(`${nodes.used} of ${nodes.total} node subnets of /${nodes.mask} used${nodes.missing > 0 ? `; ${nodes.missing} nodes get none` : ''}.`);
  return parts.join(' ');
}
