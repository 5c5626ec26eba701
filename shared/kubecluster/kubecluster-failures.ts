import type { KubeClusterErrorCode, KubeClusterMode } from './kubecluster-events.js';

/**
 * Every known way a KubeCluster.ps1 run fails, as it shows in the output (kubecluster-messages.md §5–§8,
 * kubeadm-outputs.md §3–§4, kubectl-outputs.md §7), with the fix an operator can act on. The first rule
 * that matches a line wins, so narrower rules come before broader ones.
 */
export interface FailureRule {
  code: KubeClusterErrorCode;
  pattern: RegExp;
  /** The script stops at this line: a `throw`, an `-ErrorAction Stop` failure, or a warning followed by `exit`. */
  terminal?: boolean;
  /**
   * The line says that something failed, not why (kubeadm's "error execution phase", the script's own
   * throws after a native tool failed). The verdict prefers the first line of the step that says why.
   */
  summary?: boolean;
  /** Only in these modes (the same text means something else, or nothing, elsewhere). */
  modes?: readonly KubeClusterMode[];
  message?: (match: RegExpExecArray) => string;
  fix: string | ((match: RegExpExecArray) => string);
}

const adminFix = 'Start PowerShell with "Run as administrator" (or an SSH session of an administrator) and run the script again.';
const rejoinFix = 'Run -reset, open a new PowerShell session, and run -join again.';
const staleShellFix =
  '-install put kubectl, kubeadm and kubelet on PATH and set KUBECONFIG for new sessions only. Open a new PowerShell session and run -join again; if that does not help, run -install first.';

/** Why a connection to the API server failed, from the cause kubectl or kubeadm quotes. */
function apiServerFix(text: string): string {
  if (/refused/i.test(text)) return 'Nothing answers on the API server port (6443): check that the control plane is up (kubectl get nodes there) and that Kubernetes.ControlPlane.IpAddress is its address.';
  if (/timeout|did not properly respond|no route to host|deadline exceeded/i.test(text)) return 'The node cannot reach the API server: check routing and firewalls between this node and the control plane on TCP 6443.';
  if (/x509|certificate/i.test(text)) return 'The control plane presented a certificate this node does not trust: the cluster was probably re-created. Refresh the kubeconfig, token and CA hash from the control plane.';
  return 'Check that the control plane is up and reachable from this node on TCP 6443.';
}

function downloadFix(text: string): string {
  if (/SSL\/TLS secure channel/i.test(text)) return 'Windows PowerShell 5.1 uses TLS 1.0 by default: run [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12 in the session (or enable strong crypto for .NET) and try again.';
  if (/\(404\)|Not Found/.test(text)) return 'The file does not exist at that address: check Kubernetes.Source.Release (or Source.Url) in the config.';
  if (/could not be resolved|Unable to connect to the remote server|timed out/i.test(text)) return 'The node has no working route to the internet: check DNS, the proxy and the firewall, then try again.';
  return 'Check that the node can reach the address (DNS, proxy, firewall) and that the file exists there. Windows PowerShell 5.1 may also need TLS 1.2: [Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12.';
}

function serviceFix(service: string): string {
  const name = service.toLowerCase();
  if (name.includes('flannel')) return 'flanneld stopped: read <BaseDir>\\logs\\flanneld\\flanneldsvc.log. Usual causes: the flannel DaemonSet or net-conf on the control plane (VNI 4096, port 4789), no pod subnet for this node, or MAC address spoofing off on a VM.';
  if (name.includes('proxy')) return 'kube-proxy stopped: read <BaseDir>\\logs\\kube-proxy. Check that flanneld created the network and that KubeProxy.Gates suits the plugin (WinOverlay=true for vxlan).';
  return `Service ${service} did not stay running: read its log under <BaseDir>\\logs and check that Docker is running.`;
}

