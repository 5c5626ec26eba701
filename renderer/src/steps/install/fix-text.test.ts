import { describe, expect, it } from 'vitest';
import { fixParts, looksLikeCommand } from './fix-text.js';

describe('looksLikeCommand', () => {
  it('knows cmdlets, scripts and CLIs, not prose', () => {
    expect(looksLikeCommand('Set-VMNetworkAdapter -VMName win1 -MacAddressSpoofing On')).toBe(true);
    expect(looksLikeCommand('.\\KubeCluster.ps1 -install')).toBe(true);
    expect(looksLikeCommand('kubectl get nodes')).toBe(true);
    expect(looksLikeCommand('Hyper-V: turn on MAC address spoofing.')).toBe(false);
    expect(looksLikeCommand('Set Cni.InterfaceName to the adapter')).toBe(false);
    expect(looksLikeCommand('Re-run the install.')).toBe(false);
  });
});

describe('fixParts', () => {
  it('keeps plain prose as one text part', () => {
    expect(fixParts('Set Cni.InterfaceName to the adapter, as Get-NetAdapter lists it.')).toEqual([{ kind: 'text', text: 'Set Cni.InterfaceName to the adapter, as Get-NetAdapter lists it.' }]);
  });

  it('makes a command on its own line a command part', () => {
    expect(fixParts('On the Hyper-V host, as administrator:\nSet-VMNetworkAdapter -VMName win1 -MacAddressSpoofing On\nThen restart the VM.')).toEqual([
      { kind: 'text', text: 'On the Hyper-V host, as administrator:' },
      { kind: 'command', text: 'Set-VMNetworkAdapter -VMName win1 -MacAddressSpoofing On', inline: false },
      { kind: 'text', text: 'Then restart the VM.' },
    ]);
  });

  it('takes commands between backticks as inline, and after a colon that ends the prose as a block', () => {
    expect(fixParts("Open TCP 6443 on the control plane's firewall (e.g. `sudo ufw allow 6443/tcp`, or the cloud's security group).")).toEqual([
      { kind: 'text', text: "Open TCP 6443 on the control plane's firewall (e.g. " },
      { kind: 'command', text: 'sudo ufw allow 6443/tcp', inline: true },
      { kind: 'text', text: ", or the cloud's security group)." },
    ]);
    expect(fixParts('On the Hyper-V host: Get-VMNetworkAdapter -VMName <vm> | Set-VMNetworkAdapter -MacAddressSpoofing On')).toEqual([
      { kind: 'text', text: 'On the Hyper-V host:' },
      { kind: 'command', text: 'Get-VMNetworkAdapter -VMName <vm> | Set-VMNetworkAdapter -MacAddressSpoofing On', inline: false },
    ]);
    expect(fixParts('Nothing to do by hand: install enables it and restarts the machine.')).toEqual([{ kind: 'text', text: 'Nothing to do by hand: install enables it and restarts the machine.' }]);
    expect(fixParts('Close the app (right-click › Run as administrator): install, join and reset change services.')).toHaveLength(1);
  });

  it('takes a whole-text command as one block', () => {
    const rule = "New-NetFirewallRule -Name 'FlannelVxlan4789' -DisplayName 'Flannel VXLAN (UDP 4789)' -Direction Inbound -Protocol UDP -LocalPort 4789 -Action Allow";
    expect(fixParts(rule)).toEqual([{ kind: 'command', text: rule, inline: false }]);
  });

  it('leaves an unmatched backtick in the prose', () => {
    expect(fixParts('a `b` c `d')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'command', text: 'b', inline: true },
      { kind: 'text', text: ' c `d' },
    ]);
  });
});
