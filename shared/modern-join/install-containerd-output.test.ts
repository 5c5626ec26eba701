import { describe, expect, it } from 'vitest';
import { installContainerdOutcome } from './install-containerd-output.js';

/**
 * Runs of the pinned Install-Containerd.ps1 (sig-windows-tools 03dbf15c): its Write-Output and Write-Host lines as
 * written there, Write-Warning lines with the `WARNING: ` prefix redirected output gives them, and the table
 * Install-WindowsFeature prints.
 */
const firstRun = [
  "WARNING: Windows feature 'Containers' is not installed. Installing it now...",
  '',
  'Success Restart Needed Exit Code      Feature Result',
  '------- -------------- ---------      --------------',
  'True    Yes            SuccessRest... {Containers}',
  'WARNING: You must restart this server to finish the installation process.',
  "WARNING: Windows feature 'Hyper-V' is not installed. Installing it now...",
  "WARNING: Windows feature 'Hyper-V-PowerShell' is not installed. Installing it now...",
  'Please reboot and re-run this script.',
];

const secondRun = [
  "Windows feature 'Containers' is already installed.",
  "Windows feature 'Hyper-V' is already installed.",
  "Windows feature 'Hyper-V-PowerShell' is already installed.",
  'Getting ContainerD binaries',
  'Downloading https://github.com/containerd/containerd/releases/download/v1.7.1/containerd-1.7.1-windows-amd64.tar.gz to C:\\Program Files\\containerd\\containerd.tar.gz',
  'x containerd-shim-runhcs-v1.exe',
  'x containerd.exe',
  'x ctr.exe',
  'Registering ContainerD as a service',
  'Starting ContainerD service',
  'Downloading https://github.com/kubernetes-sigs/cri-tools/releases/download/v1.27.0/crictl-v1.27.0-windows-amd64.tar.gz to C:\\Program Files\\containerd\\crictl.tar.gz',
  'x crictl.exe',
  `Done - please remember to add '--cri-socket "npipe:////./pipe/containerd-containerd"' to your kubeadm join command if your kubernetes version is below 1.25!`,
];

describe('installContainerdOutcome', () => {
  it('tells a run that added Windows features (exit 0) as waiting for a restart', () => {
    expect(installContainerdOutcome(firstRun, 0)).toEqual({
      rebootRequired: true,
      ok: true,
      code: 'REBOOT_REQUIRED',
      message: 'Windows changed Containers, Hyper-V, Hyper-V-PowerShell; restart the node, then run Install-Containerd.ps1 again (it carries on from there).',
      features: ['Containers', 'Hyper-V', 'Hyper-V-PowerShell'],
    });
  });

  it('names the optional features -skipHypervisorSupportCheck turns on and off', () => {
    const lines = [
      "WARNING: Windows optional feature 'Microsoft-Hyper-V' is not enabled. Enabling it now...",
      "WARNING: Windows optional feature 'Microsoft-Hyper-V-Online' is not disabled. Disabling it now...",
      "WARNING: The Hyper-V features was installed without checking the CPU for Hypervisor support. You may not be able to host Hyper-V isolated containers if CPU doesn't support hypervisors.",
      'Please reboot and re-run this script.',
    ];
    expect(installContainerdOutcome(lines, 0)).toMatchObject({ rebootRequired: true, features: ['Microsoft-Hyper-V', 'Microsoft-Hyper-V-Online'] });
  });

  it('tells the run after the restart as installed', () => {
    expect(installContainerdOutcome(secondRun, 0)).toEqual({
      rebootRequired: false,
      ok: true,
      code: 'INSTALLED',
      message: 'containerd is installed and running as the containerd service, with crictl.',
      features: [],
    });
  });

  it.each([
    [
      'a release that does not exist',
      [...secondRun.slice(0, 5), 'C:\\k\\Install-Containerd.ps1 : Download https://github.com/containerd/containerd/releases/download/v9.9.9/containerd-9.9.9-windows-amd64.tar.gz failed'],
      1,
      'DOWNLOAD_FAILED',
      /Download failed: https:\/\/github.com\/containerd\/containerd\/releases\/download\/v9\.9\.9\/containerd-9\.9\.9-windows-amd64\.tar\.gz\. Check that the node reaches github\.com/,
    ],
    ['a shell that is not elevated', ['Install-WindowsFeature : The requested operation requires elevation.'], 1, 'NOT_ELEVATED', /elevated PowerShell/],
    ['Windows without Server features', ["Get-WindowsFeature : The term 'Get-WindowsFeature' is not recognized as the name of a cmdlet, function, script file, or operable program."], 1, 'NOT_WINDOWS_SERVER', /Windows Server 2019/],
    ['containerd that will not start', [...secondRun.slice(0, 10), "Start-Service : Service 'containerd (containerd)' cannot be started due to the following error: Cannot start service containerd on computer '.'."], 1, 'SERVICE_FAILED', /did not start/],
    ['an exit 0 without the closing line', secondRun.slice(0, 9), 0, 'INCOMPLETE', /ended without its closing line \(last line: Registering ContainerD as a service\)/],
    ['a lost connection', secondRun.slice(0, 9), null, 'CONNECTION_LOST', /connection to the node was lost/],
    ['anything else', ['Something broke'], 1, 'FAILED', /failed with exit code 1: Something broke/],
  ])('reports %s', (_name, lines, exitCode, code, message) => {
    const outcome = installContainerdOutcome(lines, exitCode);
    expect(outcome).toMatchObject({ rebootRequired: false, ok: false, code });
    expect(outcome.message).toMatch(message);
  });

  it('never calls a failed run installed, even with the closing line', () => {
    expect(installContainerdOutcome(secondRun, 1)).toMatchObject({ ok: false, code: 'FAILED' });
  });
});
