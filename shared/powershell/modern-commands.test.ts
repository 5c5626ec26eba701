import { beforeAll, describe, expect, it } from 'vitest';
import { loadPowerShellSyntax, type PowerShellSyntax } from '../../e2e/support/powershell-syntax.js';
import {
  containerdPipeProbe,
  downloadModernScriptsScript,
  installContainerdScript,
  kubeadmJoinScript,
  kubeletPortProbe,
  kubeletServiceProbe,
  modernResetScript,
  modernScriptsProbe,
  prepareNodeScript,
} from './modern-commands.js';
import { POWERSHELL_BASE_ARGS, powerShellArgv } from './powershell-argv.js';
import { hostilePieces } from './testing/hostile-strings.js';

const HASH = `sha256:${'0123456789abcdef'.repeat(4)}`;
const join = { apiServer: '10.0.0.4:6443', token: 'abcdef.0123456789abcdef', caHash: HASH, nodeName: 'win-node-1' };

let syntax: PowerShellSyntax;
beforeAll(async () => {
  syntax = await loadPowerShellSyntax();
});

/** Parses, and every string literal stands alone as one argument or value. */
function expectClean(script: string): void {
  const check = syntax.check(script);
  expect(check.hasError).toBe(false);
  expect(check.literals.filter((literal) => literal.problem)).toEqual([]);
}

describe('downloadModernScriptsScript', () => {
  const script = String.raw`$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
$dir = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath('C:\k\scripts')
New-Item -ItemType Directory -Force -Path $dir | Out-Null
$response = Invoke-WebRequest -Uri 'https://raw.githubusercontent.com/kubernetes-sigs/sig-windows-tools/03dbf15c28a0e13fe1caf8a398a73a3f061cfdc3/hostprocess/Install-Containerd.ps1' -UseBasicParsing
[IO.File]::WriteAllBytes((Join-Path -Path $dir -ChildPath 'Install-Containerd.ps1'), $response.RawContentStream.ToArray())
Write-Output 'downloaded Install-Containerd.ps1'
$response = Invoke-WebRequest -Uri 'https://raw.githubusercontent.com/kubernetes-sigs/sig-windows-tools/30b5f0d0b8b5ebb12b678448f1f651892745c9c8/hostprocess/PrepareNode.ps1' -UseBasicParsing
[IO.File]::WriteAllBytes((Join-Path -Path $dir -ChildPath 'PrepareNode.ps1'), $response.RawContentStream.ToArray())
Write-Output 'downloaded PrepareNode.ps1'`;

  it('fetches each pinned script over TLS 1.2 and writes its raw bytes into the folder', () => {
    expect(downloadModernScriptsScript({ dir: 'C:\\k\\scripts' })).toBe(script);
    expectClean(script);
  });
});

describe('modernScriptsProbe', () => {
  const script = String.raw`$ErrorActionPreference = 'Stop'
$dir = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath('C:\k\scripts')
$files = @{}
foreach ($name in @('Install-Containerd.ps1','PrepareNode.ps1')) {
  $path = Join-Path -Path $dir -ChildPath $name
  $entry = @{ size = $null; sha256 = $null; parseErrors = @(); parameters = @() }
  if (Test-Path -LiteralPath $path -PathType Leaf) {
    $entry.size = (Get-Item -LiteralPath $path).Length
    $entry.sha256 = (Get-FileHash -LiteralPath $path -Algorithm SHA256).Hash
    $tokens = $null; $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseFile($path, [ref]$tokens, [ref]$errors)
    $entry.parseErrors = @($errors | ForEach-Object { $_.Message })
    if ($ast.ParamBlock) { $entry.parameters = @($ast.ParamBlock.Parameters | ForEach-Object { $_.Name.VariablePath.UserPath }) }
  }
  $files[$name] = $entry
}
ConvertTo-Json -Compress -Depth 5 -InputObject @{ files = $files }`;

  it('sizes, hashes and parses both scripts with PowerShell\'s parser and lists their parameters, as one JSON object', () => {
    expect(modernScriptsProbe('C:\\k\\scripts')).toBe(script);
    expectClean(script);
  });
});

