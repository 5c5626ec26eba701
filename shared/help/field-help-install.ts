/** Step 4, Install: where the node scripts run, the remote nodes' connections, and verifying the node. */
import { docs } from './doc-links.js';
import type { FieldHelpEntry } from './field-help-entry.js';

export const installHelp = {
  'install.mode': {
    title: 'Run on',
    text: 'Where the node scripts run: on this machine (the app itself runs on the Windows node, as administrator) or on Windows nodes the wizard reaches over SSH with Windows OpenSSH. Either way they run in an elevated PowerShell.',
    why: docs.preparingWindowsNode,
  },
  'install.workDir': {
    title: 'Work folder on the node',
    text: 'The folder on the node that holds the scripts and the config file, C:\\k in the guide; the scripts run from there. Use a local folder the administrator can write to.',
    why: docs.preparingWindowsNode,
  },
  'install.source': {
    title: 'Where the scripts come from',
    text: 'Download them on the node at a pinned sig-windows-tools commit (needs internet there), use that archive copied to the node beforehand, or take what the work folder already has. The seeds’ master.zip no longer contains KubeCluster.ps1, hence the pinned commit.',
    why: docs.preparingWindowsNode,
  },
  'install.archivePath': {
    title: 'Archive path on the node',
    text: 'For nodes without internet access: the pinned sig-windows-tools .zip copied to the node, e.g. C:\\k\\sig-windows-tools.zip.',
    why: docs.kubeclusterScript,
  },
  'remoteNode.name': {
    title: 'Name',
    text: 'How the wizard names this node in its summary and logs; the Windows host name is a good choice. It is not sent to the cluster.',
  },
  'remoteNode.host': {
    title: 'Host',
    text: 'The Windows node’s DNS name or IP address, reachable from this computer over SSH (Windows OpenSSH server).',
  },
  'remoteNode.port': {
    title: 'SSH port',
    text: 'The port Windows OpenSSH listens on at the node, 22 by default.',
  },
  'remoteNode.username': {
    title: 'User',
    text: 'An account in the node’s local Administrators group: Windows OpenSSH gives it an elevated session, which install, join and reset need.',
  },
  'remoteNode.authType': {
    title: 'Authentication',
    text: 'How the wizard logs in to the node: a private key file, your SSH agent’s keys, or a password kept in memory for this session only.',
  },
  'remoteNode.privateKeyPath': {
    title: 'Private key file',
    text: 'A private key on this computer whose public half the node accepts; for administrators Windows OpenSSH reads C:\\ProgramData\\ssh\\administrators_authorized_keys.',
  },
  'remoteNode.passphrase': {
    title: 'Key passphrase',
    text: 'Unlocks the private key when it is encrypted. It stays in memory for this session and is never written to disk.',
  },
  'remoteNode.password': {
    title: 'Password',
    text: 'The node account’s password, held in memory for this session only, never saved or logged.',
  },
  'verify.nodeName': {
    title: 'Windows node name',
    text: 'The node’s name in the cluster as kubectl get nodes lists it: its Windows host name in lower case. The wizard asks the control plane until that node reports Ready.',
    why: docs.joinWindowsNode,
  },
  'verify.timeout': {
    title: 'Wait up to',
    text: 'How long to keep asking before giving up. A node usually turns Ready a minute or two after join, once flannel and kube-proxy run on it.',
  },
} as const satisfies Record<string, FieldHelpEntry>;
