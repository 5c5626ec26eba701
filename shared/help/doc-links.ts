/**
 * Where the wizard's "Why?" links point, and the one allow-list every link the app opens must pass: the Electron
 * window-open handler checks it before `shell.openExternal`, and the help catalogue's test checks every link
 * against it, so a help link can never point somewhere the desktop app would refuse (or should refuse) to open.
 */
import { SIG_WINDOWS_TOOLS_COMMIT } from '../powershell/kubecluster-commands.js';

/** https addresses the app may open in the user's browser (documentation links); anchored on the host's slash. */
const externalAllowList = [/^https:\/\/kubernetes\.io\//, /^https:\/\/learn\.microsoft\.com\//, /^https:\/\/github\.com\/kubernetes-sigs\//];

export function isAllowedExternalUrl(url: string): boolean {
  return externalAllowList.some((pattern) => pattern.test(url));
}

export interface DocLink {
  /** Says where the link goes, e.g. "Kubernetes guide: Plan IP Addressing". */
  label: string;
  url: string;
}

/** The Kubernetes "Guide for adding Windows Nodes" (v1.14–1.16), the first seed; anchors are its headings. */
const kubernetesGuide = 'https://kubernetes.io/docs/setup/production-environment/windows/user-guide-windows-nodes/';
/** Microsoft's "Kubernetes on Windows", the second seed (docs.microsoft.com now redirects to learn.microsoft.com). */
const microsoftGuide = 'https://learn.microsoft.com/en-us/virtualization/windowscontainers/kubernetes/getting-started-kubernetes-windows';
/** KubeCluster.ps1 and its example configs at the commit the wizard downloads. */
const kubeadmFolder = `https://github.com/kubernetes-sigs/sig-windows-tools/blob/${SIG_WINDOWS_TOOLS_COMMIT}/kubeadm`;

const kubernetesSection = (anchor: string, heading: string): DocLink => ({ label: `Kubernetes guide: ${heading}`, url: `${kubernetesGuide}#${anchor}` });

export const docs = {
  planIpAddressing: kubernetesSection('plan-ip-addressing', 'Plan IP Addressing'),
  componentsOnWindows: kubernetesSection('components-that-run-on-windows', 'Components that run on Windows'),
  flannelVxlan: kubernetesSection('configuring-flannel-in-vxlan-mode-on-the-linux-control-plane', 'Configuring Flannel in VXLAN mode'),
  preparingWindowsNode: kubernetesSection('preparing-a-windows-node', 'Preparing a Windows Node'),
  joinWindowsNode: kubernetesSection('join-the-windows-node-to-the-kubernetes-cluster', 'Join the Windows Node'),
  kubeadmAndClusterApi: kubernetesSection('deployment-with-kubeadm-and-cluster-api', 'Deployment with kubeadm'),
  microsoftIpPlan: { label: 'Microsoft: Plan IP addressing for your cluster', url: `${microsoftGuide}#plan-ip-addressing-for-your-cluster` },
  microsoftAntiSpoofing: { label: 'Microsoft: Disable anti-spoofing protection', url: `${microsoftGuide}#disable-anti-spoofing-protection` },
  kubeadmWindowsNodes: { label: 'Kubernetes: Adding Windows worker nodes (kubeadm)', url: 'https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/adding-windows-nodes/' },
  kubeletMaxPods: { label: 'Kubernetes: kubelet --max-pods', url: 'https://kubernetes.io/docs/reference/command-line-tools-reference/kubelet/' },
  bootstrapTokens: { label: 'Kubernetes: Authenticating with bootstrap tokens', url: 'https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/' },
  kubeclusterScript: { label: 'sig-windows-tools: KubeCluster.ps1', url: `${kubeadmFolder}/KubeCluster.ps1` },
  kubeclusterExample: { label: 'sig-windows-tools: the example Kubeclustervxlan.json', url: `${kubeadmFolder}/v1.15.0/Kubeclustervxlan.json` },
  bridgeExample: { label: 'sig-windows-tools: the bridge example', url: `${kubeadmFolder}/v1.15.0/Kubeclusterbridge.json` },
  modernGuide: { label: 'sig-windows-tools: guide for adding a Windows node', url: 'https://github.com/kubernetes-sigs/sig-windows-tools/blob/master/guides/guide-for-adding-windows-node.md' },
} as const satisfies Record<string, DocLink>;
