import { describe, expect, it } from 'vitest';
import { evaluatePreflight } from './evaluate-preflight.js';
import { HYPER_V_MAC_SPOOFING, VXLAN_FIREWALL_RULE } from './preflight-fixes.js';
import { type PreflightCheck } from './preflight-types.js';
import type { PreflightFacts, ProbeOutcome } from './preflight-facts.js';
import { ok, failed, adapter, adapters, facts, withProbe, checkOf, type Case } from './testing/preflight-facts-fixture.js';

describe('network-adapters and interface', () => {
  const single = ok(JSON.stringify(adapter('Ethernet 2')));
  const wrapped = ok(JSON.stringify({ value: [adapter('Ethernet')], Count: 1 }));

  it.each<[string, ProbeOutcome | undefined, string | undefined, Partial<PreflightCheck>, Partial<PreflightCheck>]>([
    ['a single adapter printed as an object', single, 'ethernet 2', { status: 'pass', detail: '1 adapter: "Ethernet 2" (Up).' }, { status: 'pass' }],
    ["Windows PowerShell 5.1's array wrapper", wrapped, undefined, { status: 'pass' }, { status: 'pass' }],
    ['the name in other case', adapters(adapter('Ethernet')), 'ETHERNET', { status: 'pass' }, { status: 'pass', detail: 'Adapter "Ethernet" (Ethernet adapter, ifIndex 6) is Up.' }],
    ['one other adapter', adapters(adapter('Ethernet0', 'Up', 4)), 'Ethernet', { status: 'pass' }, {
      status: 'fail',
      fix: 'Set Cni.InterfaceName to "Ethernet0"; the guide\'s "Ethernet" is only an example.',
    }],
    ['the guide\'s "Ethernet" absent', adapters(adapter('Ethernet0', 'Up', 4), adapter('Ethernet1', 'Disconnected', 5), adapter('vEthernet (nat)', 'Up', 9)), 'Ethernet', { status: 'pass' }, {
      status: 'fail',
      detail: 'No adapter named "Ethernet" on win-1 (10.0.0.21); it has "Ethernet0" (Up), "Ethernet1" (Disconnected), "vEthernet (nat)" (Up).',
      fix: 'Set Cni.InterfaceName to one of "Ethernet0", "vEthernet (nat)"; the guide\'s "Ethernet" is only an example.',
    }],
    ['the named adapter disconnected', adapters(adapter('Ethernet', 'Disconnected'), adapter('Ethernet 2')), 'Ethernet', { status: 'pass' }, {
      status: 'fail',
      detail: 'Adapter "Ethernet" (Disconnected) is not Up.',
      fix: 'Connect or enable "Ethernet" (`Enable-NetAdapter -Name \'Ethernet\'`), or set Cni.InterfaceName to an adapter that is Up.',
    }],
    ['none up', adapters(adapter('Ethernet', 'Disabled')), 'Ethernet', { status: 'fail', detail: '1 adapter: "Ethernet" (Disabled). None is Up.' }, { status: 'fail' }],
    ['no adapters', ok('[]'), 'Ethernet', { status: 'fail', detail: 'Get-NetAdapter lists no adapters on win-1 (10.0.0.21).' }, {
      status: 'fail',
      fix: 'No adapter is Up: connect one, then set Cni.InterfaceName to it; the guide\'s "Ethernet" is only an example.',
    }],
    ['an empty InterfaceName', adapters(adapter('Ethernet')), '', { status: 'pass' }, { status: 'fail', detail: 'Cni.InterfaceName is empty.', fix: expect.stringContaining('"Ethernet"') as string }],
    ['not JSON', ok('Name Status\n---- ------'), 'Ethernet', { status: 'warn', detail: expect.stringMatching(/^could not check: Get-NetAdapter did not print JSON/) as string }, { status: 'warn' }],
    ['an adapter without ifIndex', ok('[{"Name":"Ethernet","Status":"Up"}]'), 'Ethernet', { status: 'warn' }, { status: 'warn' }],
    ['a number instead', ok('42'), 'Ethernet', { status: 'warn' }, { status: 'warn' }],
    ['failed', failed('Get-NetAdapter : Access denied'), 'Ethernet', { status: 'warn', detail: 'could not check: Get-NetAdapter : Access denied' }, { status: 'warn' }],
    ['not run', undefined, 'Ethernet', { status: 'skip' }, { status: 'skip' }],
  ])('%s', (_name, outcome, interfaceName, wantAdapters, wantInterface) => {
    const input = { ...withProbe('netAdapters', outcome), ...(interfaceName === undefined ? {} : { interfaceName }) };
    expect(checkOf(input, 'network-adapters')).toMatchObject(wantAdapters);
    expect(checkOf(input, 'interface')).toMatchObject(wantInterface);
  });

  it('puts the adapters in the report, as many as could be read', () => {
    expect(evaluatePreflight(withProbe('netAdapters', single)).adapters).toEqual([
      { name: 'Ethernet 2', description: 'Ethernet 2 adapter', ifIndex: 6, status: 'Up', macAddress: '00-15-5D-01-02-03' },
    ]);
    expect(evaluatePreflight(withProbe('netAdapters', ok('[{"Name":"Ethernet","ifIndex":3,"Status":null,"MacAddress":null}]'))).adapters).toEqual([
      { name: 'Ethernet', description: '', ifIndex: 3, status: '', macAddress: '' },
    ]);
    expect(evaluatePreflight(withProbe('netAdapters', ok('garbage'))).adapters).toEqual([]);
  });
});