describe('installContainerdScript', () => {
  it('runs the script from its folder with the guide\'s version', () => {
    const script = installContainerdScript({ dir: 'C:\\k\\scripts', containerdVersion: '1.7.1' });
    expect(script).toBe(String.raw`Set-Location -LiteralPath 'C:\k\scripts' -ErrorAction Stop
[Environment]::CurrentDirectory = (Get-Location -PSProvider FileSystem).ProviderPath
& .\Install-Containerd.ps1 -ContainerDVersion '1.7.1'`);
    expectClean(script);
  });

  it('passes every option, the switch last, and drops a leading v the script would double', () => {
    const script = installContainerdScript({
      dir: 'D:\\wnw',
      containerdVersion: 'v1.7.22',
      crictlVersion: 'v1.29.0',
      cniBinPath: 'c:/opt/cni/bin',
      cniConfigPath: 'c:/etc/cni/net.d',
      skipHypervisorSupportCheck: true,
    });
    expect(script.split('\n').at(-1)).toBe(
      "& .\\Install-Containerd.ps1 -ContainerDVersion '1.7.22' -crictlVersion '1.29.0' -CNIBinPath 'c:/opt/cni/bin' -CNIConfigPath 'c:/etc/cni/net.d' -skipHypervisorSupportCheck",
    );
    expectClean(script);
    expect(syntax.check(script).literals).toContainEqual({ at: '& .\\Install-Containerd.ps1 -CNIConfigPath', value: 'c:/etc/cni/net.d' });
  });

  it.each(['', '1.7', '1.7.1; whoami', 'latest', "1.7.1'"])('refuses the containerd version %j', (containerdVersion) => {
    expect(() => installContainerdScript({ dir: 'C:\\k', containerdVersion })).toThrow(/containerdVersion: .* is not a release version like 1\.7\.1/);
  });
});

describe('prepareNodeScript', () => {
  it('runs PrepareNode.ps1 with the version normalised to v1.29.6', () => {
    const script = prepareNodeScript({ dir: 'C:\\k\\scripts', kubernetesVersion: '1.29.6' });
    expect(script).toBe(String.raw`Set-Location -LiteralPath 'C:\k\scripts' -ErrorAction Stop
[Environment]::CurrentDirectory = (Get-Location -PSProvider FileSystem).ProviderPath
& .\PrepareNode.ps1 -KubernetesVersion 'v1.29.6'`);
    expectClean(script);
  });

  it('passes the host name override, lower-cased as kubelet would', () => {
    const script = prepareNodeScript({ dir: 'C:\\k', kubernetesVersion: 'v1.24.17', hostnameOverride: 'WIN-Node-1' });
    expect(script.split('\n').at(-1)).toBe("& .\\PrepareNode.ps1 -KubernetesVersion 'v1.24.17' -HostnameOverride 'win-node-1'");
    expectClean(script);
  });

  it.each([
    ['v1.29', /kubernetesVersion: "v1.29" is not a version like v1.29.6/],
    ['v1.30.0-rc.1', /is not a version like v1.29.6/],
    ['v1.29.6+k3s1', /is not a version like v1.29.6/],
    ['v1.34.0', /needs a newer PrepareNode.ps1: the pinned one passes --pod-infra-container-image, which kubelet 1.34 removed/],
  ])('refuses the Kubernetes version %s', (kubernetesVersion, message) => {
    expect(() => prepareNodeScript({ dir: 'C:\\k', kubernetesVersion })).toThrow(message);
  });

  it.each(['win$(whoami)', 'win node', 'win"1', 'win;1', '-win', 'a'.repeat(64), 'win\n1'])('refuses the host name %j (PrepareNode.ps1 runs it through Invoke-Expression)', (hostnameOverride) => {
    expect(() => prepareNodeScript({ dir: 'C:\\k', kubernetesVersion: 'v1.29.6', hostnameOverride })).toThrow(/hostnameOverride: [\s\S]* is not a host name/);
  });
});

