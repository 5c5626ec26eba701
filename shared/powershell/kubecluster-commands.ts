/**
 * The PowerShell scripts the app runs on a Windows node for KubeCluster.ps1 (sig-windows-tools): fetching the
 * kubeadm folder, writing the node's config file, and running `-install`, `-join` or `-reset`. Each returns the
 * script text only; powershell-argv.ts turns it into the argv. Every value is a verbatim literal (quote.ts);
 * file content travels as base64, since no quoting of a here-string is safe for arbitrary text.
 */
import { base64FromBytes, hasLoneSurrogate } from './base64.js';
import { PowerShellValueError, quotePowerShellLiteral as literal } from './quote.js';

/** The last sig-windows-tools commit whose tree still has `kubeadm/KubeCluster.ps1` (removed by ee59f5de). */
export const SIG_WINDOWS_TOOLS_COMMIT = '12a6e44a45e7a96a6fbcc271bf5b77f17c83abb2';
export const SIG_WINDOWS_TOOLS_ARCHIVE_URL = `https://github.com/kubernetes-sigs/sig-windows-tools/archive/${SIG_WINDOWS_TOOLS_COMMIT}.zip`;
/** The folder GitHub's archive unpacks to. */
const unpackedFolder = `sig-windows-tools-${SIG_WINDOWS_TOOLS_COMMIT}`;

export const KUBECLUSTER_MODES = ['install', 'join', 'reset'] as const;
export type KubeClusterMode = (typeof KUBECLUSTER_MODES)[number];

/** A path as PowerShell resolves it, taken literally (no wildcards) and made absolute against the current location. */
const resolved = (path: string) => `$ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath(${literal(path)})`;

/** Stop at the first error (a failing cmdlet gives exit code 1) and draw no progress bars into the log. */
const strict = ["$ErrorActionPreference = 'Stop'", "$ProgressPreference = 'SilentlyContinue'"];

export interface KubeClusterRun {
  /** The folder holding KubeCluster.ps1 and KubeClusterHelper.psm1; the script runs from there. */
  dir: string;
  /** `-ConfigFile`: absolute, or relative to `dir`. */
  configFile: string;
  mode: KubeClusterMode;
  /**
   * `-force` (the default): KubeCluster.ps1 asks questions with Read-Host, which fails under -NonInteractive.
   * With it, `-install` reboots without asking when the Containers feature needs one.
   */
  force?: boolean;
}

/**
 * `Set-Location -LiteralPath <dir>; & .\KubeCluster.ps1 -ConfigFile <file> -<mode> -force`, the switches splatted
 * from a hashtable: PowerShell reads a bare `-join` after a command as a parameter, but tree-sitter-powershell reads
 * it as the `-join` operator, and splatting means the same to both.
 */
export function kubeClusterScript({ dir, configFile, mode, force = true }: KubeClusterRun): string {
  if (!KUBECLUSTER_MODES.includes(mode)) throw new PowerShellValueError(`Unknown KubeCluster.ps1 mode: ${String(mode)}`);
  // KubeCluster.ps1 writes downloads and helpers beside itself and into the current directory, so it runs from
  // its folder; `-ErrorAction Stop` keeps it from running anywhere else when the folder is missing.
  const switches = force ? `@{ ${mode} = $true; force = $true }` : `@{ ${mode} = $true }`;
  return [
    `Set-Location -LiteralPath ${literal(dir)} -ErrorAction Stop`,
    `$switches = ${switches}`,
    `& .\\KubeCluster.ps1 -ConfigFile ${literal(configFile)} @switches`,
  ].join('; ');
}

export interface KubeadmFolderPreparation {
  /** Where the archive is downloaded and unpacked; created when missing. */
  workDir: string;
  /** Where the kubeadm folder's contents (KubeCluster.ps1, its helper module, example configs) go. */
  destination: string;
  /** The same pinned archive already on the node (offline installs); without it, it is downloaded. */
  archivePath?: string;
}

/**
 * The seeds' preparation step with the archive pinned (today's master.zip no longer has `kubeadm/`): TLS 1.2,
 * `Start-BitsTransfer`, falling back to `Invoke-WebRequest` because BITS refuses sessions without an
 * interactive logon (SSH, remoting), `Expand-Archive`, then the kubeadm folder's contents copied.
 */