describe('control-plane-api and control-plane-ssh', () => {
  it.each<[string, PreflightFacts, Partial<PreflightCheck>, Partial<PreflightCheck>]>([
    ['both reachable', facts(), { status: 'pass' }, { status: 'pass' }],
    ['the API port closed', withProbe('apiReachable', ok('False')), {
      status: 'fail',
      detail: 'win-1 (10.0.0.21) cannot open TCP 10.0.0.5:6443 (the API server).',
      fix: "Open TCP 6443 on the control plane's firewall (e.g. `sudo ufw allow 6443/tcp`, or the cloud's security group) and check that Kubernetes.ControlPlane.IpAddress (10.0.0.5) is the control plane's address as win-1 (10.0.0.21) reaches it.",
    }, { status: 'pass' }],
    ['SSH closed', withProbe('sshReachable', ok('False\r\n')), { status: 'pass' }, {
      status: 'fail',
      detail: 'win-1 (10.0.0.21) cannot open TCP 10.0.0.5:22 (SSH).',
      fix: "Start sshd on the control plane and open TCP 22 in its firewall (e.g. `sudo ufw allow 22/tcp`): join copies the kubeconfig from 10.0.0.5 over scp. Check that Kubernetes.ControlPlane.IpAddress (10.0.0.5) is the control plane's address as win-1 (10.0.0.21) reaches it.",
    }],
    ['malformed', withProbe('apiReachable', ok('WARNING: TCP connect failed')), { status: 'warn', detail: 'could not check: Test-NetConnection printed neither True nor False: WARNING: TCP connect failed' }, { status: 'pass' }],
    ['failed', withProbe('sshReachable', failed('exit code 1')), { status: 'pass' }, { status: 'warn', detail: 'could not check: exit code 1', fix: expect.stringContaining('`Test-NetConnection -ComputerName 10.0.0.5 -Port 22`') as string }],
    ['no address (and so no probes)', { ...facts({ probes: {} }), probes: {}, controlPlaneIp: ' ' }, { status: 'fail', detail: 'Kubernetes.ControlPlane.IpAddress is empty.' }, { status: 'fail' }],
    ['not run', { ...facts(), probes: {} }, { status: 'skip' }, { status: 'skip' }],
  ])('%s', (_name, input, wantApi, wantSsh) => {
    expect(checkOf(input, 'control-plane-api')).toMatchObject(wantApi);
    expect(checkOf(input, 'control-plane-ssh')).toMatchObject(wantSsh);
  });
});

