/**
 * The PowerShell scripts of the containerd flow (sig-windows-tools' current guide): fetch the two pinned scripts,
 * check them, run Install-Containerd.ps1 and PrepareNode.ps1, run `kubeadm join`, reset, and probe the node. Each
 * returns script text only; powershell-argv.ts turns it into the argv. Every value is a verbatim literal, and
 * every string literal stands alone as an argument or value (dynamic text is built with [string]::Concat), so the
 * syntax tests can prove where each value lands.
 */
import { formatHostPort, isBootstrapToken, normaliseCaHash, normaliseNodeName, parseHostPort } from '../modern-join/endpoint.js';
import { compareMinor, parseClusterKubeVersion, parseExactKubeVersion, type KubeVersion } from '../modern-join/kube-version.js';
import {
  CNI_CONFIG_DIR,
  CONTAINERD_CRI_SOCKET,
  CONTAINERD_PIPE,
  INSTALL_CONTAINERD,
  KUBELET_FIREWALL_RULE,
  KUBELET_PORT,
  KUBELET_SERVICE,
  MODERN_SCRIPTS,
  PREPARE_NODE,
} from '../modern-join/pinned-scripts.js';
import { RESET_MARKER } from '../modern-join/reset-markers.js';
import { powerShellArray, PowerShellValueError, quotePowerShellLiteral as literal } from './quote.js';

/** A path as PowerShell resolves it, taken literally (no wildcards) and made absolute against the current location. */
const resolved = (path: string) => `$ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath(${literal(path)})`;

/**
 * Runs a script from its folder. The process's own current directory follows too: PrepareNode.ps1 downloads
 * nssm.zip with curl.exe (relative to the process) and deletes it with Remove-Item (relative to PowerShell's
 * location), which fails under its `Stop` preference whenever the two differ, as they do after Set-Location.
 */
const fromFolder = (dir: string) => [
  `Set-Location -LiteralPath ${literal(dir)} -ErrorAction Stop`,
  '[Environment]::CurrentDirectory = (Get-Location -PSProvider FileSystem).ProviderPath',
];

/** `$env:SystemDrive\k\kubeadm.exe`, where PrepareNode.ps1 downloads it. */
const kubeadmPath = "$kubeadm = Join-Path -Path $env:SystemDrive -ChildPath 'k\\kubeadm.exe'";

/** Native stderr (klog, warnings) folded into the output as plain lines, in order; see kubeadmJoinScript. */
const runKubeadm = '& $kubeadm @arguments 2>&1 | ForEach-Object { [string]$_ }';

// ---------------------------------------------------------------------------------------------- the scripts

export interface ModernScriptsDownload {
  /** The folder the two scripts go to; created when missing. */
  dir: string;
}

/**
 * TLS 1.2, then each pinned URL fetched with Invoke-WebRequest and written from the response's raw bytes
 * (`.Content` would be decoded text, and `-OutFile` reads `[` `]` in a path as wildcards in Windows PowerShell).
 */
export function downloadModernScriptsScript({ dir }: ModernScriptsDownload): string {
  return [
    "$ErrorActionPreference = 'Stop'",
    "$ProgressPreference = 'SilentlyContinue'",
    '[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12',
    `$dir = ${resolved(dir)}`,
    'New-Item -ItemType Directory -Force -Path $dir | Out-Null',
    ...MODERN_SCRIPTS.flatMap((script) => [
      `$response = Invoke-WebRequest -Uri ${literal(script.url)} -UseBasicParsing`,
      `[IO.File]::WriteAllBytes((Join-Path -Path $dir -ChildPath ${literal(script.name)}), $response.RawContentStream.ToArray())`,
      `Write-Output ${literal(`downloaded ${script.name}`)}`,
    ]),
  ].join('\n');
}

/**
 * Checks the two scripts before anything runs them, printing one JSON object `{"files":{"<name>":{…}}}`: per
 * file its size (null when missing), SHA-256, the errors PowerShell's own parser finds and the parameters its
 * param() block declares. evaluateModernScripts reads it.
 */