export const failureRules: readonly FailureRule[] = [
  // Not elevated: PowerShell's own refusal, Windows' elevation error, or kubeadm's preflight check.
  { code: 'NOT_ADMINISTRATOR', pattern: /contains a "#requires" statement for running as Administrator/, terminal: true, fix: adminFix },
  { code: 'NOT_ADMINISTRATOR', pattern: /user is not running as administrator|unable to determine if user is running as administrator|requested operation requires elevation/i, message: () => 'This PowerShell session is not elevated.', fix: adminFix },

  // Config read and validation (psm1 throws, §1.3–§1.4).
  { code: 'CONFIG_INVALID', pattern: /Kubernetes information missing in the configuration file$/, terminal: true, fix: 'Add the Kubernetes section to the config file, and check that -ConfigFile names an existing file.' },
  { code: 'CONFIG_INVALID', pattern: /Control-plane node information missing in the configuration file$/, terminal: true, fix: 'Add Kubernetes.ControlPlane (IpAddress, Username, KubeadmToken, KubeadmCAHash). Files from the 2019-06 schema call it Kubernetes.Master: rename it.' },
  { code: 'CONFIG_INVALID', pattern: /^(?:[\w-]+ : )?(.*?) ?is not yet supported$/, terminal: true, message: (m) => `"${m[1] ?? ''}" is not supported by KubeCluster.ps1.`, fix: 'Set Cri.Name to dockerd and Cni.Plugin.Name to vxlan or bridge.' },
  { code: 'CONFIG_INVALID', pattern: /^(?:[\w-]+ : )?(.*?) ?not yet supported$/, terminal: true, message: (m) => `CNI "${m[1] ?? ''}" is not supported by KubeCluster.ps1.`, fix: 'Set Cni.Name to flannel.' },
  { code: 'CONFIG_INVALID', pattern: /^Not Implemented$/, terminal: true, modes: ['install'], fix: 'Set Cri.Name to dockerd: KubeCluster.ps1 cannot install containerd.' },
  {
    code: 'INTERFACE_NOT_FOUND',
    pattern: /^(?:[\w-]+ : )?(.+) doesn't exist$/,
    terminal: true,
    message: (m) => `The network adapter "${m[1] ?? ''}" (or "vEthernet (${m[1] ?? ''})") does not exist on this node.`,
    fix: 'Set Cni.InterfaceName to the adapter that carries the node\'s IP address, as Get-NetAdapter lists it (for example Ethernet or Ethernet0).',
  },

  // Downloads and archives (§1.1, §2.3–§2.4). DownloadFile reports, then re-throws the .NET exception.
  { code: 'DOWNLOAD_FAILED', pattern: /Failed to download (\S+)/, message: (m) => `Could not download ${m[1] ?? ''}.`, fix: (m) => downloadFix(m.input) },
  { code: 'DOWNLOAD_FAILED', pattern: /Exception calling "DownloadFile" with "2" argument\(s\): "?(.*?)"?$/, terminal: true, summary: true, message: (m) => `Download failed: ${m[1] ?? ''}`, fix: (m) => downloadFix(m.input) },
  // The script prints this warning and then exits with code 0.
  { code: 'EXTRACT_FAILED', pattern: /Error decompressing file, exiting\.$/, terminal: true, message: () => 'A downloaded archive could not be extracted; the script stopped (with exit code 0).', fix: 'Delete the downloaded .tar.gz/.tgz files in <BaseDir> (they may be incomplete) and run -install again.' },

  // Docker and images (§2.2).
  { code: 'DOCKER_UNAVAILABLE', pattern: /Failed to start service 'Docker Engine \(docker\)'/, terminal: true, fix: 'If the Containers feature was just enabled, restart the node and run -install again; otherwise check Get-Service docker and the Application event log.' },
  { code: 'DOCKER_UNAVAILABLE', pattern: /The term 'docker(?:\.exe)?' is not recognized|pipe[\\/]docker_engine/, fix: 'Docker is not installed or not running: run -install (and restart when asked), then start the docker service.' },
  { code: 'IMAGE_PULL_FAILED', pattern: /^Error response from daemon: (.+)$/, modes: ['install'], fix: 'The image must match the node\'s Windows build (nanoserver:1809 and servercore:ltsc2019 for Windows Server 2019) and mcr.microsoft.com must be reachable.' },
  { code: 'IMAGE_PULL_FAILED', pattern: /^(?:[\w-]+ : )?Failed to pull (\S+)$/, terminal: true, summary: true, modes: ['install'], fix: (m) => `Run docker pull ${m[1] ?? ''} on the node to see why; check Cri.Images against the Windows build and the node's internet access.` },

  { code: 'PROMPT_NOT_AVAILABLE', pattern: /Read and Prompt functionality is not available/, message: () => 'The script asked a question, but this session cannot answer it.', fix: 'Run the script with -force so it does not ask questions.' },

  // Kubeconfig copy over scp (§3.1): OpenSSH client messages, then the script's throw.
  { code: 'KUBECONFIG_COPY_FAILED', pattern: /The term '(?:scp|ssh)(?:\.exe)?' is not recognized/, fix: 'Install the OpenSSH client: Add-WindowsCapability -Online -Name OpenSSH.Client~~~~0.0.1.0, then open a new PowerShell session.' },
  { code: 'KUBECONFIG_COPY_FAILED', pattern: /Permission denied \((?:publickey|password|keyboard-interactive)/, modes: ['join'], message: () => 'The control plane refused this node\'s SSH key.', fix: 'Append the contents of %USERPROFILE%\\.ssh\\id_rsa.pub to ~/.ssh/authorized_keys of Kubernetes.ControlPlane.Username on the control plane, then run -join again.' },
  { code: 'KUBECONFIG_COPY_FAILED', pattern: /^Host key verification failed\.?$|REMOTE HOST IDENTIFICATION HAS CHANGED/, modes: ['join'], fix: 'The control plane\'s SSH host key is unknown or changed: run ssh-keygen -R <control-plane IP>, connect once with ssh to accept the key, then run -join again.' },
  { code: 'KUBECONFIG_COPY_FAILED', pattern: /^ssh: (?:connect to host (\S+) port (\d+): .+|Could not resolve hostname .+)$/, modes: ['join'], fix: 'The node cannot open SSH (port 22) to the control plane: check Kubernetes.ControlPlane.IpAddress, that sshd runs there, and the firewalls.' },
  { code: 'KUBECONFIG_COPY_FAILED', pattern: /^scp: (.+): No such file or directory$/, modes: ['join'], fix: 'The control-plane user has no ~/.kube/config: there, run mkdir -p ~/.kube && sudo cp /etc/kubernetes/admin.conf ~/.kube/config && sudo chown $(id -u):$(id -g) ~/.kube/config.' },
  { code: 'KUBECONFIG_COPY_FAILED', pattern: /config does not exist\. Cannot connect to the control-plane node$/, terminal: true, summary: true, fix: 'The kubeconfig was not copied from the control plane: fix the SSH error above (the node\'s key must be in authorized_keys), or copy ~/.kube/config to <BaseDir>\\config by hand.' },

  // Connectivity check (§3.2). A stale shell shows as "not recognized" or as kubectl's localhost:8080 fallback.
  { code: 'STALE_SHELL_ENVIRONMENT', pattern: /^Unable to connect to the control-plane node\. Reason \[The term '.+' is not recognized/, terminal: true, message: () => 'kubectl.exe is not on PATH in this PowerShell session.', fix: staleShellFix },
  { code: 'CONTROL_PLANE_UNREACHABLE', pattern: /^Unable to connect to the control-plane node\. Reason \[/, terminal: true, summary: true, fix: (m) => apiServerFix(m.input) },
  { code: 'STALE_SHELL_ENVIRONMENT', pattern: /The term '(?:kubectl|kubeadm|kubelet|kube-proxy)(?:\.exe)?' is not recognized|^'(?:kubectl|kubeadm|kubelet)(?:\.exe)?' is not recognized as an internal or external command/, fix: staleShellFix },
  { code: 'STALE_SHELL_ENVIRONMENT', pattern: /dial tcp (?:\[::1\]|127\.0\.0\.1|localhost):8080|The connection to the server localhost:8080 was refused/, modes: ['join'], message: () => 'kubectl found no kubeconfig: KUBECONFIG is not set in this session.', fix: staleShellFix },

  // kubeadm join (§3.3 and kubeadm-outputs.md §4): the script warns and exits 0 when it fails.
  { code: 'KUBEADM_JOIN_FAILED', pattern: /token id "([^"]*)" is invalid for this cluster or it has expired/, modes: ['join'], message: (m) => `The bootstrap token "${m[1] ?? ''}" is invalid or has expired.`, fix: 'Tokens last 24 hours: on the control plane run kubeadm token create --print-join-command and put the new token into Kubernetes.ControlPlane.KubeadmToken.' },
  { code: 'KUBEADM_JOIN_FAILED', pattern: /none of the public keys .* are pinned|cluster CA found in cluster-info ConfigMap is invalid|invalid (?:public key )?hash/i, modes: ['join'], message: () => 'The CA hash does not match the cluster\'s CA.', fix: 'Copy the --discovery-token-ca-cert-hash value from kubeadm token create --print-join-command into Kubernetes.ControlPlane.KubeadmCAHash, with its sha256: prefix.' },
  { code: 'KUBEADM_JOIN_FAILED', pattern: /couldn't validate the identity of the API Server|\[discovery\] Failed to (?:request cluster.?info|connect to API Server)/, modes: ['join'], message: () => 'kubeadm join could not reach or verify the API server.', fix: (m) => apiServerFix(m.input) },
  { code: 'KUBEADM_JOIN_FAILED', pattern: /\[ERROR ([\w.-]+)\]: (.*)$/, modes: ['join'], message: (m) => `kubeadm preflight check ${m[1] ?? ''} failed: ${m[2] ?? ''}`, fix: (m) => (/FileAvailable|DirAvailable|Port-/.test(m[1] ?? '') ? `A previous join left files or a running kubelet behind. ${rejoinFix}` : 'Fix what the check reports on this node, then run -join again in a new PowerShell session.') },
  { code: 'KUBEADM_JOIN_FAILED', pattern: /^error execution phase ([\w/-]+): (.*)$|^\[preflight\] Some fatal errors occurred:?$/, summary: true, modes: ['join'], fix: `kubeadm join failed (see its output). ${rejoinFix}` },
  { code: 'KUBEADM_JOIN_FAILED', pattern: /Error joining cluster, exiting\.$/, terminal: true, summary: true, modes: ['join'], message: () => 'kubeadm join failed; the script stopped (with exit code 0).', fix: `Read kubeadm's error above. ${rejoinFix}` },

  // kubectl's own errors during the connectivity check; after kubeadm's, whose causes quote the same texts.
  { code: 'KUBECONFIG_CA_MISMATCH', pattern: /x509: certificate signed by unknown authority/, modes: ['join'], fix: 'The copied kubeconfig belongs to an earlier cluster: delete <BaseDir>\\config (and refresh the token and CA hash), then run -join again.' },
  { code: 'CONTROL_PLANE_UNREACHABLE', pattern: /^Unable to connect to the server: |^The connection to the server \S+ was refused/, modes: ['join'], fix: (m) => apiServerFix(m.input) },

  { code: 'KUBELET_BOOTSTRAP_FAILED', pattern: /Kubelet failed to bootstrap$/, terminal: true, fix: `kubeadm join ran but the node never registered: read <BaseDir>\\logs\\kubelet and check that Docker runs and the pause image is present. ${rejoinFix}` },
  { code: 'SERVICE_START_FAILED', pattern: /Service \[(\w+)\] failed to stay in Running state in \d+ seconds$/, terminal: true, fix: (m) => serviceFix(m[1] ?? '') },
  { code: 'SERVICE_START_FAILED', pattern: /(FlannelD|Kubeproxy) service not installed$/, terminal: true, fix: `The service was not created. ${rejoinFix}` },
  { code: 'SERVICE_START_FAILED', pattern: /Failed to start service '([^']+)'/, terminal: true, fix: (m) => serviceFix(m[1] ?? '') },
  { code: 'SERVICE_START_FAILED', pattern: /Service '([^']+)' cannot be started due to the following error/, fix: (m) => serviceFix(m[1] ?? '') },
  {
    code: 'HNS_NETWORK_FAILED',
    pattern: /Fail to create the network\[\((.*)\)\] in \d+ seconds$/,
    terminal: true,
    message: (m) => `flanneld did not create the HNS network ${m[1] ?? ''}.`,
    fix: 'Read <BaseDir>\\logs\\flanneld\\flanneldsvc.log. On a VM turn on MAC address spoofing; overlay (vxlan) needs Windows Server 2019 with KB4489899, else use bridge; flannel must use VNI 4096 and port 4789, with UDP 4789 open.',
  },
];
