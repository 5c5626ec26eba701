import { describe, expect, it } from 'vitest';
import { evaluatePreflight } from '../preflight/evaluate-preflight.js';
import type { PreflightFacts } from '../preflight/preflight-facts.js';
import { HYPER_V_MAC_SPOOFING, VXLAN_FIREWALL_RULE } from '../preflight/preflight-fixes.js';
import { facts, failed, ok, withProbe } from '../preflight/testing/preflight-facts-fixture.js';
import { isAllowedExternalUrl } from './doc-links.js';
import {
  authorizedKeysMissingWarning,
  authorizedKeysWarning,
  hnsBlipWarning,
  kb4489899Warning,
  macSpoofingWarning,
  vxlanFirewallWarning,
  vxlanPortWarning,
  type MomentWarning,
} from './warnings.js';

// Real reports, from the preflight rules over probe outputs as Windows prints them (see the preflight tests).
const report = (input: PreflightFacts) => evaluatePreflight(input);
const machine = (manufacturer: string, model: string) => report(withProbe('computerSystem', ok(JSON.stringify({ Manufacturer: manufacturer, Model: model }))));
const firewall = (json: string) => report(withProbe('firewall', ok(json)));
const noRule = firewall('{"firewallEnabled":true,"allowRules":[]}');
const authorizedKeys = (text: string) => report(facts({ controlPlane: { ...facts().controlPlane!, authorizedKeys: ok(text) } }));
const keyMissing = authorizedKeys('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOperatorKey me@laptop\n');

describe('MAC spoofing, before install and join', () => {
  it.each<[string, ReturnType<typeof report> | undefined, boolean]>([
    ['a Hyper-V VM', machine('Microsoft Corporation', 'Virtual Machine'), true],
    ['a VMware VM', machine('VMware, Inc.', 'VMware7,1'), true],
    ['a KVM guest', machine('QEMU', 'Standard PC (Q35 + ICH9, 2009)'), true],
    ['a physical server', report(facts()), false],
    ['a machine the check could not read', report(withProbe('computerSystem', failed('WMI repository corrupt'))), false],
    ['no probe run', report(withProbe('computerSystem', undefined)), false],
    ['no preflight yet', undefined, false],
  ])('%s: %s', (_name, input, fires) => {
    expect(macSpoofingWarning(input) !== undefined).toBe(fires);
  });

  it('gives the Hyper-V command to copy, and the hypervisor’s own fix otherwise', () => {
    const hyperV = macSpoofingWarning(machine('Microsoft Corporation', 'Virtual Machine'));
    expect(hyperV?.text).toMatch(/^win-1 \(10\.0\.0\.21\) is a Hyper-V virtual machine .* MAC spoofing is allowed for this VM\. On the Hyper-V host, as administrator:$/);
    expect(hyperV?.command).toEqual({ what: 'the Hyper-V MAC spoofing command', text: HYPER_V_MAC_SPOOFING });
    const vmware = macSpoofingWarning(machine('VMware, Inc.', 'VMware7,1'));
    expect(vmware?.command).toBeUndefined();
    expect(vmware?.text).toContain('Promiscuous mode, MAC address changes and Forged transmits to Accept');
  });
});

describe('KB4489899, once the build is known to be 17763', () => {
  it.each<[string, string, boolean]>([
    ['vxlan', '17763', true],
    ['vxlan', '10.0.17763', true],
    ['vxlan', ' 17763.316 ', true],
    ['VXLAN', '17763.378', true],
    ['vxlan', '17763.379', false],
    ['vxlan', '17763.5458', false],
    ['vxlan', '20348.1', false],
    ['vxlan', '14393.0', false],
    ['vxlan', '', false],
    ['vxlan', '1776', false],
    ['bridge', '17763', false],
    ['', '17763', false],
  ])('plugin %j, build %j', (plugin, windowsBuild, fires) => {
    expect(kb4489899Warning({ plugin, windowsBuild }) !== undefined).toBe(fires);
  });

  it('names the revision when it is known to be too old, and offers the check and bridge', () => {
    expect(kb4489899Warning({ plugin: 'vxlan', windowsBuild: '17763.316' })?.text).toMatch(/^Build 17763\.316 is older than 17763\.379: .* or choose bridge\.$/);
    expect(kb4489899Warning({ plugin: 'vxlan', windowsBuild: '17763' })?.text).toMatch(/^Windows Server 2019 \(build 17763\) runs overlay/);
    expect(kb4489899Warning({ plugin: 'vxlan', windowsBuild: '17763' })?.command?.text).toBe('Get-HotFix -Id KB4489899');
  });
});

