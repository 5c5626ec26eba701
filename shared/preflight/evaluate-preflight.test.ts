import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePreflight, preflightCheckTitles } from './evaluate-preflight.js';
import { preflightCheckIds, preflightReportSchema } from './preflight-types.js';
import { failed, NODE_KEY, tokenList, goodProbes, facts } from './testing/preflight-facts-fixture.js';

describe('evaluatePreflight', () => {
  it('passes every check on a good node, in the ids order, with the adapters and the key', () => {
    const report = evaluatePreflight(facts());
    expect(report.checks.map((check) => [check.id, check.status])).toEqual(preflightCheckIds.map((id) => [id, 'pass']));
    expect(report.checks.map((check) => check.title)).toEqual(preflightCheckIds.map((id) => preflightCheckTitles[id]));
    expect(report.checks.every((check) => check.fix === undefined && check.action === undefined)).toBe(true);
    expect(report.adapters).toEqual([
      { name: 'Ethernet', description: 'Ethernet adapter', ifIndex: 6, status: 'Up', macAddress: '00-15-5D-01-02-03' },
      { name: 'vEthernet (nat)', description: 'vEthernet (nat) adapter', ifIndex: 12, status: 'Up', macAddress: '00-15-5D-01-02-03' },
    ]);
    expect(report.nodePublicKey).toBe(NODE_KEY);
    expect(preflightReportSchema.parse(report)).toEqual(report);
  });

  it('says precisely what it found when all is well', () => {
    const details = Object.fromEntries(evaluatePreflight(facts()).checks.map((check) => [check.id, check.detail]));
    expect(details).toEqual({
      administrator: 'PowerShell on win-1 (10.0.0.21) runs elevated (Administrators).',
      'windows-build': 'build 17763.379 (Windows Server 2019 / 1809).',
      kb4489899: 'build 17763.379 (Windows Server 2019 / 1809) includes KB4489899 (17763.379 or later).',
      'containers-feature': 'the Containers feature is Installed.',
      'network-adapters': '2 adapters: "Ethernet" (Up), "vEthernet (nat)" (Up).',
      interface: 'Adapter "Ethernet" (Ethernet adapter, ifIndex 6) is Up.',
      'control-plane-api': 'win-1 (10.0.0.21) reaches the API server at 10.0.0.5:6443.',
      'control-plane-ssh': 'win-1 (10.0.0.21) reaches SSH at 10.0.0.5:22.',
      'vxlan-firewall': 'Inbound UDP 4789 is allowed by "Flannel VXLAN (UDP 4789)".',
      'virtual-machine': 'Dell Inc. PowerEdge R740: no known hypervisor, so a physical machine.',
      'bootstrap-token': 'abcdef.… is valid for 22h (until 2020-01-16T10:20:30Z).',
      'ssh-key-authorized': "The node's ssh-rsa key …ey0123456789 (admin@WIN-1) is in ubuntu's authorized_keys on the control plane.",
    });
  });

  it('skips every node check whose probe did not run, and leaves the adapters and key out', () => {
    const report = evaluatePreflight({ ...facts(), probes: {}, controlPlane: undefined });
    expect(report.checks.map((check) => check.status)).toEqual(preflightCheckIds.map(() => 'skip'));
    expect(report.adapters).toEqual([]);
    expect(report.nodePublicKey).toBeUndefined();
  });

  it('reports a failed probe as "could not check": fail for administrator, warn elsewhere', () => {
    const everyProbeFailed = Object.fromEntries(Object.keys(goodProbes).map((name) => [name, failed('ssh: connection reset')]));
    const report = evaluatePreflight(facts({ probes: everyProbeFailed }));
    const statuses = Object.fromEntries(report.checks.map((check) => [check.id, check.status]));
    expect(statuses).toEqual({
      administrator: 'fail',
      'windows-build': 'warn',
      kb4489899: 'warn',
      'containers-feature': 'warn',
      'network-adapters': 'warn',
      interface: 'warn',
      'control-plane-api': 'warn',
      'control-plane-ssh': 'warn',
      'vxlan-firewall': 'warn',
      'virtual-machine': 'warn',
      'bootstrap-token': 'pass',
      'ssh-key-authorized': 'warn',
    });
    for (const check of report.checks.filter((candidate) => candidate.id !== 'bootstrap-token')) {
      expect(check.detail, check.id).toBe('could not check: ssh: connection reset');
      expect(check.fix, check.id).toMatch(/^Run the check again; if it fails the same way, run `.+` in an elevated PowerShell on win-1 \(10\.0\.0\.21\) to see why\./);
    }
  });
});

describe('any probe output', () => {
  const outcome = fc.oneof(
    fc.record({ ok: fc.constant(true as const), stdout: fc.oneof(fc.string(), fc.json(), fc.constantFrom('True', 'False', '17763.379', 'Installed', 'missing', '[]', '{}', 'null', tokenList)) }),
    fc.record({ ok: fc.constant(false as const), error: fc.string() }),
  );
  const probes = fc.record(
    {
      administrator: outcome,
      windowsBuild: outcome,
      hotFix: outcome,
      containersFeature: outcome,
      netAdapters: outcome,
      apiReachable: outcome,
      sshReachable: outcome,
      firewall: outcome,
      computerSystem: outcome,
      publicKey: outcome,
    },
    { requiredKeys: [] },
  );
  const controlPlane = fc.option(fc.record({ username: fc.string(), tokenList: outcome, authorizedKeys: outcome }, { requiredKeys: ['username'] }), { nil: undefined });

  it('never throws, and always gives the 12 checks in order, valid by the schema', () => {
    fc.assert(
      fc.property(probes, controlPlane, fc.string(), fc.string(), fc.string(), fc.constantFrom('vxlan', 'bridge', 'VXLAN', '', 'x'), fc.date({ noInvalidDate: true }), (probeSet, cp, token, interfaceName, ip, plugin, now) => {
        const report = evaluatePreflight({ targetLabel: 'this machine', plugin, interfaceName, controlPlaneIp: ip, controlPlaneUser: 'ubuntu', token, probes: probeSet, controlPlane: cp, now });
        expect(report.checks.map((check) => check.id)).toEqual([...preflightCheckIds]);
        expect(preflightReportSchema.safeParse(report).success).toBe(true);
        for (const check of report.checks) {
          if (check.status === 'warn' || check.status === 'fail') expect(check.fix, check.id).toBeTruthy();
        }
      }),
      { numRuns: 500 },
    );
  });
});
