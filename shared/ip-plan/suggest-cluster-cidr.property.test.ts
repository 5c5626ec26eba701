import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIpv4, networkContaining, overlapOf, parseIpv4Cidr } from './ipv4.js';
import { podAddressesPerNode } from './plan-numbers.js';
import { validateIpPlan } from './validate-ip-plan.js';

/** A random private network of a random size, written as an operator would (host bits allowed). */
const privateNetwork = fc
  .tuple(fc.constantFrom(10, 172, 192), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 8, max: 30 }))
  .map(([first, second, third, prefix]) => {
    const secondOctet = first === 172 ? 16 + (second % 16) : first === 192 ? 168 : second;
    return `${first}.${secondOctet}.${third}.0/${Math.max(prefix, first === 10 ? 8 : first === 172 ? 12 : 16)}`;
  });

const plans = fc
  .record({
    nodes: fc.integer({ min: 1, max: 5000 }),
    nodeMask: fc.integer({ min: 16, max: 28 }),
    podFraction: fc.double({ min: 0, max: 1, noNaN: true }),
    clusterBase: fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })),
    existing: fc.array(privateNetwork, { maxLength: 20 }),
  })
  .map(({ nodes, nodeMask, podFraction, clusterBase, existing }) => ({
    nodes: String(nodes),
    podsPerNode: String(Math.max(1, Math.floor(podFraction * podAddressesPerNode(nodeMask)))),
    nodeMask: String(nodeMask),
    clusterCidr: `10.${clusterBase[0]}.${clusterBase[1]}.0/24`,
    serviceCidr: '10.96.0.0/12',
    dnsIp: '10.96.0.10',
    existingNetworks: existing,
  }));

describe('the suggested cluster CIDR (property)', () => {
  it('satisfies every rule that concerns the cluster range, and is the smallest that does', () => {
    fc.assert(
      fc.property(plans, (draft) => {
        const suggestion = validateIpPlan(draft).suggestedClusterCidr;
        if (suggestion === null) return; // every private aligned range of the needed size is taken
        const report = validateIpPlan({ ...draft, clusterCidr: suggestion });
        const clusterErrors = report.errors.filter((error) => error.field === 'clusterCidr' || error.field === 'podsPerNode' || error.message.startsWith('Cluster CIDR'));
        expect(clusterErrors).toEqual([]);
        expect(report.suggestedClusterCidr).toBe(suggestion);

        // One bit smaller no longer fits the nodes.
        const parsed = parseIpv4Cidr(suggestion);
        if (!parsed.ok) throw new Error('suggestion does not parse');
        const halved = validateIpPlan({ ...draft, clusterCidr: `${formatIpv4(parsed.cidr.start)}/${parsed.cidr.prefix + 1}`, existingNetworks: [] });
        expect(halved.errors.some((e) => ['NODE_SUBNETS_EXHAUSTED', 'CLUSTER_TOO_SMALL'].includes(e.code))).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the operator’s base address when that range is free', () => {
    fc.assert(
      fc.property(plans, (draft) => {
        const plain = { ...draft, existingNetworks: [] };
        const suggestion = validateIpPlan(plain).suggestedClusterCidr;
        if (suggestion === null) return;
        const base = parseIpv4Cidr(draft.clusterCidr);
        const suggested = parseIpv4Cidr(suggestion);
        if (!base.ok || !suggested.ok) throw new Error('unparsable');
        const atBase = networkContaining(base.cidr.start, suggested.cidr.prefix);
        const service = parseIpv4Cidr('10.96.0.0/12');
        const hns = parseIpv4Cidr('192.168.255.0/30');
        if (!service.ok || !hns.ok) throw new Error('unparsable');
        if (!overlapOf(atBase, service.cidr) && !overlapOf(atBase, hns.cidr)) expect(suggestion).toBe(atBase.text);
      }),
      { numRuns: 200 },
    );
  });
});