describe('UDP 4789', () => {
  it.each<[string, boolean]>([
    ['vxlan', true],
    [' Vxlan ', true],
    ['bridge', false],
    ['', false],
  ])('next to the VXLAN port, for plugin %j', (plugin, fires) => {
    expect(vxlanPortWarning(plugin) !== undefined).toBe(fires);
  });

  it.each<[string, ReturnType<typeof report> | undefined, 'kubecluster' | 'kubeadm', boolean]>([
    ['no rule, containerd + kubeadm', noRule, 'kubeadm', true],
    ['no rule, KubeCluster.ps1 (its join opens the port)', noRule, 'kubecluster', false],
    ['a rule allows it', report(facts()), 'kubeadm', false],
    ['the firewall is off', firewall('{"firewallEnabled":false,"allowRules":[]}'), 'kubeadm', false],
    ['the firewall could not be read', report(withProbe('firewall', failed('Access is denied'))), 'kubeadm', false],
    ['bridge (no VXLAN)', report(facts({ plugin: 'bridge' })), 'kubeadm', false],
    ['no preflight yet', undefined, 'kubeadm', false],
  ])('before join, when preflight finds %s', (_name, input, method, fires) => {
    const warning = vxlanFirewallWarning(input, method);
    expect(warning !== undefined).toBe(fires);
    if (warning) expect(warning.command?.text).toBe(VXLAN_FIREWALL_RULE);
  });
});

describe('the HNS network blip, on the install and join panel', () => {
  it.each<[boolean, boolean, boolean, boolean]>([
    [false, false, false, true],
    [true, false, false, true],
    [false, true, false, false],
    [false, false, true, false],
    [true, true, true, false],
  ])('remote %s, join blocked %s, joined %s', (remote, joinBlocked, joined, fires) => {
    expect(hnsBlipWarning({ remote, joinBlocked, joined }) !== undefined).toBe(fires);
  });

  it('says which sessions may drop', () => {
    expect(hnsBlipWarning({ remote: true, joinBlocked: false, joined: false })?.text).toContain('the SSH session the wizard uses');
    expect(hnsBlipWarning({ remote: false, joinBlocked: false, joined: false })?.text).toContain('a Remote Desktop or SSH session to this machine may disconnect');
  });
});

describe('authorized_keys', () => {
  it('in the consent dialog, names who can log in where', () => {
    expect(authorizedKeysWarning({ user: 'ubuntu', host: '10.0.0.5' }).text).toMatch(/^Whoever holds the node’s private key can log in to 10\.0\.0\.5 as ubuntu, .* when the node leaves the cluster\.$/);
  });

  it.each<[string, ReturnType<typeof report> | undefined, 'kubecluster' | 'kubeadm', boolean]>([
    ['the key missing', keyMissing, 'kubecluster', true],
    ['the key missing, containerd + kubeadm (no scp)', keyMissing, 'kubeadm', false],
    ['the key there', report(facts()), 'kubecluster', false],
    ['no key on the node yet', report(withProbe('publicKey', ok('missing'))), 'kubecluster', false],
    ['authorized_keys unreadable', report(facts({ controlPlane: { ...facts().controlPlane!, authorizedKeys: failed('cat: Permission denied') } })), 'kubecluster', false],
    ['no control plane to ask', report(facts({ controlPlane: undefined })), 'kubecluster', false],
    ['no preflight yet', undefined, 'kubecluster', false],
  ])('before join, when preflight finds %s', (_name, input, method, fires) => {
    expect(authorizedKeysMissingWarning(input, method) !== undefined).toBe(fires);
  });
});

describe('every warning', () => {
  const all: MomentWarning[] = [
    macSpoofingWarning(machine('Microsoft Corporation', 'Virtual Machine'))!,
    kb4489899Warning({ plugin: 'vxlan', windowsBuild: '17763' })!,
    vxlanPortWarning('vxlan')!,
    vxlanFirewallWarning(noRule, 'kubeadm')!,
    hnsBlipWarning({ remote: false, joinBlocked: false, joined: false })!,
    authorizedKeysWarning({ user: 'ubuntu', host: 'cp' }),
    authorizedKeysMissingWarning(keyMissing, 'kubecluster')!,
  ];

  it('has its own id, a title, a text and a link the app may open', () => {
    expect(new Set(all.map((warning) => warning.id)).size).toBe(all.length);
    for (const warning of all) {
      expect(warning.title.trim(), warning.id).not.toBe('');
      expect(warning.text.trim(), warning.id).not.toBe('');
      expect(isAllowedExternalUrl(warning.why.url), warning.id).toBe(true);
    }
  });
});