describe('kubeadmJoinScript', () => {
  const prelude = String.raw`$ErrorActionPreference = 'Continue'
$kubeadm = Join-Path -Path $env:SystemDrive -ChildPath 'k\kubeadm.exe'
if (-not (Test-Path -LiteralPath $kubeadm -PathType Leaf)) { [string]::Concat('kubeadm.exe is missing: ', $kubeadm, ' (run PrepareNode.ps1 first)'); exit 1 }`;
  const ending = String.raw`& $kubeadm @arguments 2>&1 | ForEach-Object { [string]$_ }
exit $LASTEXITCODE`;

  it('names the containerd socket below 1.25', () => {
    const script = kubeadmJoinScript({ ...join, kubernetesVersion: 'v1.24.17' });
    expect(script).toBe(`${prelude}
$arguments = @('join','10.0.0.4:6443','--token','abcdef.0123456789abcdef','--discovery-token-ca-cert-hash','${HASH}','--cri-socket','npipe:////./pipe/containerd-containerd','--node-name','win-node-1')
${ending}`);
    expectClean(script);
  });

  it('leaves it to kubeadm from 1.25 on', () => {
    const script = kubeadmJoinScript({ ...join, kubernetesVersion: 'v1.25.0' });
    expect(script).toBe(`${prelude}
$arguments = @('join','10.0.0.4:6443','--token','abcdef.0123456789abcdef','--discovery-token-ca-cert-hash','${HASH}','--node-name','win-node-1')
${ending}`);
    expectClean(script);
  });

  it('reads the gate from a cluster version with a suffix, and takes a DNS name or an IPv6 address', () => {
    const { nodeName: _nodeName, ...withoutName } = join;
    const dns = kubeadmJoinScript({ ...withoutName, apiServer: 'k8s-master.example:6443', kubernetesVersion: 'v1.23.17+k3s1' });
    expect(dns).toContain("$arguments = @('join','k8s-master.example:6443','--token'");
    expect(dns).toContain("'--cri-socket','npipe:////./pipe/containerd-containerd')");
    const ipv6 = kubeadmJoinScript({ ...join, apiServer: '[fd00::4]:6443', caHash: HASH.toUpperCase().replace('SHA256', 'sha256'), kubernetesVersion: '1.29.6' });
    expect(ipv6).toContain(`@('join','[fd00::4]:6443','--token','abcdef.0123456789abcdef','--discovery-token-ca-cert-hash','${HASH}','--node-name','win-node-1')`);
    expectClean(ipv6);
  });

  it('puts each value in its own element of the argument array', () => {
    const literals = syntax.check(kubeadmJoinScript({ ...join, kubernetesVersion: 'v1.24.0' })).literals.filter((literal) => literal.at === '$arguments = › @()');
    expect(literals.map((literal) => literal.value)).toEqual([
      'join', '10.0.0.4:6443', '--token', 'abcdef.0123456789abcdef', '--discovery-token-ca-cert-hash', HASH, '--cri-socket', 'npipe:////./pipe/containerd-containerd', '--node-name', 'win-node-1',
    ]);
  });

  it.each([
    ['apiServer', { apiServer: '10.0.0.4' }, /apiServer: "10.0.0.4" is not host:port/],
    ['apiServer', { apiServer: "10.0.0.4:6443'; whoami; '" }, /apiServer: .* is not host:port/],
    ['apiServer', { apiServer: '10.0.0.4:70000' }, /apiServer/],
    ['token', { token: 'ABCDEF.0123456789abcdef' }, /^token: not a bootstrap token/],
    ['token', { token: 'abcdef.0123456789abcdef --ignore-preflight-errors=all' }, /token/],
    ['caHash', { caHash: '0123456789abcdef'.repeat(4) }, /^caHash: not sha256: followed by 64 hex digits/],
    ['caHash', { caHash: `${HASH}\n` }, /caHash/],
    ['kubernetesVersion', { kubernetesVersion: 'latest' }, /kubernetesVersion: "latest" is not a Kubernetes version/],
    ['nodeName', { nodeName: 'win_1' }, /nodeName: "win_1" is not a node name/],
  ])('refuses a bad %s', (_field, change, message) => {
    expect(() => kubeadmJoinScript({ ...join, kubernetesVersion: 'v1.29.6', ...change })).toThrow(message);
  });

  it('does not repeat a bad token or CA hash (job secrets) in its error', () => {
    for (const change of [{ token: 'abcdef.0123456789abcdeX' }, { caHash: 'sha256:secret' }]) {
      const value = Object.values(change)[0] ?? '';
      expect(() => kubeadmJoinScript({ ...join, kubernetesVersion: 'v1.29.6', ...change })).toThrow(expect.objectContaining({ message: expect.not.stringContaining(value) }));
    }
  });

  // Only these characters can be in a valid value; every other hostile piece must be refused where it could land.
  const refusable = [...hostilePieces.filter((piece) => /[^A-Za-z0-9.:-]/.test(piece)), hostilePieces.join('')];
  it.each(refusable)('refuses the hostile value %j in every field that reaches the script', (value) => {
    for (const field of ['apiServer', 'token', 'caHash', 'nodeName'] as const) {
      expect(() => kubeadmJoinScript({ ...join, kubernetesVersion: 'v1.29.6', [field]: `${join[field]}${value}` }), field).toThrow();
    }
    // The version only chooses the socket flag; it never reaches the script.
    let script = '';
    try {
      script = kubeadmJoinScript({ ...join, kubernetesVersion: `v1.29.6${value}` });
    } catch {
      return;
    }
    expect(script).toBe(kubeadmJoinScript({ ...join, kubernetesVersion: 'v1.29.6' }));
  });
});

