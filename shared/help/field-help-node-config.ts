/**
 * Step 3, Node config: every field of Kubeclustervxlan.json the step shows (keyed by its dotted path), the node's
 * Windows build, and the join method above them.
 */
import { docs } from './doc-links.js';
import type { FieldHelpEntry } from './field-help-entry.js';

export const nodeConfigHelp = {
  'nodeConfig.Kubernetes.ControlPlane.IpAddress': {
    title: 'Control-plane IP address',
    text: 'The control plane’s IPv4 address as the Windows node reaches it: join copies the kubeconfig from it and talks to its API server on port 6443. The example’s placeholder kubemasterIP must be replaced, or join cannot connect.',
    why: docs.preparingWindowsNode,
  },
  'nodeConfig.Kubernetes.ControlPlane.Username': {
    title: 'Control-plane user',
    text: 'The control-plane account that -join logs in to with scp to copy ~/.kube/config. The node’s SSH public key must be in this user’s authorized_keys; left empty, the file gets the Flannel step’s SSH user.',
    why: docs.preparingWindowsNode,
  },
  'nodeConfig.Kubernetes.ControlPlane.KubeadmToken': {
    title: 'Kubeadm token',
    text: 'The bootstrap token the node shows when it joins, shaped like abcdef.0123456789abcdef; kubeadm token create --print-join-command prints one. Tokens expire after 24 hours by default, and a join with an expired one hangs at discovery.',
    why: docs.bootstrapTokens,
  },
  'nodeConfig.Kubernetes.ControlPlane.KubeadmCAHash': {
    title: 'CA cert hash',
    text: 'The SHA-256 of the cluster CA’s public key, sha256: followed by 64 hex digits, from the same join command. The node checks with it that it joins the right cluster; a wrong value, or one without the sha256: prefix, makes join refuse.',
    why: docs.preparingWindowsNode,
  },
  'nodeConfig.Kubernetes.Source.Release': {
    title: 'Kubernetes release',
    text: 'The version of kubelet, kube-proxy and kubeadm installed on the node, e.g. 1.15.0. Match the control plane’s version (kubectl version): a node newer than its control plane is not supported.',
    why: docs.componentsOnWindows,
  },
  'nodeConfig.Kubernetes.Source.Url': {
    title: 'Node binaries URL',
    text: 'Where the node downloads kubernetes-node-windows-amd64.tar.gz. It follows the release unless you change it; a custom URL must serve the same version.',
    why: docs.componentsOnWindows,
  },
  'nodeConfig.Kubernetes.KubeProxy.Gates': {
    title: 'kube-proxy feature gates',
    text: 'Feature gates for kube-proxy on the node, as comma-separated key=value pairs. The overlay (vxlan) needs WinOverlay=true, or Services do not work on the node; the bridge example uses WinDSR=true.',
    why: docs.kubeclusterExample,
  },
  'nodeConfig.Kubernetes.Network.ServiceCidr': {
    title: 'Service CIDR',
    text: 'Copied from the IP plan: the Services’ virtual range that kube-proxy on the node translates. It must be the cluster’s own service range, so it is changed in step 1, not here.',
    why: docs.planIpAddressing,
  },
  'nodeConfig.Kubernetes.Network.ClusterCidr': {
    title: 'Cluster CIDR',
    text: 'Copied from the IP plan: the pods’ range, the same one flannel uses. A value other than the control plane’s breaks pod routing on the node, so it is changed in step 1.',
    why: docs.planIpAddressing,
  },
  'nodeConfig.Cni.Name': {
    title: 'Network fabric',
    text: 'The network solution the script sets up on the node. KubeCluster.ps1 knows only flannel.',
    why: docs.kubeclusterExample,
  },
  'nodeConfig.Cni.Plugin.Name': {
    title: 'CNI plugin',
    text: 'vxlan builds an overlay: it needs Windows Server 2019 with KB4489899 and flannel’s VXLAN backend (VNI 4096, UDP 4789). bridge (L2bridge) routes pods directly and needs all nodes on one layer-2 network. It must match the backend flannel runs on the control plane.',
    why: docs.preparingWindowsNode,
  },
  'nodeConfig.Cni.InterfaceName': {
    title: 'Network interface',
    text: 'The Windows adapter that carries cluster traffic, named as Get-NetAdapter shows it (the guide’s Ethernet is only an example). The HNS network is built on it; a wrong name makes join fail when flanneld starts.',
    why: docs.joinWindowsNode,
  },
  'nodeConfig.Cni.Source': {
    title: 'Network daemon sources',
    text: 'The network daemons listed for the node, each with a name and a download URL (flanneld in the example). KubeCluster.ps1 downloads its own flanneld v0.11.0 whatever they say, so the list is for the file’s readers.',
    why: docs.kubeclusterScript,
  },
  'nodeConfig.Cni.Source.Name': {
    title: 'Source name',
    text: 'The network daemon’s name, flanneld in the example.',
  },
  'nodeConfig.Cni.Source.Url': {
    title: 'Source URL',
    text: 'Where that daemon’s Windows executable would be downloaded from. KubeCluster.ps1 ignores it and uses its built-in flanneld v0.11.0 download.',
    why: docs.kubeclusterScript,
  },
  'nodeConfig.Cri.Name': {
    title: 'Runtime name',
    text: 'The container runtime the script installs. KubeCluster.ps1 supports only dockerd (Docker); a containerd node joins with the containerd + kubeadm method instead.',
    why: docs.preparingWindowsNode,
  },
  'nodeConfig.Cri.Images.Pause': {
    title: 'Pause image',
    text: 'The infrastructure container that holds each pod’s network, mcr.microsoft.com/k8s/core/pause:1.2.0 in the example. It must be a Windows image the node’s build can run, or no pod starts.',
    why: docs.kubeclusterExample,
  },
  'nodeConfig.Cri.Images.Nanoserver': {
    title: 'Nanoserver image',
    text: 'The Nano Server base image the script pulls, e.g. mcr.microsoft.com/windows/nanoserver:1809. Process-isolated containers start only when its tag is the node’s Windows build (1809 or ltsc2019 for Server 2019).',
    why: docs.kubeclusterExample,
  },
  'nodeConfig.Cri.Images.ServerCore': {
    title: 'ServerCore image',
    text: 'The Server Core base image, e.g. mcr.microsoft.com/windows/servercore:ltsc2019. Like Nano Server, its build must be the node’s, or its containers do not start.',
    why: docs.kubeclusterExample,
  },
  'nodeConfig.windowsBuild': {
    title: 'Windows build',
    text: 'The node’s OS build as winver shows it, e.g. 17763.379. It is not written to the file: it lets the wizard check the image tags and, for vxlan, whether the node needs KB4489899.',
    why: docs.preparingWindowsNode,
  },
  'nodeConfig.Install.Destination': {
    title: 'Install destination',
    text: 'The folder on the node where KubeCluster.ps1 puts the binaries, the kubeconfig and the logs, C:\\ProgramData\\Kubernetes by default. Use an absolute path without spaces.',
    why: docs.preparingWindowsNode,
  },
  'joinMethod.kubernetesVersion': {
    title: 'Kubernetes version',
    text: 'The control plane’s version as kubectl version shows the server, e.g. v1.29.6; detect it or type it. It decides the method: KubeCluster.ps1 with Docker works up to 1.23, newer clusters need containerd + kubeadm.',
    why: docs.kubeadmWindowsNodes,
  },
  'joinMethod.containerdVersion': {
    title: 'containerd version',
    text: 'The containerd release Install-Containerd.ps1 puts on the node, 1.7.1 in the guide. Only the containerd + kubeadm method uses it.',
    why: docs.modernGuide,
  },
  'joinMethod.method': {
    title: 'Method',
    text: 'KubeCluster.ps1 is the seeds’ flow (Docker and this config file, clusters up to 1.23). containerd + kubeadm runs Install-Containerd.ps1, PrepareNode.ps1 and kubeadm join, with flannel and kube-proxy as HostProcess DaemonSets, for 1.23 and later.',
    why: docs.kubeadmAndClusterApi,
  },
} as const satisfies Record<string, FieldHelpEntry>;
