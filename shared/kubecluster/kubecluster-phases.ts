import type { KubeClusterMode } from './kubecluster-events.js';

/**
 * The phases KubeCluster.ps1 (sig-windows-tools @ 12a6e44) goes through in each mode, in order, and the
 * lines that show a phase has begun. Markers are the script's own Write-Host texts where it has one; where
 * it prints nothing of its own, the first native or PowerShell output that only that phase produces.
 * Some phases print only in some runs (the kubeconfig copy only when the file is missing, the Containers
 * feature only when it was not yet installed): those are skipped, and the step counter jumps past them.
 * Markers are matched against cleaned lines (see kubecluster-line.ts).
 */
export interface KubeClusterPhase {
  /** Stable: the job's step list and tests key on it. */
  id: string;
  /** What the operator reads in "step n of m". */
  name: string;
  start: readonly RegExp[];
}

// §1 of the transcript: every mode first fetches hns.psm1 (one of three DownloadFile shapes), then validates
// the config and prints it. Validation errors come before the `User Input` banner, so they land in step 1.
const preamble: readonly KubeClusterPhase[] = [
  {
    id: 'helpers',
    name: 'Download the HNS helper module',
    start: [/^(?:Downloaded \[|\[DownloadFile\] File |(?:[\w-]+ : )?Failed to download ).*hns\.psm1/],
  },
  { id: 'config', name: 'Check the configuration', start: [/^User Input$/] },
];

const install: readonly KubeClusterPhase[] = [
  ...preamble,
  {
    id: 'containers',
    name: 'Enable the Containers feature',
    start: [/You must restart this server to finish the installation process/, /^Continue to Reboot the host \[Y\/n\]/, /^Restart is required; restarting now\.\.\.$/],
  },
  {
    id: 'docker',
    name: 'Install Docker and pull the images',
    start: [
      /DockerMsftProvider/,
      /A restart is required to enable the containers feature/,
      /Contains Docker EE for use with Windows Server/,
      /^No infrastructure container image found\. Pulling /,
      /^[\w.-]+: Pulling from \S+$/,
      /^Status: (?:Downloaded newer image|Image is up to date) for \S+$/,
    ],
  },
  // DownloadFile reports only when done, so this step shows once the archive is in; its extraction follows.
  {
    id: 'kubernetes',
    name: 'Download the Kubernetes node binaries',
    start: [/^(?:Downloaded \[|\[DownloadFile\] File ).*kubernetes-node-windows-amd64\.tar\.gz/],
  },
  { id: 'cni', name: 'Download the CNI and flannel binaries', start: [/^Downloading CNI binaries for \S+ to /] },
  {
    id: 'ssh-key',
    name: 'Set up the SSH key for the control plane',
    start: [
      /^Do you wish to generate a SSH Key & Add it to the Linux control-plane node/,
      /^Generating SSH key$/,
      /^Generating public\/private rsa key pair\.$/,
      /[\\/]\.ssh[\\/]id_rsa\.pub$/,
      /^Execute the below commands on the Linux control-plane node/,
    ],
  },
  { id: 'finish', name: 'Finish the installation', start: [/^Please close this shell and open a new one to join this node to the cluster\.$/] },
];

const join: readonly KubeClusterPhase[] = [
  ...preamble,
  { id: 'kubeconfig', name: 'Copy the kubeconfig from the control plane', start: [/^Downloading Kubeconfig from \S+ to /] },
  // The older wording (microsoft/SDN predecessor) is accepted too; the same script family prints it.
  { id: 'connect', name: 'Connect to the control plane', start: [/^Trying to connect to the Kubernetes (?:control-plane node|master)$/] },
  { id: 'kubelet', name: 'Install the kubelet service', start: [/^Installing Kubelet Service$/] },
  { id: 'kubeadm-join', name: 'Run kubeadm join', start: [/^\[preflight\] Running pre-flight checks\.?$/] },
  { id: 'flannel', name: 'Install flanneld and the CNI configuration', start: [/^Installing FlannelD Service$/] },
  // hns.psm1 prints the new "External" network object; then the script waits for FlannelD and for vxlan0/cbr0.
  {
    id: 'network',
    name: 'Create the HNS networks',
    start: [/^Name\s+: External$/, /^Waiting for service \[FlannelD\] to be running$/, /^Waiting for the Network \(.*\) to be created by flanneld$/],
  },
  { id: 'kube-proxy', name: 'Install kube-proxy', start: [/^Installing Kubeproxy Service$/] },
  {
    id: 'verify',
    name: 'Check that the node registered',
    start: [/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION/, /^Node \S+ successfully joined the cluster$/],
  },
];

const reset: readonly KubeClusterPhase[] = [
  ...preamble,
  // `kubectl delete node` answers either way; an unreachable API server also shows here.
  {
    id: 'delete-node',
    name: 'Remove the node from the cluster',
    start: [/^node "[^"]+" deleted$/, /^Error from server \(NotFound\): nodes "[^"]+" not found$/, /^Unable to connect to the server: /, /^The connection to the server \S+ was refused/],
  },
  { id: 'hns-cleanup', name: 'Remove the HNS network', start: [/^Cleaning up old HNS network found$/] },
  { id: 'kube-proxy', name: 'Remove the kube-proxy service', start: [/^Uninstalling Kubeproxy Service$/] },
  { id: 'kubelet', name: 'Remove the kubelet service', start: [/^Uninstalling Kubelet Service$/] },
  { id: 'kubeadm-reset', name: 'Run kubeadm reset', start: [/^\[reset\] /, /^\[preflight\] Running pre-flight checks\.?$/] },
];

export const kubeClusterPhases: Readonly<Record<KubeClusterMode, readonly KubeClusterPhase[]>> = { install, join, reset };

/**
 * The index of the phase this line starts, looking only forward from `current` (-1 before the first):
 * phases never go back, so a marker repeated later (a second DownloadFile, a retry loop) changes nothing.
 */
export function phaseStartedBy(mode: KubeClusterMode, text: string, current: number): number | undefined {
  const phases = kubeClusterPhases[mode];
  for (let index = current + 1; index < phases.length; index++) {
    if (phases[index]?.start.some((pattern) => pattern.test(text))) return index;
  }
  return undefined;
}