export function modernScriptsProbe(dir: string): string {
  return [
    "$ErrorActionPreference = 'Stop'",
    `$dir = ${resolved(dir)}`,
    '$files = @{}',
    `foreach ($name in ${powerShellArray(MODERN_SCRIPTS.map((script) => script.name))}) {`,
    '  $path = Join-Path -Path $dir -ChildPath $name',
    '  $entry = @{ size = $null; sha256 = $null; parseErrors = @(); parameters = @() }',
    '  if (Test-Path -LiteralPath $path -PathType Leaf) {',
    '    $entry.size = (Get-Item -LiteralPath $path).Length',
    '    $entry.sha256 = (Get-FileHash -LiteralPath $path -Algorithm SHA256).Hash',
    '    $tokens = $null; $errors = $null',
    '    $ast = [System.Management.Automation.Language.Parser]::ParseFile($path, [ref]$tokens, [ref]$errors)',
    '    $entry.parseErrors = @($errors | ForEach-Object { $_.Message })',
    '    if ($ast.ParamBlock) { $entry.parameters = @($ast.ParamBlock.Parameters | ForEach-Object { $_.Name.VariablePath.UserPath }) }',
    '  }',
    '  $files[$name] = $entry',
    '}',
    // The default depth (2) would flatten the per-file lists into strings.
    'ConvertTo-Json -Compress -Depth 5 -InputObject @{ files = $files }',
  ].join('\n');
}

/** A containerd or crictl release as the script wants it: `1.7.1` (it adds the `v` itself; `v1.7.1` gave `vv1.7.1`). */
function releaseVersion(field: string, value: string): string {
  const match = /^v?(\d{1,3}\.\d{1,3}\.\d{1,4}(?:-(?:alpha|beta|rc)\.\d{1,3})?)$/.exec(value.trim());
  if (!match?.[1]) throw new PowerShellValueError(`${field}: "${value}" is not a release version like 1.7.1.`);
  return match[1];
}

export interface InstallContainerdRun {
  /** The folder holding Install-Containerd.ps1. */
  dir: string;
  /** `-ContainerDVersion`, e.g. `1.7.1` (the guide's). */
  containerdVersion: string;
  /** `-skipHypervisorSupportCheck`: for machines without Hyper-V support (no Hyper-V isolated containers). */
  skipHypervisorSupportCheck?: boolean;
  /** `-crictlVersion` (the script's default is 1.27.0). */
  crictlVersion?: string;
  /** `-CNIBinPath` / `-CNIConfigPath`; the flannel DaemonSet's CNI_BIN_PATH / CNI_CONFIG_PATH must match. */
  cniBinPath?: string;
  cniConfigPath?: string;
}

/**
 * `& .\Install-Containerd.ps1 -ContainerDVersion <v> [-crictlVersion …] [-CNIBinPath …] [-CNIConfigPath …]
 * [-skipHypervisorSupportCheck]` from its folder. It exits 0 after "Please reboot and re-run this script." when it
 * had to add a Windows feature; installContainerdOutcome tells that from success.
 */
export function installContainerdScript(run: InstallContainerdRun): string {
  const options = [`-ContainerDVersion ${literal(releaseVersion('containerdVersion', run.containerdVersion))}`];
  if (run.crictlVersion !== undefined) options.push(`-crictlVersion ${literal(releaseVersion('crictlVersion', run.crictlVersion))}`);
  if (run.cniBinPath !== undefined) options.push(`-CNIBinPath ${literal(run.cniBinPath)}`);
  if (run.cniConfigPath !== undefined) options.push(`-CNIConfigPath ${literal(run.cniConfigPath)}`);
  if (run.skipHypervisorSupportCheck) options.push('-skipHypervisorSupportCheck');
  return [...fromFolder(run.dir), `& .\\${INSTALL_CONTAINERD.name} ${options.join(' ')}`].join('\n');
}

/**
 * The pinned PrepareNode.ps1 always passes kubelet `--pod-infra-container-image`, which kubelet 1.34 no longer
 * accepts (sig-windows-tools PR #397, 2026): from 1.34 the kubelet service it registers would never start.
 */
