/**
 * Security property for the node checks that take an operator's value (see hostile-values.property.test.ts for
 * the proof): the kubeadm folder probe, whose folder comes from the plan, keeps a hostile folder one verbatim
 * string literal, for 10,000 generated values. Probes without operator values (windowsBuildProbe, adminProbe,
 * …) have nothing to inject; vxlanFirewallProbe takes a port it checks as an integer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { kubeadmFolderProbe } from './kubecluster-commands.js';
import { vxlanFirewallProbe } from './preflight-commands.js';
import { assertForHostileValues, literalChecker, type Site } from './testing/literal-property.js';

const sites: Record<string, Site> = {
  'kubeadmFolderProbe (dir)': ([dir]) => kubeadmFolderProbe(dir),
};

let checkSites: (value: string) => void;

beforeAll(async () => {
  checkSites = await literalChecker(sites);
});

describe('hostile values through the node probes (property)', () => {
  it('a hostile kubeadm folder stays one verbatim literal with exactly its content, for 10,000 generated values', () => {
    assertForHostileValues('kubeadmFolderProbe', checkSites);
  }, 120_000);

  it('the firewall probe takes only a port number', () => {
    for (const port of [0, -1, 65_536, 1.5, Number.NaN]) expect(() => vxlanFirewallProbe(port)).toThrow(/Not a UDP port/);
    expect(vxlanFirewallProbe(4789)).toContain("'4789'");
  });
});
