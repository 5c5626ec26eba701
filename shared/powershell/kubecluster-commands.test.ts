import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPowerShellSyntax, type PowerShellSyntax } from '../../e2e/support/powershell-syntax.js';
import { hostilePieces } from './testing/hostile-strings.js';
import {
  kubeadmFolderProbe,
  kubeClusterScript,
  prepareKubeadmFolderScript,
  SIG_WINDOWS_TOOLS_ARCHIVE_URL,
  writeConfigFileScript,
  type KubeClusterMode,
} from './kubecluster-commands.js';
import { POWERSHELL_BASE_ARGS, powerShellArgv } from './powershell-argv.js';

const exampleConfig = readFileSync(new URL('../../../shared/mission/data/sig-windows-tools/v1.16.0/Kubeclustervxlan.json', import.meta.url), 'utf8');
const preparation = { workDir: 'C:\\Windows\\Temp\\wnw', destination: 'C:\\k' };

const downloadScript = String.raw`$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$work = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath('C:\Windows\Temp\wnw')
$destination = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath('C:\k')
New-Item -ItemType Directory -Force -Path $work, $destination | Out-Null
[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
$archive = Join-Path -Path $work -ChildPath 'sig-windows-tools-12a6e44a45e7a96a6fbcc271bf5b77f17c83abb2.zip'
try { Start-BitsTransfer -Source 'https://github.com/kubernetes-sigs/sig-windows-tools/archive/12a6e44a45e7a96a6fbcc271bf5b77f17c83abb2.zip' -Destination $archive } catch { Invoke-WebRequest -Uri 'https://github.com/kubernetes-sigs/sig-windows-tools/archive/12a6e44a45e7a96a6fbcc271bf5b77f17c83abb2.zip' -OutFile $archive -UseBasicParsing }
Expand-Archive -LiteralPath $archive -DestinationPath $work -Force
$unpacked = Join-Path -Path $work -ChildPath 'sig-windows-tools-12a6e44a45e7a96a6fbcc271bf5b77f17c83abb2'
Get-ChildItem -LiteralPath (Join-Path -Path $unpacked -ChildPath 'kubeadm') | Copy-Item -Destination $destination -Recurse -Force
Remove-Item -LiteralPath $archive, $unpacked -Recurse -Force`;

const localArchiveScript = String.raw`$ErrorActionPreference = 'Stop'
$ProgressPreference = 'SilentlyContinue'
$work = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath('C:\Windows\Temp\wnw')
$destination = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath('C:\k')
New-Item -ItemType Directory -Force -Path $work, $destination | Out-Null
$archive = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath('D:\sig-windows-tools.zip')
Expand-Archive -LiteralPath $archive -DestinationPath $work -Force
$unpacked = Join-Path -Path $work -ChildPath 'sig-windows-tools-12a6e44a45e7a96a6fbcc271bf5b77f17c83abb2'
Get-ChildItem -LiteralPath (Join-Path -Path $unpacked -ChildPath 'kubeadm') | Copy-Item -Destination $destination -Recurse -Force
Remove-Item -LiteralPath $unpacked -Recurse -Force`;

let syntax: PowerShellSyntax;
beforeAll(async () => {
  syntax = await loadPowerShellSyntax();
});

