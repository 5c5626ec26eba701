import type { KubeClusterMode, KubeClusterSuccessCode, KubeClusterWarningCode } from './kubecluster-events.js';

/**
 * The non-failure signals in KubeCluster.ps1 output: warnings worth showing, the reboot that `-install`
 * needs, and the lines by which the script itself says it finished well (kubecluster-messages.md §2–§4).
 */
export interface WarningRule {
  code: KubeClusterWarningCode;
  pattern: RegExp;
  modes?: readonly KubeClusterMode[];
  message: (match: RegExpExecArray) => string;
}

export const warningRules: readonly WarningRule[] = [
  {
    code: 'KUBEADM_PREFLIGHT_WARNING',
    pattern: /^\[WARNING ([\w.-]+)\]: (.*)$/,
    modes: ['join', 'reset'],
    message: (m) => `kubeadm preflight warning ${m[1] ?? ''}: ${m[2] ?? ''}`,
  },
  {
    // sig-windows-tools issue #32: an adapter without IPv4 gives an empty management IP, and the script goes on.
    code: 'INTERFACE_NO_IPV4',
    pattern: /No matching MSFT_NetIPAddress objects found/,
    message: () => 'The adapter named by Cni.InterfaceName has no IPv4 address; flanneld and the HNS network need one. Pick the adapter that carries the node\'s IP.',
  },
  {
    code: 'SERVICE_ALREADY_EXISTS',
    pattern: /Service '([^']+)' cannot be created due to the following error: The specified service already exists/,
    message: (m) => `Service ${m[1] ?? ''} is still registered from an earlier join (-reset does not remove it); the script reuses it.`,
  },
  {
    // §4 step 7: the script hands sc.exe a service object instead of a name, so the delete never happens.
    code: 'SERVICE_NOT_REMOVED',
    pattern: /^\[SC\] OpenService FAILED 1060/,
    modes: ['reset'],
    message: () => 'A Windows service (kubelet, kubeproxy or FlannelD) was stopped but not deleted. To remove it: sc.exe delete <name>.',
  },
  {
    // §2.5: the printed `echo` line lacks the key (a bug in the script), so the operator must copy it.
    code: 'SSH_KEY_NOT_AUTHORIZED',
    pattern: /^Execute the below commands on the Linux control-plane node \(([^)]*)\) to add/,
    modes: ['install'],
    message: (m) => `Before -join, append this node's public key (the contents of %USERPROFILE%\\.ssh\\id_rsa.pub) to ~/.ssh/authorized_keys on ${m[1] ?? 'the control plane'}: the script's own echo line is empty.`,
  },
  {
    code: 'NODE_NOT_REMOVED',
    pattern: /^Unable to connect to the server: |^The connection to the server \S+ was refused/,
    modes: ['reset'],
    message: () => 'kubectl could not reach the control plane, so the node object stays in the cluster: run kubectl delete node <node> on the control plane.',
  },
];

/** Windows' and the script's own signs that the Containers feature needs a restart. */
export const rebootPatterns: readonly RegExp[] = [
  /You must restart this server to finish the installation process/,
  /A restart is required to enable the containers feature/,
  /^Restart is required; restarting now\.\.\.$/,
];

export interface SuccessSignal {
  mode: KubeClusterMode;
  pattern: RegExp;
  code: KubeClusterSuccessCode;
  message: (match: RegExpExecArray, rebootRequired: boolean) => string;
}

export const successSignals: readonly SuccessSignal[] = [
  {
    mode: 'join',
    pattern: /^Node (\S+) successfully joined the cluster$/,
    code: 'JOINED',
    message: (m) => `Node ${m[1] ?? ''} joined the cluster.`,
  },
  {
    mode: 'install',
    pattern: /^Please close this shell and open a new one to join this node to the cluster\.$/,
    code: 'INSTALLED',
    message: (_m, reboot) =>
      reboot
        ? 'Prerequisites are installed, but Windows needs a restart to finish enabling the Containers feature: restart the node, then join it.'
        : 'Prerequisites are installed. Join the node from a new PowerShell session.',
  },
  // §2.7: the script registers itself to resume at the next log-on and restarts the machine. The resumed run
  // happens in a console no caller sees, so the job ends here.
  {
    mode: 'install',
    pattern: /^Registering script to re-run at next user logon\.\.\.$/,
    code: 'REBOOT_REQUIRED',
    message: () => 'The node is restarting to finish enabling the Containers feature; the installation resumes by itself at the next log-on. Check the node once it is back.',
  },
  {
    mode: 'install',
    pattern: /^Please restart your computer manually to continue script execution\.$/,
    code: 'REBOOT_REQUIRED',
    message: () => 'Restart the node yourself: the installation resumes by itself at the next log-on.',
  },
];

/** A row of the final `kubectl get nodes` table whose node is not Ready (§3.7: the script joins it anyway). */
export const notReadyRow = /^(\S+)\s+NotReady\b/;