export const PREPARE_NODE_FIRST_UNSUPPORTED_MINOR = 34;

export function prepareNodeVersion(value: string): KubeVersion {
  const version = parseExactKubeVersion(value);
  if (!version) throw new PowerShellValueError(`kubernetesVersion: "${value}" is not a version like v1.29.6 (PrepareNode.ps1 reads it as [version]).`);
  if (compareMinor(version, 1, PREPARE_NODE_FIRST_UNSUPPORTED_MINOR) >= 0) {
    throw new PowerShellValueError(
      `kubernetesVersion: ${version.text} needs a newer PrepareNode.ps1: the pinned one passes --pod-infra-container-image, which kubelet 1.34 removed.`,
    );
  }
  return version;
}

export interface PrepareNodeRun {
  /** The folder holding PrepareNode.ps1. */
  dir: string;
  /** Normalised to `v1.29.6`. */
  kubernetesVersion: string;
  /**
   * `-HostnameOverride` (default: `hostname`). It must equal kubeadm join's `--node-name`: StartKubelet.ps1 passes
   * it after kubeadm's flags, so it wins. PrepareNode.ps1 expands it into a script it runs with Invoke-Expression,
   * hence only RFC 1123 names.
   */
  hostnameOverride?: string;
}

/** `& .\PrepareNode.ps1 -KubernetesVersion v1.29.6 [-HostnameOverride <name>]` from its folder. */
export function prepareNodeScript({ dir, kubernetesVersion, hostnameOverride }: PrepareNodeRun): string {
  const options = [`-KubernetesVersion ${literal(prepareNodeVersion(kubernetesVersion).text)}`];
  if (hostnameOverride !== undefined) {
    const name = normaliseNodeName(hostnameOverride);
    if (!name) throw new PowerShellValueError(`hostnameOverride: "${hostnameOverride}" is not a host name (letters, digits, '-' and '.').`);
    options.push(`-HostnameOverride ${literal(name)}`);
  }
  return [...fromFolder(dir), `& .\\${PREPARE_NODE.name} ${options.join(' ')}`].join('\n');
}

// ---------------------------------------------------------------------------------------------- join and reset

export interface KubeadmJoin {
  /** `host:port` as the join command prints it. */
  apiServer: string;
  token: string;
  /** `sha256:<64 hex>`, passed to --discovery-token-ca-cert-hash. */
  caHash: string;
  /** The cluster's version: below 1.25 kubeadm needs the containerd socket named. */
  kubernetesVersion: string;
  /** `--node-name`; give the same name as PrepareNode.ps1's -HostnameOverride. */
  nodeName?: string;
}

/** Whether kubeadm join/reset of this version needs `--cri-socket` to find containerd on Windows. */
export const needsCriSocket = (version: KubeVersion): boolean => compareMinor(version, 1, 25) < 0;

/** The token and CA hash are secrets to the job log, so their errors do not repeat them. */
function joinArguments({ apiServer, token, caHash, kubernetesVersion, nodeName }: KubeadmJoin): string[] {
  const endpoint = parseHostPort(apiServer);
  if (!endpoint) throw new PowerShellValueError(`apiServer: "${apiServer}" is not host:port (e.g. 10.0.0.4:6443).`);
  if (!isBootstrapToken(token)) throw new PowerShellValueError('token: not a bootstrap token (6 lower-case letters or digits, a dot, 16 more).');
  const hash = normaliseCaHash(caHash);
  if (!hash) throw new PowerShellValueError('caHash: not sha256: followed by 64 hex digits.');
  const version = parseClusterKubeVersion(kubernetesVersion);
  if (!version) throw new PowerShellValueError(`kubernetesVersion: "${kubernetesVersion}" is not a Kubernetes version.`);
  const args = ['join', formatHostPort(endpoint), '--token', token, '--discovery-token-ca-cert-hash', hash];
  if (needsCriSocket(version)) args.push('--cri-socket', CONTAINERD_CRI_SOCKET);
  if (nodeName !== undefined) {
    const name = normaliseNodeName(nodeName);
    if (!name) throw new PowerShellValueError(`nodeName: "${nodeName}" is not a node name (letters, digits, '-' and '.').`);
    args.push('--node-name', name);
  }
  return args;
}