describe('kubeClusterScript', () => {
  it('runs KubeCluster.ps1 from its folder with the config file and the mode, unattended', () => {
    expect(kubeClusterScript({ dir: 'C:\\k', configFile: 'Kubeclustervxlan.json', mode: 'install' })).toBe(
      String.raw`Set-Location -LiteralPath 'C:\k' -ErrorAction Stop; $switches = @{ install = $true; force = $true }; & .\KubeCluster.ps1 -ConfigFile 'Kubeclustervxlan.json' @switches`,
    );
    expect(kubeClusterScript({ dir: 'C:\\k', configFile: 'C:\\cfg\\it\'s.json', mode: 'join' })).toBe(
      String.raw`Set-Location -LiteralPath 'C:\k' -ErrorAction Stop; $switches = @{ join = $true; force = $true }; & .\KubeCluster.ps1 -ConfigFile 'C:\cfg\it''s.json' @switches`,
    );
    expect(kubeClusterScript({ dir: 'C:\\Program Files\\k', configFile: 'k.json', mode: 'reset', force: false })).toBe(
      String.raw`Set-Location -LiteralPath 'C:\Program Files\k' -ErrorAction Stop; $switches = @{ reset = $true }; & .\KubeCluster.ps1 -ConfigFile 'k.json' @switches`,
    );
  });

  it.each<KubeClusterMode>(['install', 'join', 'reset'])('parses, with the folder and the config file as the only values (-%s)', (mode) => {
    const check = syntax.check(kubeClusterScript({ dir: 'C:\\k', configFile: 'Kubeclustervxlan.json', mode }));
    expect(check.hasError).toBe(false);
    expect(check.literals).toEqual([
      { at: 'Set-Location -LiteralPath', value: 'C:\\k' },
      { at: '& .\\KubeCluster.ps1 -ConfigFile', value: 'Kubeclustervxlan.json' },
    ]);
  });

  it('refuses an unknown mode and a NUL', () => {
    expect(() => kubeClusterScript({ dir: 'C:\\k', configFile: 'k.json', mode: 'help' as KubeClusterMode })).toThrow(/Unknown KubeCluster.ps1 mode: help/);
    expect(() => kubeClusterScript({ dir: 'C:\\k\0', configFile: 'k.json', mode: 'join' })).toThrow(/NUL/);
  });
});

describe('prepareKubeadmFolderScript', () => {
  it('downloads the pinned archive (BITS, else Invoke-WebRequest) and copies its kubeadm folder', () => {
    expect(SIG_WINDOWS_TOOLS_ARCHIVE_URL).toBe('https://github.com/kubernetes-sigs/sig-windows-tools/archive/12a6e44a45e7a96a6fbcc271bf5b77f17c83abb2.zip');
    expect(prepareKubeadmFolderScript(preparation)).toBe(downloadScript);
  });

  it('uses an archive already on the node instead, and leaves it there', () => {
    expect(prepareKubeadmFolderScript({ ...preparation, archivePath: 'D:\\sig-windows-tools.zip' })).toBe(localArchiveScript);
  });

  it('parses, with every path a verbatim literal in its place', () => {
    const check = syntax.check(localArchiveScript);
    expect(check.hasError).toBe(false);
    expect(check.literals.filter((literal) => literal.at.includes('GetUnresolvedProviderPathFromPSPath'))).toEqual([
      { at: '$work = › GetUnresolvedProviderPathFromPSPath(1)', value: 'C:\\Windows\\Temp\\wnw' },
      { at: '$destination = › GetUnresolvedProviderPathFromPSPath(1)', value: 'C:\\k' },
      { at: '$archive = › GetUnresolvedProviderPathFromPSPath(1)', value: 'D:\\sig-windows-tools.zip' },
    ]);
    expect(syntax.check(downloadScript)).toMatchObject({ hasError: false });
    expect(syntax.check(downloadScript).literals.every((literal) => literal.problem === undefined)).toBe(true);
  });
});

describe('writeConfigFileScript', () => {
  it('writes the content from base64 of its UTF-8 bytes', () => {
    expect(writeConfigFileScript({ dir: 'C:\\k', configFile: 'Kubeclustervxlan.json', content: '{"Cri":{"Name":"dockerd"}}\n' })).toBe(
      String.raw`$ErrorActionPreference = 'Stop'
Set-Location -LiteralPath 'C:\k'
[IO.File]::WriteAllBytes($ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath('Kubeclustervxlan.json'), [Convert]::FromBase64String('eyJDcmkiOnsiTmFtZSI6ImRvY2tlcmQifX0K'))`,
    );
  });

  it('carries the published example config byte for byte, and parses', () => {
    const check = syntax.check(writeConfigFileScript({ dir: 'C:\\k', configFile: 'Kubeclustervxlan.json', content: exampleConfig }));
    expect(check.hasError).toBe(false);
    const base64 = check.literals.find((literal) => literal.at === 'WriteAllBytes(2) › FromBase64String(1)');
    expect(Buffer.from(base64?.value ?? '', 'base64').toString('utf8')).toBe(exampleConfig);
  });

  it('refuses content UTF-8 cannot hold', () => {
    expect(() => writeConfigFileScript({ dir: 'C:\\k', configFile: 'k.json', content: '{"a":"\uD800"}' })).toThrow(/unpaired surrogate/);
  });
});

