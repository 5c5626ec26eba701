import { beforeAll, describe, expect, it } from 'vitest';
import { loadPowerShellSyntax, type PowerShellSyntax } from '../../e2e/support/powershell-syntax.js';
import {
  adminProbe,
  computerSystemProbe,
  containersFeatureProbe,
  hotFixProbe,
  netAdaptersProbe,
  sshPublicKeyProbe,
  tcpReachableProbe,
  vxlanFirewallProbe,
  windowsBuildProbe,
} from './preflight-commands.js';

let syntax: PowerShellSyntax;
beforeAll(async () => {
  syntax = await loadPowerShellSyntax();
});

const probes: Record<string, string> = {
  windowsBuildProbe: windowsBuildProbe(),
  hotFixProbe: hotFixProbe(),
  containersFeatureProbe: containersFeatureProbe(),
  netAdaptersProbe: netAdaptersProbe(),
  tcpReachableProbe: tcpReachableProbe('10.0.0.10'),
  adminProbe: adminProbe(),
};

describe('preflight probes', () => {
  it('are these exact one-line scripts', () => {
    expect(probes).toEqual({
      windowsBuildProbe: String.raw`$v = Get-ItemProperty -LiteralPath 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion'; '{0}.{1}' -f $v.CurrentBuildNumber, $v.UBR`,
      hotFixProbe: `if (Get-HotFix -Id 'KB4489899' -ErrorAction SilentlyContinue) { 'installed' } else { 'missing' }`,
      containersFeatureProbe: '[string](Get-WindowsFeature -Name Containers).InstallState',
      netAdaptersProbe: `ConvertTo-Json -Compress -InputObject @(Get-NetAdapter | Select-Object -Property @('Name','InterfaceDescription','ifIndex','Status','MacAddress'))`,
      tcpReachableProbe: `$ProgressPreference = 'SilentlyContinue'; Test-NetConnection -ComputerName '10.0.0.10' -Port 6443 -InformationLevel Quiet -WarningAction SilentlyContinue`,
      adminProbe: '([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)',
    });
  });

  it.each(Object.entries(probes))('%s parses, every literal verbatim', (_name, script) => {
    const check = syntax.check(script);
    expect(check.hasError).toBe(false);
    expect(check.literals.filter((literal) => literal.problem)).toEqual([]);
  });

  it('quotes the host and the hotfix id, and writes a checked port as a number', () => {
    expect(tcpReachableProbe("cp'1.example", 443)).toBe(
      `$ProgressPreference = 'SilentlyContinue'; Test-NetConnection -ComputerName 'cp''1.example' -Port 443 -InformationLevel Quiet -WarningAction SilentlyContinue`,
    );
    expect(syntax.literalArgumentsOf(tcpReachableProbe('$(Restart-Computer)'))).toContainEqual({ at: 'Test-NetConnection -ComputerName', value: '$(Restart-Computer)' });
    expect(syntax.literalArgumentsOf(hotFixProbe('KB1\u2019; exit'))).toContainEqual({ at: 'Get-HotFix -Id', value: 'KB1\u2019; exit' });
    for (const port of [0, 65_536, 1.5, Number.NaN]) expect(() => tcpReachableProbe('cp', port)).toThrow(/Not a TCP port/);
  });
});

describe('the probes added for the node checks', () => {
  it('vxlanFirewallProbe: the firewall state and the rules allowing UDP 4789, as one JSON object', () => {
    expect(vxlanFirewallProbe()).toBe(
      "$enabled = @(Get-NetFirewallProfile | Where-Object { $_.Enabled }).Count -gt 0; $rules = @(Get-NetFirewallRule -Direction Inbound -Action Allow -Enabled True | Where-Object { $filter = $_ | Get-NetFirewallPortFilter; ($filter.Protocol -eq 'UDP' -or $filter.Protocol -eq 'Any') -and ($filter.LocalPort -contains '4789' -or $filter.LocalPort -contains 'Any') } | ForEach-Object { $_.DisplayName }); ConvertTo-Json -Compress -InputObject @{ firewallEnabled = $enabled; allowRules = $rules }",
    );
    // The constants inside the Where-Object block count as "part of a larger expression"; they are not values.
    expect(syntax.check(vxlanFirewallProbe()).hasError).toBe(false);
    expect(vxlanFirewallProbe(8472)).toContain("$filter.LocalPort -contains '8472'");
    expect(syntax.check(vxlanFirewallProbe(8472)).hasError).toBe(false);
    for (const port of [0, 65_536, 4789.5, Number.NaN]) expect(() => vxlanFirewallProbe(port)).toThrow(/Not a UDP port/);
  });

  it('computerSystemProbe: the manufacturer and model as one JSON object', () => {
    expect(computerSystemProbe()).toBe(
      "ConvertTo-Json -Compress -InputObject (Get-CimInstance -ClassName Win32_ComputerSystem | Select-Object -Property @('Manufacturer','Model'))",
    );
    const check = syntax.check(computerSystemProbe());
    expect(check.hasError).toBe(false);
    expect(check.literals).toEqual([
      { at: 'ConvertTo-Json -InputObject › Select-Object -Property › @()', value: 'Manufacturer' },
      { at: 'ConvertTo-Json -InputObject › Select-Object -Property › @()', value: 'Model' },
    ]);
  });

  it('sshPublicKeyProbe: the key install generates, or the word missing', () => {
    expect(sshPublicKeyProbe()).toBe(
      String.raw`$key = Join-Path -Path $env:USERPROFILE -ChildPath '.ssh\id_rsa.pub'; if (Test-Path -LiteralPath $key) { (Get-Content -LiteralPath $key -Raw).Trim() } else { 'missing' }`,
    );
    const check = syntax.check(sshPublicKeyProbe());
    expect(check.hasError).toBe(false);
    expect(check.literals).toEqual([
      { at: '$key = › Join-Path -ChildPath', value: '.ssh\\id_rsa.pub' },
      { at: 'expression', value: 'missing' },
    ]);
  });
});