/**
 * Runs the kubeadm.exe PrepareNode.ps1 installed with the arguments as one array of literals (splatted, so
 * tree-sitter reads no `--flag` as an operator). The preference is Continue: Windows PowerShell turns each stderr
 * line of a native command into an error record under `2>&1`, which `Stop` would make fatal at kubeadm's first
 * warning. The exit code is kubeadm's.
 */
export function kubeadmJoinScript(join: KubeadmJoin): string {
  return [
    "$ErrorActionPreference = 'Continue'",
    kubeadmPath,
    "if (-not (Test-Path -LiteralPath $kubeadm -PathType Leaf)) { [string]::Concat('kubeadm.exe is missing: ', $kubeadm, ' (run PrepareNode.ps1 first)'); exit 1 }",
    `$arguments = ${powerShellArray(joinArguments(join))}`,
    runKubeadm,
    'exit $LASTEXITCODE',
  ].join('\n');
}

export interface ModernReset {
  /** The CNI config folder whose files are removed (Install-Containerd.ps1's -CNIConfigPath; default c:/etc/cni/net.d). */
  cniConfigDir?: string;
}

/**
 * Undoes the join so PrepareNode.ps1 and kubeadm join can run again: `kubeadm reset -f` (with the containerd
 * socket, valid on every version, since the node object that names it may be gone), the kubelet service, the CNI
 * config files, the HNS networks flannel made (`flannel.<VNI>`), and the firewall rule and pki link PrepareNode.ps1
 * would otherwise fail to create a second time. Each step prints one `[wnw-reset] <step> ok|skipped|failed[: …]`
 * line (reset-markers.ts reads them) and the script exits 1 when any step failed. It must fit cmd.exe's 8,191
 * characters once encoded (Windows OpenSSH's default shell), hence the one Report function.
 */
