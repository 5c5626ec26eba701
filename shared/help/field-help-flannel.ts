/** Step 2, Flannel: the SSH connection to the control plane, the manifest, and the VXLAN values Windows needs. */
import { docs } from './doc-links.js';
import type { FieldHelpEntry } from './field-help-entry.js';

export const flannelHelp = {
  'controlPlane.host': {
    title: 'Control-plane host',
    text: 'The Linux control-plane node, by DNS name or IP address: the wizard reaches it over SSH to set up flannel, fetch join tokens and verify nodes. Use the machine where kubeadm init ran and kubectl has admin rights.',
    why: docs.flannelVxlan,
  },
  'controlPlane.port': {
    title: 'SSH port',
    text: 'The port sshd listens on at the control plane, 22 unless it was set up otherwise. A wrong port shows as a refused or timed-out connection when the host key is checked.',
  },
  'controlPlane.username': {
    title: 'SSH username',
    text: 'The account the wizard logs in as. It needs sudo (or must be root): the flannel set-up runs sysctl and kubectl with the cluster’s admin config, and stops at its first step without them.',
    why: docs.flannelVxlan,
  },
  'controlPlane.authType': {
    title: 'Authentication',
    text: 'How the wizard proves it may log in: a private key file, the keys your SSH agent holds, or a password. A password is kept in memory for this session only and never saved.',
  },
  'controlPlane.privateKeyPath': {
    title: 'Private key file',
    text: 'The path, on this computer, of the private key whose public half is in the SSH user’s ~/.ssh/authorized_keys on the control plane. No key yet? Generate one below and add its line there.',
  },
  'controlPlane.passphrase': {
    title: 'Key passphrase',
    text: 'Unlocks the private key when it is encrypted; leave it empty otherwise. It stays in memory for this session and is never written to disk.',
  },
  'controlPlane.password': {
    title: 'Password',
    text: 'The SSH user’s password, when the control plane allows password logins. Held in memory for this session only, never saved or logged.',
  },
  'flannel.manifest': {
    title: 'kube-flannel.yml',
    text: 'The flannel manifest of the release you deploy, opened or pasted as published. The wizard patches its kube-flannel-cfg ConfigMap for Windows (VXLAN, VNI 4096, port 4789, the cluster CIDR, the vxlan0 CNI network) and adds a Linux node selector to the DaemonSet; every other line stays as it is.',
    why: docs.flannelVxlan,
  },
  'flannel.vni': {
    title: 'VNI',
    text: 'The VXLAN network identifier flannel stamps on overlay packets. Flannel on Windows works only with 4096, so the Linux side must use it too; with any other value, pods on Windows and Linux nodes cannot reach each other.',
    why: docs.flannelVxlan,
  },
  'flannel.port': {
    title: 'Port',
    text: 'The UDP port VXLAN packets travel on between nodes. Windows expects 4789; every node and every firewall between them must let UDP 4789 through, or traffic between pods on different nodes is silently dropped.',
    why: docs.flannelVxlan,
  },
  'flannel.network': {
    title: 'Network',
    text: 'The cluster (pod) CIDR from the IP plan, written into net-conf.json. Flannel hands each node a subnet of it, so it must equal the cluster CIDR of the node config.',
    why: docs.flannelVxlan,
  },
} as const satisfies Record<string, FieldHelpEntry>;
