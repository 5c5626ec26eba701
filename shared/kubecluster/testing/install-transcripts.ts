/**
 * Test data: `-install` runs assembled from kubecluster-messages.md §2 (exact strings; native tool output in
 * the shapes the transcript describes). Not code: copy, don't abstract.
 */
import { baseDir, mdBlock, preamble } from './preamble.js';

const dockerProvider = [
  'WARNING: A restart is required to enable the containers feature. Please restart your machine.',
  '',
  'Name                           Version          Source           Summary',
  '----                           -------          ------           -------',
  'Docker                         18.09.11         DockerDefault    Contains Docker EE for use with Windows Server.',
];

const pulls = [
  '1809: Pulling from windows/nanoserver',
  'e46172273a4e: Pulling fs layer',
  'e46172273a4e: Pull complete',
  'Digest: sha256:1f9d67a8f4b1ab5a4b5c8b3a6e3a4fdd12b7c2a8e5d1c6f8a3b2c1d0e9f8a7b6',
  'Status: Downloaded newer image for mcr.microsoft.com/windows/nanoserver:1809',
  'No infrastructure container image found. Pulling mcr.microsoft.com/k8s/core/pause:1.2.0',
  '1.2.0: Pulling from k8s/core/pause',
  'Status: Downloaded newer image for mcr.microsoft.com/k8s/core/pause:1.2.0',
];

const binaries = [
  `Downloaded [https://dl.k8s.io/v1.16.2/kubernetes-node-windows-amd64.tar.gz] => [${baseDir}/kubernetes-node-windows-amd64.tar.gz]`,
  'x kubernetes/',
  'x kubernetes/node/bin/kubelet.exe',
  'x kubernetes/node/bin/kube-proxy.exe',
  `Downloading CNI binaries for overlay to ${baseDir}\\cni`,
  ...mdBlock(baseDir, 'cni'),
  ...mdBlock(`${baseDir}\\cni`, 'config'),
  'Downloading Flannel binaries',
  `Downloaded [https://github.com/coreos/flannel/releases/download/v0.11.0/flanneld.exe] => [${baseDir}\\flanneld.exe]`,
  `Downloaded [https://github.com/containernetworking/plugins/releases/download/v0.8.2/cni-plugins-windows-amd64-v0.8.2.tgz] => [${baseDir}/cni-plugins-windows-amd64-v0.8.2.tgz]`,
  'x ./',
  'x ./win-overlay.exe',
  'x ./host-local.exe',
];

const sshKeyExists = [
  'C:\\Users\\Administrator/.ssh/id_rsa.pub',
  "Execute the below commands on the Linux control-plane node (10.0.0.4) to add this Windows node's public key to its authorized keys",
  'touch ~/.ssh/authorized_keys',
  'echo  >> ~/.ssh/authorized_keys',
];

export const installDone = 'Please close this shell and open a new one to join this node to the cluster.';

/** Containers already enabled, Docker present: the usual second run. */
export const installComplete = [...preamble, ...pulls, ...binaries, ...sshKeyExists, installDone];

/** Containers just enabled and the reboot declined: every phase of -install shows, in order. */
export const installEveryPhase = [
  ...preamble,
  'WARNING: You must restart this server to finish the installation process.',
  'Continue to Reboot the host [Y/n] - Default [Y]: n',
  ...dockerProvider,
  ...pulls,
  ...binaries,
  ...sshKeyExists,
  installDone,
];

/** §2.7: the reboot path; the script registers its own resume and restarts the machine. */
export const installRebooting = [
  ...preamble,
  'WARNING: You must restart this server to finish the installation process.',
  'Restart is required; restarting now...',
  'Creating scheduled task action (C:\\k\\KubeCluster.ps1 -ConfigFile C:\\k\\Kubeclustervxlan.json -install -force)...',
  'Creating scheduled task trigger...',
  'Registering script to re-run at next user logon...',
];

/** §2.3 step 4: tar fails, the script warns and exits with code 0. */
export const installExtractFails = [
  ...preamble,
  ...pulls,
  `Downloaded [https://dl.k8s.io/v1.16.2/kubernetes-node-windows-amd64.tar.gz] => [${baseDir}/kubernetes-node-windows-amd64.tar.gz]`,
  'tar: Error opening archive: Unrecognized archive format',
  'WARNING: Error decompressing file, exiting.',
];
