/**
 * What a run of the pinned Install-Containerd.ps1 came to, read from its own messages (README.md lists them):
 * installed, or waiting for a restart (it exits 0 after "Please reboot and re-run this script."), or failed.
 */

export type InstallContainerdCode =
  | 'INSTALLED'
  | 'REBOOT_REQUIRED'
  | 'DOWNLOAD_FAILED'
  | 'NOT_ELEVATED'
  | 'NOT_WINDOWS_SERVER'
  | 'SERVICE_FAILED'
  | 'INCOMPLETE'
  | 'CONNECTION_LOST'
  | 'FAILED';

export interface InstallContainerdOutcome {
  rebootRequired: boolean;
  ok: boolean;
  code: InstallContainerdCode;
  message: string;
  /** The Windows features and optional features the run turned on or off (they need the restart). */
  features: string[];
}

/** Write-Warning lines reach redirected output as `WARNING: …`; Write-Output lines as they are. */
const withoutWarning = (line: string) => line.replace(/^WARNING:\s*/, '').trim();

const REBOOT = 'Please reboot and re-run this script.';
const DONE = /^Done - please remember to add '--cri-socket/;
const FEATURE_CHANGED = /^Windows (?:optional )?feature '([^']+)' is not (?:installed|enabled|disabled)\. (?:Installing|Enabling|Disabling) it now\.\.\.$/;
const DOWNLOAD_FAILED = /Download (\S+) failed/;

function features(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const name = FEATURE_CHANGED.exec(withoutWarning(line))?.[1];
    return name ? [name] : [];
  });
}

function failure(lines: readonly string[], exitCode: number | null): Pick<InstallContainerdOutcome, 'code' | 'message'> {
  const text = lines.join('\n');
  const url = DOWNLOAD_FAILED.exec(text)?.[1];
  if (url) {
    return { code: 'DOWNLOAD_FAILED', message: `Download failed: ${url}. Check that the node reaches github.com (proxy, firewall, TLS 1.2) and that this release exists.` };
  }
  if (/requires elevation|Access is denied/i.test(text)) {
    return { code: 'NOT_ELEVATED', message: 'Install-Containerd.ps1 needs an elevated PowerShell (Administrator): run it as an administrator.' };
  }
  if (/'Get-WindowsFeature' is not recognized|'Install-WindowsFeature' is not recognized/.test(text)) {
    return { code: 'NOT_WINDOWS_SERVER', message: 'Install-Containerd.ps1 needs Windows Server (Get-WindowsFeature is missing): Windows nodes must run Windows Server 2019 or later.' };
  }
  if (/Service 'containerd[^']*' cannot be started|Cannot start service containerd/i.test(text)) {
    return { code: 'SERVICE_FAILED', message: "The containerd service did not start: see `Get-WinEvent -LogName Application -MaxEvents 20` and run `containerd.exe` by hand to read its error." };
  }
  const last = [...lines].reverse().map(withoutWarning).find((line) => line !== '') ?? '(no output)';
  if (exitCode === null) return { code: 'CONNECTION_LOST', message: `The connection to the node was lost while Install-Containerd.ps1 ran (last line: ${last}); run it again.` };
  if (exitCode === 0) return { code: 'INCOMPLETE', message: `Install-Containerd.ps1 ended without its closing line (last line: ${last}); run it again.` };
  return { code: 'FAILED', message: `Install-Containerd.ps1 failed with exit code ${exitCode}: ${last}` };
}

/** `exitCode` is null when the connection to the node was lost before the script's exit code came back. */
export function installContainerdOutcome(lines: readonly string[], exitCode: number | null): InstallContainerdOutcome {
  const changed = features(lines);
  const plain = lines.map(withoutWarning);
  if (plain.includes(REBOOT)) {
    const what = changed.length > 0 ? `Windows changed ${changed.join(', ')}` : 'Windows features were installed';
    return {
      rebootRequired: true,
      ok: exitCode === null || exitCode === 0,
      code: 'REBOOT_REQUIRED',
      message: `${what}; restart the node, then run Install-Containerd.ps1 again (it carries on from there).`,
      features: changed,
    };
  }
  if (exitCode !== null && exitCode !== 0) return { rebootRequired: false, ok: false, ...failure(lines, exitCode), features: changed };
  if (plain.some((line) => DONE.test(line))) {
    return { rebootRequired: false, ok: true, code: 'INSTALLED', message: 'containerd is installed and running as the containerd service, with crictl.', features: changed };
  }
  return { rebootRequired: false, ok: false, ...failure(lines, exitCode), features: changed };
}