describe('modernResetScript', () => {
  it('resets with the containerd socket, then removes the service, CNI files, flannel networks, firewall rule and pki link', () => {
    const script = modernResetScript();
    const lines = script.split('\n');
    expect(lines.slice(0, 10)).toEqual([
      "$ErrorActionPreference = 'Stop'",
      "$ProgressPreference = 'SilentlyContinue'",
      '$failed = $false',
      "function Report($step, $outcome, $detail) { if ($outcome -eq 'failed') { $script:failed = $true }; [string]::Concat('[wnw-reset] ', $step, ' ', $outcome, $(if ($detail) { [string]::Concat(': ', $detail) })) }",
      "$kubeadm = Join-Path -Path $env:SystemDrive -ChildPath 'k\\kubeadm.exe'",
      'if (Test-Path -LiteralPath $kubeadm -PathType Leaf) {',
      "  $arguments = @('reset','-f','--cri-socket','npipe:////./pipe/containerd-containerd')",
      "  $ErrorActionPreference = 'Continue'; & $kubeadm @arguments 2>&1 | ForEach-Object { [string]$_ }; $code = $LASTEXITCODE; $ErrorActionPreference = 'Stop'",
      "  if ($code -eq 0) { Report 'kubeadm-reset' 'ok' } else { Report 'kubeadm-reset' 'failed' ([string]::Concat('exit code ', $code)) }",
      "} else { Report 'kubeadm-reset' 'skipped' ([string]::Concat($kubeadm, ' not found')) }",
    ]);
    expect(lines).toContain("$cni = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath('c:/etc/cni/net.d')");
    expect(lines).toContain(
      "  try { $names = @(); foreach ($network in @(Get-HnsNetwork)) { if ($network.Name -like 'flannel.*') { $network | Remove-HnsNetwork; $names += $network.Name } }; Report 'hns-networks' 'ok' ([string]::Join(' ', $names)) } catch { Report 'hns-networks' 'failed' $_.Exception.Message }",
    );
    expect(lines.find((line) => line.includes('sc.exe'))).toContain("Stop-Service -Name 'kubelet' -Force; sc.exe delete kubelet | Out-Null");
    expect(lines).toContain("$link = 'C:\\var\\lib\\kubelet\\etc\\kubernetes\\pki'");
    expect(lines.at(-1)).toBe('if ($failed) { exit 1 }');
    expectClean(script);
  });

  it('prints one marker per step, in order', () => {
    const steps = [...modernResetScript().matchAll(/Report '([a-z-]+)' /g)].map((match) => match[1]);
    expect([...new Set(steps)]).toEqual(['kubeadm-reset', 'kubelet-service', 'cni-config', 'hns-networks', 'firewall-rule', 'pki-link']);
  });

  it('takes another CNI config folder as one literal', () => {
    const script = modernResetScript({ cniConfigDir: 'D:\\cni\\conf' });
    expect(syntax.check(script).literals).toContainEqual({ at: '$cni = › GetUnresolvedProviderPathFromPSPath(1)', value: 'D:\\cni\\conf' });
  });
});

