/**
 * The brief's real-world traps (MAC spoofing, KB4489899, UDP 4789, the HNS network blip, authorized_keys) as
 * warnings shown at the moment they matter, next to the field or action they concern. Each one is a pure
 * function of plan or preflight facts that returns the warning when it applies and undefined when it does not,
 * so the screen shows nothing until the fact that makes it true is known.
 */
import { KB4489899_REVISION, parseWindowsBuild, SERVER_2019_BUILD } from '../node-config/windows-build.js';
import { HYPER_V_MAC_SPOOFING, VXLAN_FIREWALL_RULE } from '../preflight/preflight-fixes.js';
import type { PreflightCheck, PreflightCheckId, PreflightReport } from '../preflight/preflight-types.js';
import { docs, type DocLink } from './doc-links.js';

export type WarningId = 'mac-spoofing' | 'kb4489899' | 'vxlan-port' | 'vxlan-firewall' | 'hns-blip' | 'authorized-keys' | 'authorized-keys-missing';

export interface MomentWarning {
  id: WarningId;
  severity: 'warning' | 'info';
  title: string;
  text: string;
  /** The command that deals with it, shown with a copy button. */
  command?: { what: string; text: string };
  why: DocLink;
}

export type JoinMethodName = 'kubecluster' | 'kubeadm';

const isVxlan = (plugin: string) => plugin.trim().toLowerCase() === 'vxlan';
const checkOf = (report: PreflightReport | undefined, id: PreflightCheckId): PreflightCheck | undefined => report?.checks.find((check) => check.id === id);

/**
 * The preflight names a hypervisor (its virtual-machine check warns "… is a Hyper-V virtual machine …"); a check
 * that could not tell, or a physical machine, says nothing here. Shown next to install and join, the actions
 * whose pod traffic the virtual switch would drop.
 */
