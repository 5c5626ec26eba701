/**
 * What the preflight job gathered about one Windows node (and, when connected, the control plane), as plain
 * data: evaluate-preflight.ts turns it into the report without running anything, so every rule is testable.
 */

/** One probe's result: its stdout, or why it could not run (an exit code, a stderr line, a lost connection). */
export type ProbeOutcome = { ok: true; stdout: string } | { ok: false; error: string };

/** The node-side probes (preflight-commands.ts), by name. */
export const nodeProbeNames = [
  'administrator',
  'windowsBuild',
  'hotFix',
  'containersFeature',
  'netAdapters',
  'apiReachable',
  'sshReachable',
  'firewall',
  'computerSystem',
  'publicKey',
] as const;
export type NodeProbeName = (typeof nodeProbeNames)[number];

export interface PreflightFacts {
  /** 'this machine' or 'win-1 (10.0.0.21)' (windowsTargetLabel). */
  targetLabel: string;
  /** Cni.Plugin.Name as typed ('vxlan', 'bridge', or anything else). */
  plugin: string;
  /** Cni.InterfaceName. */
  interfaceName: string;
  /** Kubernetes.ControlPlane.IpAddress. */
  controlPlaneIp: string;
  /** Kubernetes.ControlPlane.Username: the user join's scp copies the kubeconfig as. */
  controlPlaneUser: string;
  /** Kubernetes.ControlPlane.KubeadmToken (a secret: only its id may appear in the report). */
  token: string;
  /** A probe that did not run is absent, and its check is skipped. */
  probes: Partial<Record<NodeProbeName, ProbeOutcome>>;
  /** Only when the wizard has a control-plane SSH connection; undefined = not checked. */
  controlPlane?: {
    /** The user the wizard is connected as. */
    username: string;
    /** `kubeadm token list` there. */
    tokenList?: ProbeOutcome;
    /** The text of that user's ~/.ssh/authorized_keys. */
    authorizedKeys?: ProbeOutcome;
  };
  now: Date;
}

/** The label 'this machine' stands for the local target; any other label is a node reached over SSH. */
export const LOCAL_TARGET_LABEL = 'this machine';

/** The app itself runs the probes (not a node over SSH): fixes then talk about the app, not a login. */
export const isLocalTarget = (label: string) => label === LOCAL_TARGET_LABEL;