export function modernResetScript({ cniConfigDir = CNI_CONFIG_DIR }: ModernReset = {}): string {
  const service = literal(KUBELET_SERVICE);
  const rule = literal(KUBELET_FIREWALL_RULE);
  return [
    "$ErrorActionPreference = 'Stop'",
    "$ProgressPreference = 'SilentlyContinue'",
    '$failed = $false',
    `function Report($step, $outcome, $detail) { if ($outcome -eq 'failed') { $script:failed = $true }; [string]::Concat(${literal(`${RESET_MARKER} `)}, $step, ' ', $outcome, $(if ($detail) { [string]::Concat(': ', $detail) })) }`,
    kubeadmPath,
    'if (Test-Path -LiteralPath $kubeadm -PathType Leaf) {',
    `  $arguments = ${powerShellArray(['reset', '-f', '--cri-socket', CONTAINERD_CRI_SOCKET])}`,
    // Continue while kubeadm runs: see kubeadmJoinScript.
    `  $ErrorActionPreference = 'Continue'; ${runKubeadm}; $code = $LASTEXITCODE; $ErrorActionPreference = 'Stop'`,
    "  if ($code -eq 0) { Report 'kubeadm-reset' 'ok' } else { Report 'kubeadm-reset' 'failed' ([string]::Concat('exit code ', $code)) }",
    "} else { Report 'kubeadm-reset' 'skipped' ([string]::Concat($kubeadm, ' not found')) }",
    `if ($null -eq (Get-Service -Name ${service} -ErrorAction Ignore)) { Report 'kubelet-service' 'skipped' 'not installed' } else {`,
    // nssm registered it as an ordinary service; sc.exe removes it without needing nssm on PATH.
    `  try { Stop-Service -Name ${service} -Force; sc.exe delete ${KUBELET_SERVICE} | Out-Null; if ($LASTEXITCODE -ne 0) { throw 'sc.exe delete failed' }; Report 'kubelet-service' 'ok' } catch { Report 'kubelet-service' 'failed' $_.Exception.Message }`,
    '}',
    `$cni = ${resolved(cniConfigDir)}`,
    "if (-not (Test-Path -LiteralPath $cni -PathType Container)) { Report 'cni-config' 'skipped' ([string]::Concat($cni, ' not found')) } else {",
    "  try { $files = @(Get-ChildItem -LiteralPath $cni -File -Force); foreach ($file in $files) { Remove-Item -LiteralPath $file.FullName -Force }; Report 'cni-config' 'ok' ([string]::Concat($files.Count, ' file(s) removed')) } catch { Report 'cni-config' 'failed' $_.Exception.Message }",
    '}',
    // Windows Server 2019/2022 have Get-HnsNetwork (module HostNetworkingService, found by autoloading) once Containers is on.
    "if (-not (Get-Command -Name 'Get-HnsNetwork' -ErrorAction Ignore)) { Report 'hns-networks' 'skipped' 'no Get-HnsNetwork' } else {",
    "  try { $names = @(); foreach ($network in @(Get-HnsNetwork)) { if ($network.Name -like 'flannel.*') { $network | Remove-HnsNetwork; $names += $network.Name } }; Report 'hns-networks' 'ok' ([string]::Join(' ', $names)) } catch { Report 'hns-networks' 'failed' $_.Exception.Message }",
    '}',
    `if ($null -eq (Get-NetFirewallRule -Name ${rule} -ErrorAction Ignore)) { Report 'firewall-rule' 'skipped' 'not found' } else {`,
    `  try { Remove-NetFirewallRule -Name ${rule}; Report 'firewall-rule' 'ok' } catch { Report 'firewall-rule' 'failed' $_.Exception.Message }`,
    '}',
    // PrepareNode.ps1 links this folder to C:\etc\kubernetes\pki (hard-coded C:); Directory.Delete removes the
    // link itself, where Remove-Item in Windows PowerShell may empty the target first.
    "$link = 'C:\\var\\lib\\kubelet\\etc\\kubernetes\\pki'",
    '$item = Get-Item -LiteralPath $link -Force -ErrorAction Ignore',
    "if ($null -eq $item -or -not ($item.Attributes -band [IO.FileAttributes]::ReparsePoint)) { Report 'pki-link' 'skipped' 'no link' } else {",
    "  try { [IO.Directory]::Delete($link); Report 'pki-link' 'ok' } catch { Report 'pki-link' 'failed' $_.Exception.Message }",
    '}',
    'if ($failed) { exit 1 }',
  ].join('\n');
}

// ---------------------------------------------------------------------------------------------- probes

/** `True` when containerd's pipe exists, tested exactly as PrepareNode.ps1 tests it before it does anything. */
export function containerdPipeProbe(): string {
  return `Test-Path -Path ${literal(CONTAINERD_PIPE)}`;
}

/** The kubelet service's status (`Running`, `Stopped`, `StartPending`, …) or `missing`. */
export function kubeletServiceProbe(): string {
  return `$service = Get-Service -Name ${literal(KUBELET_SERVICE)} -ErrorAction SilentlyContinue; if ($service) { [string]$service.Status } else { 'missing' }`;
}

/**
 * Inbound TCP 10250 (the API server reaches kubelet there for logs and exec) as one JSON object: whether any
 * profile has the firewall on, and the display names of enabled inbound Allow rules covering TCP 10250 or any
 * port. PrepareNode.ps1 adds the rule `kubelet`.
 */
export function kubeletPortProbe(port = KUBELET_PORT): string {
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new PowerShellValueError(`Not a TCP port: ${port}`);
  return [
    '$enabled = @(Get-NetFirewallProfile | Where-Object { $_.Enabled }).Count -gt 0',
    `$rules = @(Get-NetFirewallRule -Direction Inbound -Action Allow -Enabled True | Where-Object { $filter = $_ | Get-NetFirewallPortFilter; ($filter.Protocol -eq 'TCP' -or $filter.Protocol -eq 'Any') -and ($filter.LocalPort -contains '${port}' -or $filter.LocalPort -contains 'Any') } | ForEach-Object { $_.DisplayName })`,
    'ConvertTo-Json -Compress -InputObject @{ firewallEnabled = $enabled; allowRules = $rules }',
  ].join('; ');
}
