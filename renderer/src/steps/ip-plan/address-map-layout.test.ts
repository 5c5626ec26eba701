import { describe, expect, it } from 'vitest';
import { parseIpv4Cidr, type Ipv4Cidr } from '../../../../shared/ip-plan/ipv4.js';
import { defaultPlan, type IpPlanDraft } from '../../../../shared/plan/plan-schema.js';
import { buildAddressMap, enclosingBlock, groupRanges, mapRanges, maxNodeTicks, regionOf } from './address-map-layout.js';

function cidr(text: string): Ipv4Cidr {
  const parsed = parseIpv4Cidr(text);
  if (!parsed.ok) throw new Error(`bad test CIDR ${text}`);
  return parsed.cidr;
}

const plan = (change: Partial<IpPlanDraft> = {}): IpPlanDraft => ({ ...defaultPlan().ipPlan, ...change });

describe('enclosingBlock and regionOf', () => {
  it('finds the smallest aligned block around ranges', () => {
    expect(enclosingBlock([cidr('192.168.1.0/24'), cidr('192.168.255.0/30')]).text).toBe('192.168.0.0/16');
    expect(enclosingBlock([cidr('192.168.255.0/30')]).text).toBe('192.168.255.0/30');
    expect(enclosingBlock([cidr('10.0.0.0/8'), cidr('11.0.0.0/8')]).text).toBe('10.0.0.0/7');
    expect(enclosingBlock([cidr('0.0.0.0/1'), cidr('128.0.0.0/1')]).text).toBe('0.0.0.0/0');
  });

  it('puts a range in its private block, its /8 elsewhere, or itself when it is larger', () => {
    expect(regionOf(cidr('172.20.0.0/16')).text).toBe('172.16.0.0/12');
    expect(regionOf(cidr('100.64.0.0/10')).text).toBe('100.0.0.0/8');
    expect(regionOf(cidr('10.0.0.0/7')).text).toBe('10.0.0.0/7');
  });
});

describe('buildAddressMap', () => {
  it('draws the defaults as a 10.0.0.0/8 axis and the HNS network on its own', () => {
    const map = buildAddressMap(plan());
    expect(map.groups.map((g) => g.axis.text)).toEqual(['10.0.0.0/8', '192.168.255.0/30']);
    const [tenBlock] = map.groups;
    expect(tenBlock!.axisLabels.map((l) => [l.at, l.text])).toEqual([
      [0, '10.0.0.0'],
      [0.25, '10.64.0.0'],
      [0.5, '10.128.0.0'],
      [0.75, '10.192.0.0'],
      [1, '10.255.255.255'],
    ]);
    expect(map.groups[1]!.axisLabels.map((l) => l.text)).toEqual(['192.168.255.0', '192.168.255.3']);
    const bars = Object.fromEntries(tenBlock!.bars.map((b) => [b.range.kind, [b.from, b.to]]));
    expect(bars).toEqual({ cluster: [244 / 256, 245 / 256], service: [96 / 256, 112 / 256] });
    expect(map.groups.flatMap((g) => g.overlaps)).toEqual([]);
    expect(map.summary).toContain('No overlaps.');
  });

  it('marks overlaps with their span, on the group axis and inside the cluster', () => {
    const map = buildAddressMap(plan({ existingNetworks: ['10.244.7.0/24'] }));
    const [overlap] = map.groups[0]!.overlaps;
    expect(overlap!.text).toBe('10.244.7.0–10.244.7.255');
    expect(overlap!.between.map((r) => r.key)).toEqual(['clusterCidr', 'existingNetworks.0']);
    expect(overlap!.from).toBeCloseTo((244 * 65536 + 7 * 256) / 2 ** 24, 12);
    expect(map.nodeSubnets!.overlaps.map((o) => [o.from, o.to])).toEqual([[7 / 256, 8 / 256]]);
    expect(map.summary).toContain('Cluster CIDR and Existing 1 on 10.244.7.0–10.244.7.255');
  });

  it('finds the cluster inside the service range, and the HNS network inside a 192.168.255.0/24', () => {
    const map = buildAddressMap(plan({ clusterCidr: '192.168.255.0/24', serviceCidr: '10.96.0.0/12' }));
    const hnsGroup = map.groups.find((g) => g.axis.text === '192.168.255.0/24')!;
    expect(hnsGroup.overlaps.map((o) => o.text)).toEqual(['192.168.255.0–192.168.255.3']);
    const nested = buildAddressMap(plan({ clusterCidr: '10.96.0.0/16' }));
    expect(nested.groups[0]!.overlaps.map((o) => o.between.map((r) => r.kind))).toEqual([['cluster', 'service']]);
  });

  it('leaves out ranges that do not parse and keeps the indexes of the ones that do', () => {
    const ranges = mapRanges(plan({ clusterCidr: '10.244.1.0/16', existingNetworks: ['nope', '192.168.1.7/24', ''] }));
    expect(ranges.map((r) => [r.key, r.cidr.text])).toEqual([
      ['serviceCidr', '10.96.0.0/12'],
      ['existingNetworks.1', '192.168.1.0/24'],
      ['hns', '192.168.255.0/30'],
    ]);
    expect(buildAddressMap(plan({ clusterCidr: '' })).nodeSubnets).toBeNull();
  });

  it('joins a range that spans several blocks with everything inside it', () => {
    const groups = groupRanges(mapRanges(plan({ clusterCidr: '0.0.0.0/1' })));
    expect(groups.map((g) => g.map((r) => r.kind))).toEqual([['cluster', 'service'], ['hns']]);
  });
});

describe('node subnet marks', () => {
  it('ticks each used node subnet', () => {
    const marks = buildAddressMap(plan({ nodes: '3', clusterCidr: '10.244.0.0/22', nodeMask: '24' })).nodeSubnets!;
    expect(marks).toMatchObject({ total: 4, used: 3, missing: 0, ticks: [0, 0.25, 0.5, 0.75], usedPortion: { from: 0, to: 0.75 } });
  });

  it('counts the nodes that get no subnet', () => {
    const marks = buildAddressMap(plan({ nodes: '300', clusterCidr: '10.244.0.0/16' })).nodeSubnets!;
    expect(marks).toMatchObject({ total: 256, used: 256, missing: 44 });
    expect(marks.ticks).toHaveLength(257);
  });

  it('shades the used portion instead of drawing more than the tick limit', () => {
    const marks = buildAddressMap(plan({ nodes: '1000', clusterCidr: '10.0.0.0/8' })).nodeSubnets!;
    expect(maxNodeTicks).toBeLessThan(1000);
    expect(marks.ticks).toEqual([]);
    expect(marks.usedPortion.to).toBe(1000 / 65536);
  });

  it('draws no node subnets when the mask is shorter than the cluster prefix or not a number', () => {
    expect(buildAddressMap(plan({ clusterCidr: '10.244.0.0/25', nodeMask: '24' })).nodeSubnets).toBeNull();
    expect(buildAddressMap(plan({ nodeMask: 'x' })).nodeSubnets).toBeNull();
  });
});
