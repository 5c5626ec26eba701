/**
 * The fix texts, in one place so their wording stays consistent and tests can match them exactly. Each says what
 * to do and where, with the command when there is one.
 */
import { isLocalTarget } from './preflight-facts.js';

export const VXLAN_FIREWALL_RULE =
  "New-NetFirewallRule -Name 'FlannelVxlan4789' -DisplayName 'Flannel VXLAN (UDP 4789)' -Direction Inbound -Protocol UDP -LocalPort 4789 -Action Allow";

export const HYPER_V_MAC_SPOOFING = 'Get-VMNetworkAdapter -VMName <vm> | Set-VMNetworkAdapter -MacAddressSpoofing On';

export const fixes = {
  administrator: (target: string) =>
    isLocalTarget(target)
      ? 'Close the app and run it as administrator (right-click › Run as administrator): install, join and reset change services, the network and the firewall.'
      : `Connect to ${target} as a member of its local Administrators group (Windows OpenSSH gives such a user an elevated session): install, join and reset change services, the network and the firewall.`,
  windowsBuild: 'KubeCluster.ps1 and Windows containers on Kubernetes need Windows Server 2019 (build 17763, version 1809) or later: upgrade this machine or use another.',
  kb4489899: 'Install KB4489899 (or a later cumulative update) or switch Cni.Plugin.Name to bridge.',
  overlayNeeds2019: 'Overlay (vxlan) needs Windows Server 2019 with KB4489899 or later: upgrade the machine or switch Cni.Plugin.Name to bridge.',
  containersAvailable:
    'Nothing to do by hand: install enables it and restarts the machine. Its own re-run waits for an interactive logon, so run install again after the restart.',
  containersPending: 'Restart the machine to finish the Containers feature\'s pending change, then check again.',
  containersOther: 'Run `Install-WindowsFeature -Name Containers` in an elevated PowerShell (add `-Source <install media>` if its payload was removed) and restart; the feature exists only on Windows Server.',
  noAdapterUp: 'Connect or enable a network adapter (`Get-NetAdapter`; `Enable-NetAdapter -Name <name>`): the node needs one for the cluster network.',
  emptyInterface: 'Set Cni.InterfaceName to the adapter that reaches the control plane.',
  interfaceDown: (name: string) => `Connect or enable "${name}" (\`Enable-NetAdapter -Name '${name}'\`), or set Cni.InterfaceName to an adapter that is Up.`,
  interfaceChoices: (choices: readonly string[]) =>
    choices.length === 0
      ? 'No adapter is Up: connect one, then set Cni.InterfaceName to it; the guide\'s "Ethernet" is only an example.'
      : `Set Cni.InterfaceName to ${choices.length === 1 ? '' : 'one of '}${choices.map((name) => `"${name}"`).join(', ')}; the guide's "Ethernet" is only an example.`,
  emptyControlPlaneIp: 'Set Kubernetes.ControlPlane.IpAddress to the control plane\'s address as this node reaches it.',
  apiUnreachable: (ip: string, target: string) =>
    `Open TCP 6443 on the control plane's firewall (e.g. \`sudo ufw allow 6443/tcp\`, or the cloud's security group) and check that Kubernetes.ControlPlane.IpAddress (${ip}) is the control plane's address as ${target} reaches it.`,
  sshUnreachable: (ip: string, target: string) =>
    `Start sshd on the control plane and open TCP 22 in its firewall (e.g. \`sudo ufw allow 22/tcp\`): join copies the kubeconfig from ${ip} over scp. Check that Kubernetes.ControlPlane.IpAddress (${ip}) is the control plane's address as ${target} reaches it.`,
  vxlanFirewall: VXLAN_FIREWALL_RULE,
  hyperV: `On the Hyper-V host: ${HYPER_V_MAC_SPOOFING}`,
  vmware: "On the vSwitch or port group of this VM's network (vSphere: Edit settings › Security), set Promiscuous mode, MAC address changes and Forged transmits to Accept.",
  otherHypervisor: (name: string) =>
    `On the ${name} side, allow MAC spoofing / forged transmits for this VM's network adapter: pod traffic leaves with MAC addresses that are not the adapter's own.`,
  connectControlPlane: 'connect to the control plane in the Flannel step to check',
  tokenEmpty: 'Refresh the token: the app runs `kubeadm token create` on the control plane and puts it into Kubernetes.ControlPlane.KubeadmToken.',
  tokenGone:
    'Bootstrap tokens expire 24 h after they are created (kubeadm\'s default TTL), and `kubeadm join` with an expired or deleted token does not fail: it retries discovery until it times out. Refresh the token: the app runs `kubeadm token create` on the control plane and puts it into Kubernetes.ControlPlane.KubeadmToken.',
  tokenExpiring:
    'Refresh the token now: a join that starts later or runs long (downloads, the restart after install) would outlive it and hang at discovery.',
  publicKeyMissing: 'install generates it; run install first, then check again and authorize the key on the control plane.',
  authorizeKey: (user: string) =>
    `Authorize the key: the app appends it to ${user}'s ~/.ssh/authorized_keys on the control plane (join's scp logs in with it).`,
  authorizeAsOtherUser: (joinUser: string, connected: string) =>
    joinUser === ''
      ? `Kubernetes.ControlPlane.Username is empty: set it to ${connected}, whose authorized_keys was checked, and authorize the key there.`
      : `Join copies the kubeconfig as ${joinUser}, so the key must be in ${joinUser}'s ~/.ssh/authorized_keys: connect to the control plane as ${joinUser} and authorize it, or set Kubernetes.ControlPlane.Username to ${connected}.`,
  keyInOtherUser: (joinUser: string, connected: string) =>
    joinUser === ''
      ? `Kubernetes.ControlPlane.Username is empty: set it to ${connected}, whose authorized_keys has the key.`
      : `Join copies the kubeconfig as ${joinUser}, not ${connected}: append the same key to ${joinUser}'s ~/.ssh/authorized_keys too, or set Kubernetes.ControlPlane.Username to ${connected}.`,
  readAuthorizedKeys: (user: string) => `Run \`cat ~/.ssh/authorized_keys\` on the control plane as ${user} to see why it cannot be read.`,
} as const;

/**
 * What to do about a failed `kubeadm token list`, by its error (kubeadm-outputs.md §3): the common causes have a
 * precise remedy; anything else is for the operator to read.
 */
export function tokenListFix(error: string, user: string): string {
  if (/sudo: .*(password|terminal|tty)/i.test(error)) {
    return `Allow ${user} to run kubeadm through sudo without a password (a NOPASSWD line in /etc/sudoers.d), or connect as root.`;
  }
  if (/admin\.conf: permission denied/i.test(error)) {
    return `${user} cannot read /etc/kubernetes/admin.conf: connect as root, or copy it to ~/.kube/config as \`kubeadm init\` suggests.`;
  }
  if (/kubeadm: (command )?not found/i.test(error)) return `kubeadm is not on ${user}'s PATH there: is this the control-plane machine?`;
  if (/\.kube\/config: no such file|admin\.conf: no such file/i.test(error)) {
    return 'kubeadm finds no kubeconfig: `kubeadm init` never ran on this machine, or it is not the control plane.';
  }
  if (/x509/i.test(error)) return 'kubeadm does not trust the API server\'s certificate: the kubeconfig there belongs to another cluster.';
  if (/timed out|connection refused|dial tcp|i\/o timeout/i.test(error)) {
    return 'The API server on the control plane does not answer: check `kubectl get pods -n kube-system` there.';
  }
  return `Run \`kubeadm token list\` on the control plane as ${user} to see the error.`;
}
