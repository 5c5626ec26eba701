import type { NodeConfig } from '../node-config/node-config-schema.js';

/**
 * What `KubeCluster.ps1 -reset` deletes (sig-windows-tools @ 12a6e44, kubecluster-messages.md §4), in the order
 * it does it, so the confirmation lists exactly what the operator is about to lose. Paths follow the config.
 */
export function resetEffects(config: NodeConfig, nodeName: string): string[] {
  const baseDir = config.Install.Destination || 'C:\\ProgramData\\Kubernetes';
  return [
    `Removes the node ${nodeName || '(this host name)'} from the cluster (kubectl delete node); its pods are rescheduled elsewhere.`,
    'Force-removes every Docker container on the node.',
    `Removes the HNS network of the ${config.Cni.Plugin.Name || 'configured'} plugin, then the "External" network: the node's network drops for a few seconds.`,
    'Stops and deletes the FlannelD service and C:\\etc\\kube-flannel.',
    'Stops and deletes the kube-proxy and kubelet services and the KubeletAllow10250 firewall rule.',
    'Runs kubeadm reset -f: the kubelet certificates and kubeconfig files of this node are deleted.',
    `Deletes ${baseDir} (binaries, logs, configuration) and the user's .kube folder, and removes the KUBECONFIG variable and ${baseDir}\\bin from PATH.`,
  ];
}

/** What the modern method's reset does (kubeadm reset and the clean-up around it), for the same confirmation. */
export function modernResetEffects(nodeName: string, deletesNode: boolean): string[] {
  return [
    'Runs kubeadm reset -f: the kubelet certificates and kubeconfig files of this node are deleted.',
    'Stops and removes the kubelet service.',
    'Deletes the CNI configuration (C:\\etc\\cni\\net.d) and removes the HNS networks flannel created: the node’s network drops for a few seconds.',
    deletesNode
      ? `Deletes the node ${nodeName} from the cluster (kubectl delete node over the control-plane connection); its pods are rescheduled elsewhere.`
      : 'Does not delete the node object from the cluster (no control-plane connection or node name): delete it with kubectl delete node.',
  ];
}
