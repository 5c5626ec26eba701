/**
 * Read-only probes of a Windows node before install/join, each a one-line script printing one value that is
 * easy to parse. Values are verbatim literals (quote.ts); numbers are checked, then written as numbers.
 */
import { powerShellArray, PowerShellValueError, quotePowerShellLiteral as literal } from './quote.js';

/** The OS build with its update revision, e.g. `17763.379` (what `parseWindowsBuild` reads). */
export function windowsBuildProbe(): string {
  return "$v = Get-ItemProperty -LiteralPath 'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion'; '{0}.{1}' -f $v.CurrentBuildNumber, $v.UBR";
}

/**
 * `installed` or `missing`. A later cumulative update supersedes KB4489899 and Get-HotFix may then not list
 * it, so the build's revision (17763.379 or later) is the better evidence; this is the second opinion.
 */
export function hotFixProbe(id = 'KB4489899'): string {
  return `if (Get-HotFix -Id ${literal(id)} -ErrorAction SilentlyContinue) { 'installed' } else { 'missing' }`;
}

/** The Containers feature's install state (`Installed`, `Available`, …), as KubeCluster.ps1 checks it. */
export function containersFeatureProbe(): string {
  return '[string](Get-WindowsFeature -Name Containers).InstallState';
}

/** The network adapters as one JSON array (also for a single adapter), for choosing `Cni.InterfaceName`. */
export function netAdaptersProbe(): string {
  // The property names are quoted because tree-sitter-powershell cannot parse a list of bare words.
  const properties = powerShellArray(['Name', 'InterfaceDescription', 'ifIndex', 'Status', 'MacAddress']);
  return `ConvertTo-Json -Compress -InputObject @(Get-NetAdapter | Select-Object -Property ${properties})`;
}

/** `True` when a TCP connection to the control plane's API server port succeeds, else `False`. */
export function tcpReachableProbe(host: string, port = 6443): string {
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new PowerShellValueError(`Not a TCP port: ${port}`);
  return `$ProgressPreference = 'SilentlyContinue'; Test-NetConnection -ComputerName ${literal(host)} -Port ${port} -InformationLevel Quiet -WarningAction SilentlyContinue`;
}

/** `True` when this PowerShell runs elevated (install, join and reset need it). */
export function adminProbe(): string {
  return '([Security.Principal.WindowsPrincipal][Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)';
}

/**
 * Inbound UDP 4789 (VXLAN) through Windows Firewall, as one JSON object: whether any profile has the firewall on,
 * and the display names of enabled inbound Allow rules whose port filter covers UDP 4789 (or any port).
 */
export function vxlanFirewallProbe(port = 4789): string {
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new PowerShellValueError(`Not a UDP port: ${port}`);
  return [
    '$enabled = @(Get-NetFirewallProfile | Where-Object { $_.Enabled }).Count -gt 0',
    `$rules = @(Get-NetFirewallRule -Direction Inbound -Action Allow -Enabled True | Where-Object { $filter = $_ | Get-NetFirewallPortFilter; ($filter.Protocol -eq 'UDP' -or $filter.Protocol -eq 'Any') -and ($filter.LocalPort -contains '${port}' -or $filter.LocalPort -contains 'Any') } | ForEach-Object { $_.DisplayName })`,
    'ConvertTo-Json -Compress -InputObject @{ firewallEnabled = $enabled; allowRules = $rules }',
  ].join('; ');
}

/** The machine's manufacturer and model as one JSON object, to tell a Hyper-V or VMware guest (MAC spoofing). */
export function computerSystemProbe(): string {
  return "ConvertTo-Json -Compress -InputObject (Get-CimInstance -ClassName Win32_ComputerSystem | Select-Object -Property @('Manufacturer','Model'))";
}

/**
 * The public key KubeCluster.ps1 -install generates for copying the kubeconfig (`~\.ssh\id_rsa.pub`), or the
 * word `missing`. Join's `scp` uses it, so the control plane must have it in authorized_keys.
 */
export function sshPublicKeyProbe(): string {
  return "$key = Join-Path -Path $env:USERPROFILE -ChildPath '.ssh\\id_rsa.pub'; if (Test-Path -LiteralPath $key) { (Get-Content -LiteralPath $key -Raw).Trim() } else { 'missing' }";
}