describe('vxlan-firewall', () => {
  const firewall = (json: string) => withProbe('firewall', ok(json));
  it.each<Case>([
    ['bridge', { ...facts(), plugin: 'bridge' }, { status: 'skip', detail: 'not needed for bridge' }],
    ['the firewall off', firewall('{"firewallEnabled":false,"allowRules":[]}'), { status: 'pass', detail: 'Windows Firewall is off in every profile: UDP 4789 is not filtered.' }],
    ['two rules', firewall('{"allowRules":["Flannel VXLAN (UDP 4789)","Allow all"],"firewallEnabled":true}'), { status: 'pass', detail: 'Inbound UDP 4789 is allowed by "Flannel VXLAN (UDP 4789)", "Allow all".' }],
    ['one rule as a bare string', firewall('{"firewallEnabled":true,"allowRules":"VXLAN"}'), { status: 'pass', detail: 'Inbound UDP 4789 is allowed by "VXLAN".' }],
    ['no rule', firewall('{"firewallEnabled":true,"allowRules":[]}'), {
      status: 'warn',
      detail: 'Windows Firewall is on and no enabled inbound rule allows UDP 4789 (VXLAN).',
      fix: "New-NetFirewallRule -Name 'FlannelVxlan4789' -DisplayName 'Flannel VXLAN (UDP 4789)' -Direction Inbound -Protocol UDP -LocalPort 4789 -Action Allow",
    }],
    ['no rule, as null', firewall('{"firewallEnabled":true,"allowRules":null}'), { status: 'warn', fix: VXLAN_FIREWALL_RULE }],
    ['a string for the flag', firewall('{"firewallEnabled":"True","allowRules":[]}'), { status: 'warn', detail: expect.stringMatching(/^could not check: not the firewall JSON/) as string }],
    ['a rule that is not a name', firewall('{"firewallEnabled":true,"allowRules":[{}]}'), { status: 'warn', detail: expect.stringMatching(/^could not check: a rule without a name/) as string }],
    ['not JSON', firewall('True'), { status: 'warn' }],
    ['not run', withProbe('firewall', undefined), { status: 'skip' }],
  ])('%s', (_name, input, want) => {
    expect(checkOf(input, 'vxlan-firewall')).toMatchObject(want);
  });
});

describe('virtual-machine', () => {
  const machine = (manufacturer: string, model: string) => withProbe('computerSystem', ok(JSON.stringify({ Manufacturer: manufacturer, Model: model })));
  const generic = (name: string) => `On the ${name} side, allow MAC spoofing / forged transmits for this VM's network adapter: pod traffic leaves with MAC addresses that are not the adapter's own.`;
  it.each<Case>([
    ['Hyper-V', machine('Microsoft Corporation', 'Virtual Machine'), {
      status: 'warn',
      detail: 'win-1 (10.0.0.21) is a Hyper-V virtual machine (Microsoft Corporation Virtual Machine).',
      fix: 'On the Hyper-V host: Get-VMNetworkAdapter -VMName <vm> | Set-VMNetworkAdapter -MacAddressSpoofing On',
    }],
    ['VMware', machine('VMware, Inc.', 'VMware Virtual Platform'), {
      status: 'warn',
      fix: "On the vSwitch or port group of this VM's network (vSphere: Edit settings › Security), set Promiscuous mode, MAC address changes and Forged transmits to Accept.",
    }],
    ['VMware by its model', machine('Unknown', 'VMware7,1'), { status: 'warn', detail: expect.stringContaining('a VMware virtual machine') as string }],
    ['QEMU', machine('QEMU', 'Standard PC (Q35 + ICH9, 2009)'), { status: 'warn', fix: generic('QEMU/KVM') }],
    ['KVM', machine('Red Hat', 'KVM'), { status: 'warn', fix: generic('QEMU/KVM') }],
    ['Xen', machine('Xen', 'HVM domU'), { status: 'warn', fix: generic('Xen') }],
    ['VirtualBox', machine('innotek GmbH', 'VirtualBox'), { status: 'warn', fix: generic('VirtualBox') }],
    ['Amazon EC2', machine('Amazon EC2', 'm5.large'), { status: 'warn', fix: generic('Amazon EC2') }],
    ['Google', machine('Google', 'Google Compute Engine'), { status: 'warn', fix: generic('Google Compute Engine') }],
    ['a physical machine', machine('HPE', 'ProLiant DL380 Gen10'), { status: 'pass', detail: 'HPE ProLiant DL380 Gen10: no known hypervisor, so a physical machine.' }],
    ['Microsoft hardware that is not a VM', machine('Microsoft Corporation', 'Surface Pro 7'), { status: 'pass' }],
    ['no model', withProbe('computerSystem', ok('{"Manufacturer":"Dell Inc."}')), { status: 'warn', detail: expect.stringMatching(/^could not check: not the computer system JSON/) as string }],
    ['not JSON', withProbe('computerSystem', ok('Dell Inc.')), { status: 'warn' }],
    ['failed', withProbe('computerSystem', failed('WMI repository corrupt')), { status: 'warn', detail: 'could not check: WMI repository corrupt' }],
    ['not run', withProbe('computerSystem', undefined), { status: 'skip' }],
  ])('%s', (_name, input, want) => {
    expect(checkOf(input, 'virtual-machine')).toMatchObject(want);
  });

  it('quotes the Hyper-V command exactly', () => {
    expect(HYPER_V_MAC_SPOOFING).toBe('Get-VMNetworkAdapter -VMName <vm> | Set-VMNetworkAdapter -MacAddressSpoofing On');
  });
});