export function prepareKubeadmFolderScript({ workDir, destination, archivePath }: KubeadmFolderPreparation): string {
  const url = literal(SIG_WINDOWS_TOOLS_ARCHIVE_URL);
  const fetch = archivePath === undefined
    ? [
        '[Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12',
        `$archive = Join-Path -Path $work -ChildPath ${literal(`${unpackedFolder}.zip`)}`,
        `try { Start-BitsTransfer -Source ${url} -Destination $archive } catch { Invoke-WebRequest -Uri ${url} -OutFile $archive -UseBasicParsing }`,
      ]
    : [`$archive = ${resolved(archivePath)}`];
  return [
    ...strict,
    `$work = ${resolved(workDir)}`,
    `$destination = ${resolved(destination)}`,
    'New-Item -ItemType Directory -Force -Path $work, $destination | Out-Null',
    ...fetch,
    'Expand-Archive -LiteralPath $archive -DestinationPath $work -Force',
    `$unpacked = Join-Path -Path $work -ChildPath ${literal(unpackedFolder)}`,
    `Get-ChildItem -LiteralPath (Join-Path -Path $unpacked -ChildPath 'kubeadm') | Copy-Item -Destination $destination -Recurse -Force`,
    archivePath === undefined ? 'Remove-Item -LiteralPath $archive, $unpacked -Recurse -Force' : 'Remove-Item -LiteralPath $unpacked -Recurse -Force',
  ].join('\n');
}

export interface ConfigFileWrite {
  /** The folder the config's name is relative to: the same `dir` KubeCluster.ps1 runs from. */
  dir: string;
  configFile: string;
  /** The file's text, written as UTF-8 without a BOM, byte for byte. */
  content: string;
}

/** Writes the config file from base64 of its UTF-8 bytes, so its content never meets a PowerShell parser. */
export function writeConfigFileScript({ dir, configFile, content }: ConfigFileWrite): string {
  if (hasLoneSurrogate(content)) throw new PowerShellValueError('The file content has an unpaired surrogate, which UTF-8 cannot hold.');
  const base64 = base64FromBytes(new TextEncoder().encode(content));
  return [
    "$ErrorActionPreference = 'Stop'",
    `Set-Location -LiteralPath ${literal(dir)}`,
    `[IO.File]::WriteAllBytes(${resolved(configFile)}, [Convert]::FromBase64String(${literal(base64)}))`,
  ].join('\n');
}

/** The files KubeCluster.ps1 needs beside it (it imports the helper module from its own folder). */
export const KUBEADM_FOLDER_FILES = ['KubeCluster.ps1', 'KubeClusterHelper.psm1'] as const;

/**
 * Checks a kubeadm folder before anything runs from it, printing one JSON object: each required file's size
 * (null when missing), KubeCluster.ps1's SHA-256 (for the log), the errors PowerShell's own parser finds in it,
 * and the parameters its param() block declares (the app passes -ConfigFile, -install/-join/-reset and -force).
 */
export function kubeadmFolderProbe(dir: string): string {
  return [
    "$ErrorActionPreference = 'Stop'",
    `$dir = ${resolved(dir)}`,
    '$files = @{}',
    `foreach ($name in ${`@(${KUBEADM_FOLDER_FILES.map((name) => literal(name)).join(',')})`}) { $path = Join-Path -Path $dir -ChildPath $name; $files[$name] = $null; if (Test-Path -LiteralPath $path -PathType Leaf) { $files[$name] = (Get-Item -LiteralPath $path).Length } }`,
    '$tokens = $null; $errors = $null; $parameters = @(); $sha256 = $null',
    "$script = Join-Path -Path $dir -ChildPath 'KubeCluster.ps1'",
    'if ($null -ne $files[\'KubeCluster.ps1\']) {',
    '  $sha256 = (Get-FileHash -LiteralPath $script -Algorithm SHA256).Hash',
    '  $ast = [System.Management.Automation.Language.Parser]::ParseFile($script, [ref]$tokens, [ref]$errors)',
    '  if ($ast.ParamBlock) { $parameters = @($ast.ParamBlock.Parameters | ForEach-Object { $_.Name.VariablePath.UserPath }) }',
    '}',
    'ConvertTo-Json -Compress -InputObject @{ files = $files; sha256 = $sha256; parseErrors = @($errors | ForEach-Object { $_.Message }); parameters = $parameters }',
  ].join('\n');
}
