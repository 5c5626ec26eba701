import { describe, expect, it } from 'vitest';
import { prepareNodeOutcome } from './prepare-node-output.js';

/** A run of the pinned PrepareNode.ps1 (sig-windows-tools 30b5f0d0): its own Write-Host / Write-Output lines. */
const prepared = [
  'Using Kubernetes version: v1.29.6',
  'Downloading https://dl.k8s.io/v1.29.6/bin/windows/amd64/kubelet.exe to C:\\k\\kubelet.exe',
  'Downloading https://dl.k8s.io/v1.29.6/bin/windows/amd64/kubeadm.exe to C:\\k\\kubeadm.exe',
  'Installing nssm',
  'Downloading https://k8stestinfrabinaries.blob.core.windows.net/nssm-mirror/nssm-2.24.zip to nssm.zip',
  'Registering kubelet service',
  'Service "kubelet" installed successfully!',
  'Please remember that after you have joined the node to the cluster, that you have to apply the cni daemonset/service and the kube-proxy',
];

describe('prepareNodeOutcome', () => {
  it('reads a full run as prepared', () => {
    expect(prepareNodeOutcome(prepared, 0)).toMatchObject({ ok: true, code: 'PREPARED' });
  });

  it.each([
    [
      'no containerd',
      ['C:\\k\\PrepareNode.ps1 : ContainerD service was not detected - please install and start containerD before calling PrepareNode.ps1 with -ContainerRuntime containerD'],
      1,
      'CONTAINERD_MISSING',
    ],
    ['a version dl.k8s.io does not have', [prepared[0] ?? '', 'C:\\k\\PrepareNode.ps1 : Download https://dl.k8s.io/v1.29.99/bin/windows/amd64/kubelet.exe failed'], 1, 'DOWNLOAD_FAILED'],
    ['a second run (the pki link)', [...prepared.slice(0, 3), 'New-Item : An item with the specified name C:\\var\\lib\\kubelet\\etc\\kubernetes\\pki already exists.'], 1, 'ALREADY_PREPARED'],
    ['a second run (the firewall rule)', [...prepared.slice(0, 7), 'New-NetFirewallRule : Cannot create a file when that file already exists.'], 1, 'ALREADY_PREPARED'],
    ['a version PowerShell cannot read', ['Cannot convert value "1.29.6-rc.1" to type "System.Version". Error: "Input string was not in a correct format."'], 1, 'BAD_VERSION'],
    ['no administrator rights', ['mkdir : Access to the path \'C:\\k\' is denied.'], 1, 'NOT_ELEVATED'],
    ['anything else', ['Something broke'], 1, 'FAILED'],
    ['a lost connection', prepared.slice(0, 3), null, 'FAILED'],
  ])('reports %s', (_name, lines, exitCode, code) => {
    const outcome = prepareNodeOutcome(lines, exitCode);
    expect(outcome).toMatchObject({ ok: false, code });
    expect(outcome.message.length).toBeGreaterThan(0);
  });

  it('says how a lost connection ended it', () => {
    expect(prepareNodeOutcome(prepared.slice(0, 3), null).message).toMatch(/was cut off \(the connection to the node was lost\)/);
  });
});