describe('probes', () => {
  it('test the containerd pipe exactly as PrepareNode.ps1 does', () => {
    expect(containerdPipeProbe()).toBe("Test-Path -Path '//./pipe/containerd-containerd'");
    expectClean(containerdPipeProbe());
  });

  it('read the kubelet service state, or missing', () => {
    expect(kubeletServiceProbe()).toBe("$service = Get-Service -Name 'kubelet' -ErrorAction SilentlyContinue; if ($service) { [string]$service.Status } else { 'missing' }");
    expectClean(kubeletServiceProbe());
  });

  it('list the inbound rules that allow TCP 10250, as JSON', () => {
    const script = kubeletPortProbe();
    expect(script).toContain("($filter.Protocol -eq 'TCP' -or $filter.Protocol -eq 'Any') -and ($filter.LocalPort -contains '10250' -or $filter.LocalPort -contains 'Any')");
    expect(script.endsWith('ConvertTo-Json -Compress -InputObject @{ firewallEnabled = $enabled; allowRules = $rules }')).toBe(true);
    expect(syntax.check(script).hasError).toBe(false);
    for (const port of [0, 65_536, 1.5, Number.NaN]) expect(() => kubeletPortProbe(port)).toThrow(/Not a TCP port/);
  });
});

describe('hostile folders', () => {
  const harmless = 'C:\\k\\scripts';
  const shapes = {
    download: (dir: string) => downloadModernScriptsScript({ dir }),
    probe: (dir: string) => modernScriptsProbe(dir),
    install: (dir: string) => installContainerdScript({ dir, containerdVersion: '1.7.1', cniBinPath: dir, cniConfigPath: dir }),
    prepare: (dir: string) => prepareNodeScript({ dir, kubernetesVersion: 'v1.29.6' }),
    reset: (dir: string) => modernResetScript({ cniConfigDir: dir }),
  };

  it.each([
    "C:\\k'; Remove-Item -Recurse C:\\; '",
    'C:\\k\u2019; exit 1; \u2018',
    'C:\\k\u201A\u201B',
    'C:\\Program Files\\$(whoami)\\`n${env:PATH}',
    'C:\\k;calc.exe',
    "C:\\k\n'@\n#>",
    'C:\\k\r\n& calc',
    hostilePieces.join(''),
  ])('keeps %j one literal in every script, each in its place', (dir) => {
    for (const [name, build] of Object.entries(shapes)) {
      const want = syntax.check(build(harmless));
      const got = syntax.check(build(dir));
      expect(got.hasError, name).toBe(false);
      expect(got.shape, name).toBe(want.shape);
      expect(got.literals, name).toEqual(want.literals.map((literal) => (literal.value === harmless ? { ...literal, value: dir } : literal)));
    }
  });
});

describe('the argv of every script', () => {
  it.each(Object.entries({
    download: downloadModernScriptsScript({ dir: 'C:\\k\\scripts' }),
    probe: modernScriptsProbe('C:\\k\\scripts'),
    install: installContainerdScript({ dir: 'C:\\k\\scripts', containerdVersion: '1.7.1' }),
    prepare: prepareNodeScript({ dir: 'C:\\k\\scripts', kubernetesVersion: 'v1.29.6' }),
    join: kubeadmJoinScript({ ...join, kubernetesVersion: 'v1.24.17' }),
    reset: modernResetScript(),
  }))('fits a cmd.exe command line (%s)', (_name, script) => {
    const argv = powerShellArgv(script);
    expect(argv.slice(0, -1)).toEqual(['powershell.exe', ...POWERSHELL_BASE_ARGS, '-EncodedCommand']);
    expect(Buffer.from(argv.at(-1) ?? '', 'base64').toString('utf16le')).toBe(script);
    expect(argv.join(' ').length).toBeLessThan(8_191);
  });
});
