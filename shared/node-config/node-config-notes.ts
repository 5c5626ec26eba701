/**
 * Facts about KubeCluster.ps1 (kubernetes-sigs/sig-windows-tools, kubeadm/, last tree 12a6e44a) that the form
 * shows once, next to the field they concern, because the file alone would mislead the operator.
 */
export interface NodeConfigNote {
  field: string;
  text: string;
}

/** The script always downloads flanneld v0.11.0 from a URL it has built in (DownloadFlannelBinaries). */
export const CNI_SOURCE_URL_IGNORED: NodeConfigNote = {
  field: 'Cni.Source',
  text: 'KubeCluster.ps1 ignores Cni.Source[].Url: it always downloads flanneld v0.11.0 from its built-in URL. The entry is kept for the file\'s readers.',
};

/** `-join` runs `scp <Username>@<IpAddress>:~/.kube/config <Destination>\config` (DownloadKubeConfig). */
export const JOIN_COPIES_ADMIN_KUBECONFIG: NodeConfigNote = {
  field: 'Kubernetes.ControlPlane.Username',
  text: "-join copies this user's ~/.kube/config from the control plane to the node with scp: the node then holds the cluster's admin credentials. The node's SSH public key must be in this user's authorized_keys first.",
};

/** Export hands the operator a file with the bootstrap token and CA hash in clear; say so where it is saved. */
export const EXPORT_HOLDS_SECRETS: NodeConfigNote = {
  field: 'Kubernetes.ControlPlane.KubeadmToken',
  text: 'The exported file holds the bootstrap token and CA hash in clear text: keep it private and delete it once the node has joined.',
};

export const nodeConfigNotes: readonly NodeConfigNote[] = [CNI_SOURCE_URL_IGNORED, JOIN_COPIES_ADMIN_KUBECONFIG, EXPORT_HOLDS_SECRETS];
