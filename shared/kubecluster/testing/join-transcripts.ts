/**
 * Test data: `-join` runs assembled from kubecluster-messages.md §3 and kubeadm-outputs.md §4 (exact strings;
 * the kubeadm lines are the real v1.18 Windows run of sig-windows-tools#72 and the worker success text).
 */
import { baseDir, mdBlock, preamble } from './preamble.js';

export const kubeconfigCopy = [
  `Downloading Kubeconfig from 10.0.0.4:~/.kube/config to ${baseDir}\\config`,
  "The authenticity of host '10.0.0.4 (10.0.0.4)' can't be established.",
  'Warning: Permanently added \'10.0.0.4\' (ECDSA) to the list of known hosts.',
  'config                                        100% 5444     5.3KB/s   00:00',
];

export const connected = [
  'Trying to connect to the Kubernetes control-plane node',
  '############################################',
  'Able to connect to the control-plane node',
  'Discovered the following',
  'Cluster CIDR    : 10.244.0.0/16',
  'Service CIDR    : 10.96.0.0/12',
  'DNS ServiceIp   : 10.96.0.10',
  '############################################',
];

export const kubeletInstalled = ['Installing Kubelet Service', ...mdBlock(`${baseDir}\\logs`, 'kubelet'), '', 'Status      : Stopped', 'Name        : kubelet', 'DisplayName : kubelet', ''];

export const kubeadmJoinOk = [
  'W0428 23:24:23.165928    4512 join.go:346] [preflight] WARNING: JoinControlPane.controlPlane settings will be ignored when control-plane flag is not set.',
  '[preflight] Running pre-flight checks',
  '\t[WARNING SystemVerification]: this Docker version is not on the list of validated versions: 19.03.5. Latest validated version: 19.03',
  '[preflight] Reading configuration from the cluster...',
  "[preflight] FYI: You can look at this config file with 'kubectl -n kube-system get cm kubeadm-config -oyaml'",
  '[kubelet-start] Downloading configuration for the kubelet from the "kubelet-config-1.18" ConfigMap in the kube-system namespace',
  '[kubelet-start] Writing kubelet configuration to file "\\\\var\\\\lib\\\\kubelet\\\\config.yaml"',
  '',
  'This node has joined the cluster:',
  '* Certificate signing request was sent to apiserver and a response was received.',
  '* The Kubelet was informed of the new secure connection details.',
  '',
  "Run 'kubectl get nodes' on the control-plane to see this node join the cluster.",
  '',
];

export const flannel = [
  'Installing FlannelD Service',
  ...mdBlock(`${baseDir}\\logs`, 'flanneld'),
  `Downloaded [https://github.com/Microsoft/SDN/raw/master/Kubernetes/flannel/overlay/net-conf.json] => [${baseDir}\\net-conf.json]`,
  `Create a SCMService Binary for [FlannelD] [${baseDir}\\flanneld.exe --kubeconfig-file=${baseDir}\\config --iface=10.0.0.6 --ip-masq=1 --kube-subnet-mgr=1] => [${baseDir}\\FlannelDSvc.exe]`,
  '    ++++++++++++++++++++++++++++++++',
  '    Successfully created the service',
  '    ++++++++++++++++++++++++++++++++',
  '    Service   [FlannelD]',
  `    Cmdline   [${baseDir}\\FlannelDSvc.exe]`,
  '    Env       [{',
  '    "NODE_NAME":  "win-h2a5c8d1f3g"',
  '}]',
  `    Log       [${baseDir}\\logs\\flanneld\\flanneldsvc.log]`,
  '    DependsOn [kubelet]',
  '    ++++++++++++++++++++++++++++++++',
  'Generated net-conf Config [{',
  '    "Network":  "10.244.0.0/16",',
  '    "Backend":  {',
  '                    "name":  "vxlan0",',
  '                    "type":  "vxlan"',
  '                }',
  '}]',
];

export const externalNetwork = ['', 'ActivityId         : 9a9c7c46-0d1c-4a36-9a53-8e4f8f1c2d3e', 'Name               : External', 'NetworkAdapterName : Ethernet', 'Type               : overlay', ''];

export const flannelStarted = ['Waiting for service [FlannelD] to be running', 'Waiting for the Network (vxlan0) to be created by flanneld'];

export const kubeProxy = [...mdBlock(`${baseDir}\\logs`, 'kube-proxy'), 'Installing Kubeproxy Service', 'Waiting for service [Kubeproxy] to be running'];

/** kubectl-outputs.md §1.3, the computed v1.16.2 samples: healthy, and just joined with CNI not yet ready. */
export const nodesReady = [
  'NAME              STATUS   ROLES    AGE     VERSION',
  'k8s-master        Ready    master   3h12m   v1.16.2',
  'win-h2a5c8d1f3g   Ready    <none>   12m     v1.16.2',
];
export const nodesNotReady = [
  'NAME              STATUS     ROLES    AGE     VERSION',
  'k8s-master        Ready      master   3h12m   v1.16.2',
  'win-h2a5c8d1f3g   NotReady   <none>   45s     v1.16.2',
];

export const joinedLine = 'Node WIN-H2A5C8D1F3G successfully joined the cluster';

/** A first join: the kubeconfig is copied, so every phase of -join shows, in order. */
export const joinSuccess = [
  ...preamble,
  ...kubeconfigCopy,
  ...connected,
  ...kubeletInstalled,
  ...kubeadmJoinOk,
  ...flannel,
  ...externalNetwork,
  ...flannelStarted,
  ...kubeProxy,
  ...nodesReady,
  joinedLine,
];

/** The kubeadm failure path: kubeadm's error, then the script's warning, then exit code 0. */
export function joinWithKubeadmFailure(kubeadmLines: readonly string[]): string[] {
  return [...preamble, ...connected, ...kubeletInstalled, '[preflight] Running pre-flight checks', ...kubeadmLines, 'WARNING: Error joining cluster, exiting.'];
}