export function macSpoofingWarning(report: PreflightReport | undefined): MomentWarning | undefined {
  const check = checkOf(report, 'virtual-machine');
  if (check?.status !== 'warn' || !/ virtual machine \(/.test(check.detail)) return undefined;
  const hyperV = check.fix?.includes(HYPER_V_MAC_SPOOFING) === true;
  return {
    id: 'mac-spoofing',
    severity: 'warning',
    title: 'Allow MAC address spoofing for this VM first',
    text: `${check.detail} Pods send traffic with MAC addresses that are not the adapter’s own, and the hypervisor’s virtual switch drops it unless MAC spoofing is allowed for this VM. ${hyperV ? 'On the Hyper-V host, as administrator:' : (check.fix ?? '')}`.trim(),
    ...(hyperV ? { command: { what: 'the Hyper-V MAC spoofing command', text: HYPER_V_MAC_SPOOFING } } : {}),
    why: docs.microsoftAntiSpoofing,
  };
}

/**
 * Overlay on Windows Server 2019 (build 17763) needs KB4489899, i.e. 17763.379 or later. Fires once the operator
 * has entered a 17763 build without a revision that shows the update, and only for vxlan; later builds have it
 * built in, and older ones are refused by the config check itself.
 */
export function kb4489899Warning(facts: { plugin: string; windowsBuild: string }): MomentWarning | undefined {
  const build = parseWindowsBuild(facts.windowsBuild);
  if (!isVxlan(facts.plugin) || build?.build !== SERVER_2019_BUILD) return undefined;
  if (build.revision !== undefined && build.revision >= KB4489899_REVISION) return undefined;
  const found =
    build.revision === undefined
      ? `Windows Server 2019 (build ${SERVER_2019_BUILD}) runs overlay (vxlan) networking only with KB4489899 (build ${SERVER_2019_BUILD}.${KB4489899_REVISION}) or a later cumulative update.`
      : `Build ${SERVER_2019_BUILD}.${build.revision} is older than ${SERVER_2019_BUILD}.${KB4489899_REVISION}: overlay (vxlan) networking needs KB4489899 or a later cumulative update.`;
  return {
    id: 'kb4489899',
    severity: 'warning',
    title: 'vxlan on this build needs KB4489899',
    text: `${found} Without it join cannot build the overlay network: install the update (check it on the node with the command below), or choose bridge.`,
    command: { what: 'the KB4489899 check', text: 'Get-HotFix -Id KB4489899' },
    why: docs.preparingWindowsNode,
  };
}

/** Next to the VXLAN port (Flannel) and the vxlan plugin (Node config): the port every firewall between the nodes must pass. */
export function vxlanPortWarning(plugin: string): MomentWarning | undefined {
  if (!isVxlan(plugin)) return undefined;
  return {
    id: 'vxlan-port',
    severity: 'info',
    title: 'UDP 4789 must pass between all nodes',
    text: 'VXLAN carries pod traffic between nodes on UDP port 4789. Every firewall on the way (host firewalls, cloud security groups, network ACLs) must allow it in both directions, or pods on different nodes cannot reach each other. On Windows nodes, preflight checks Windows Firewall for it.',
    why: docs.flannelVxlan,
  };
}

/**
 * Preflight found Windows Firewall on without a rule for inbound UDP 4789. KubeCluster.ps1 -join opens the port
 * itself, so this fires only for containerd + kubeadm, whose scripts add no such rule, right before its join.
 */
export function vxlanFirewallWarning(report: PreflightReport | undefined, method: JoinMethodName): MomentWarning | undefined {
  const check = checkOf(report, 'vxlan-firewall');
  if (method !== 'kubeadm' || check?.status !== 'warn' || check.fix !== VXLAN_FIREWALL_RULE) return undefined;
  return {
    id: 'vxlan-firewall',
    severity: 'warning',
    title: 'Open UDP 4789 in Windows Firewall before join',
    text: 'Preflight found Windows Firewall on and no rule that lets inbound UDP 4789 (VXLAN) through, and containerd + kubeadm does not add one: pods on the other nodes could not reach pods here. On the node, as administrator:',
    command: { what: 'the firewall rule command', text: VXLAN_FIREWALL_RULE },
    why: docs.joinWindowsNode,
  };
}

/**
 * Join builds the node's HNS network (a virtual switch on its adapter), which drops the network for a few
 * seconds. Said on the panel with the install and join buttons while a join can still be started; not once the
 * node has joined.
 */
export function hnsBlipWarning(facts: { remote: boolean; joinBlocked: boolean; joined: boolean }): MomentWarning | undefined {
  if (facts.joinBlocked || facts.joined) return undefined;
  const sessions = facts.remote ? 'the SSH session the wizard uses and any RDP session to the node may disconnect' : 'a Remote Desktop or SSH session to this machine may disconnect';
  return {
    id: 'hns-blip',
    severity: 'info',
    title: 'The network drops briefly during join',
    text: `Creating the HNS network drops the node’s network for a few seconds while its virtual switch is built: ${sessions}. Reconnect and follow the join here.`,
    why: docs.joinWindowsNode,
  };
}

/** In the consent dialog: what a line in authorized_keys grants, so the operator knows what they agree to and what to undo later. */
export function authorizedKeysWarning(facts: { user: string; host: string }): MomentWarning {
  return {
    id: 'authorized-keys',
    severity: 'info',
    title: 'What this key allows',
    text: `Whoever holds the node’s private key can log in to ${facts.host} as ${facts.user}, and join copies that user’s kubeconfig (the cluster’s admin credentials) to the node. Remove the line from authorized_keys when the node leaves the cluster.`,
    why: docs.preparingWindowsNode,
  };
}

/**
 * Preflight read the control plane's authorized_keys and the node's key is not there for the user join logs in
 * as (a failed check; a node without a key yet or an unreadable file only warns, and is not known to be missing).
 * Only KubeCluster.ps1's join copies the kubeconfig over scp, so only that method needs the key; shown before join.
 */
export function authorizedKeysMissingWarning(report: PreflightReport | undefined, method: JoinMethodName): MomentWarning | undefined {
  if (method !== 'kubecluster' || checkOf(report, 'ssh-key-authorized')?.status !== 'fail') return undefined;
  return {
    id: 'authorized-keys-missing',
    severity: 'warning',
    title: 'The node’s key is not in authorized_keys yet',
    text: 'Join copies the kubeconfig from the control plane with scp, logged in with the node’s SSH key; until the key is in the control-plane user’s authorized_keys, join stops at that step. Fix it at the preflight check above, then run preflight again.',
    why: docs.preparingWindowsNode,
  };
}