describe('the argv of every action', () => {
  const actions: Record<string, string> = {
    install: kubeClusterScript({ dir: 'C:\\k', configFile: 'Kubeclustervxlan.json', mode: 'install' }),
    join: kubeClusterScript({ dir: 'C:\\k', configFile: 'Kubeclustervxlan.json', mode: 'join' }),
    reset: kubeClusterScript({ dir: 'C:\\k', configFile: 'Kubeclustervxlan.json', mode: 'reset' }),
    download: downloadScript,
    'local archive': localArchiveScript,
    'write config': writeConfigFileScript({ dir: 'C:\\k', configFile: 'Kubeclustervxlan.json', content: exampleConfig }),
  };

  it.each(Object.entries(actions))('is powershell.exe with the fixed switches and the encoded script (%s)', (_name, script) => {
    const argv = powerShellArgv(script);
    expect(argv.slice(0, -1)).toEqual(['powershell.exe', ...POWERSHELL_BASE_ARGS, '-EncodedCommand']);
    expect(Buffer.from(argv.at(-1) ?? '', 'base64').toString('utf16le')).toBe(script);
    // cmd.exe, Windows OpenSSH's default shell, stops at 8,191 characters: even the config write fits.
    expect(argv.join(' ').length).toBeLessThan(8_191);
  });
});

describe('kubeadmFolderProbe', () => {
  const probeScript = String.raw`$ErrorActionPreference = 'Stop'
$dir = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath('C:\k')
$files = @{}
foreach ($name in @('KubeCluster.ps1','KubeClusterHelper.psm1')) { $path = Join-Path -Path $dir -ChildPath $name; $files[$name] = $null; if (Test-Path -LiteralPath $path -PathType Leaf) { $files[$name] = (Get-Item -LiteralPath $path).Length } }
$tokens = $null; $errors = $null; $parameters = @(); $sha256 = $null
$script = Join-Path -Path $dir -ChildPath 'KubeCluster.ps1'
if ($null -ne $files['KubeCluster.ps1']) {
  $sha256 = (Get-FileHash -LiteralPath $script -Algorithm SHA256).Hash
  $ast = [System.Management.Automation.Language.Parser]::ParseFile($script, [ref]$tokens, [ref]$errors)
  if ($ast.ParamBlock) { $parameters = @($ast.ParamBlock.Parameters | ForEach-Object { $_.Name.VariablePath.UserPath }) }
}
ConvertTo-Json -Compress -InputObject @{ files = $files; sha256 = $sha256; parseErrors = @($errors | ForEach-Object { $_.Message }); parameters = $parameters }`;

  it('checks the files, parses KubeCluster.ps1 with PowerShell\'s own parser and lists its parameters, as one JSON object', () => {
    expect(kubeadmFolderProbe('C:\\k')).toBe(probeScript);
  });

  it('parses, with the folder as the only operator-given value', () => {
    const check = syntax.check(probeScript);
    expect(check.hasError).toBe(false);
    expect(check.literals.filter((literal) => literal.problem)).toEqual([]);
    expect(check.literals.filter((literal) => literal.at.includes('GetUnresolvedProviderPathFromPSPath'))).toEqual([
      { at: '$dir = › GetUnresolvedProviderPathFromPSPath(1)', value: 'C:\\k' },
    ]);
  });

  it.each([
    "C:\\k'; Remove-Item -Recurse C:\\; '",
    'C:\\k\u2019; exit 1; \u2018',
    'C:\\Program Files\\$(whoami)\\`n${env:PATH}',
    "C:\\k\n'@\n#>",
    hostilePieces.join(''),
  ])('keeps a hostile folder one literal: %j', (dir) => {
    const check = syntax.check(kubeadmFolderProbe(dir));
    expect(check.hasError).toBe(false);
    expect(syntax.literalArgumentsOf(kubeadmFolderProbe(dir))).toContainEqual({ at: '$dir = › GetUnresolvedProviderPathFromPSPath(1)', value: dir });
    expect(check.shape).toBe(syntax.check(probeScript).shape);
  });
});
