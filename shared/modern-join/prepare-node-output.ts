/**
 * What a run of the pinned PrepareNode.ps1 came to, read from its own messages and the errors its steps raise
 * under its `Stop` preference (README.md lists them). It is not safe to run twice: the pki link and the firewall
 * rule it creates make a second run fail, which modernResetScript undoes.
 */

export type PrepareNodeCode = 'PREPARED' | 'CONTAINERD_MISSING' | 'DOWNLOAD_FAILED' | 'ALREADY_PREPARED' | 'BAD_VERSION' | 'NOT_ELEVATED' | 'FAILED';

export interface PrepareNodeOutcome {
  ok: boolean;
  code: PrepareNodeCode;
  message: string;
  fix?: string;
}

const has = (lines: readonly string[], pattern: RegExp) => lines.some((line) => pattern.test(line));

/** `exitCode` is null when the connection to the node was lost before the script's exit code came back. */
export function prepareNodeOutcome(lines: readonly string[], exitCode: number | null): PrepareNodeOutcome {
  if (exitCode === 0 && has(lines, /^Registering kubelet service$/)) {
    return { ok: true, code: 'PREPARED', message: 'kubelet.exe and kubeadm.exe are in C:\\k and kubelet is registered as a service (it starts at kubeadm join).' };
  }
  if (has(lines, /ContainerD service was not detected/)) {
    return {
      ok: false,
      code: 'CONTAINERD_MISSING',
      message: "PrepareNode.ps1 found no containerd pipe (//./pipe/containerd-containerd).",
      fix: 'Run Install-Containerd.ps1 to the end (restart when it asks, then run it again) and check `Get-Service containerd` is Running.',
    };
  }
  const download = lines.map((line) => /Download (\S+) failed/.exec(line)?.[1]).find((url) => url !== undefined);
  if (download) {
    return {
      ok: false,
      code: 'DOWNLOAD_FAILED',
      message: `Download failed: ${download}.`,
      fix: 'Check that the node reaches dl.k8s.io and that this Kubernetes version exists (it must match the cluster).',
    };
  }
  if (has(lines, /already exists|Cannot create a file when that file already exists/)) {
    return {
      ok: false,
      code: 'ALREADY_PREPARED',
      message: 'PrepareNode.ps1 already ran on this node: its pki link or its kubelet firewall rule exists, and it cannot create them twice.',
      fix: 'Reset the node (removes the kubelet service, the firewall rule and the link), then prepare it again.',
    };
  }
  if (has(lines, /System\.Version/)) {
    return { ok: false, code: 'BAD_VERSION', message: 'PrepareNode.ps1 could not read the Kubernetes version.', fix: 'Give a version like v1.29.6.' };
  }
  if (has(lines, /requires elevation|Access is denied|Access to the path .* is denied/i)) {
    return { ok: false, code: 'NOT_ELEVATED', message: 'PrepareNode.ps1 was refused access.', fix: 'Run it from an elevated PowerShell (Administrator).' };
  }
  const last = [...lines].reverse().find((line) => line.trim() !== '')?.trim() ?? '(no output)';
  const how = exitCode === null ? 'was cut off (the connection to the node was lost)' : `failed with exit code ${exitCode}`;
  return { ok: false, code: 'FAILED', message: `PrepareNode.ps1 ${how}: ${last}` };
}
