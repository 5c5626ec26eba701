/**
 * What the KubeCluster.ps1 output parser reports. Codes are stable names: the wizard, the CLI and tests
 * match on them, so a code never changes meaning; new failures get new codes.
 */
export const kubeClusterModes = ['install', 'join', 'reset'] as const;
export type KubeClusterMode = (typeof kubeClusterModes)[number];

/** Failures the script's output can show, each tied to an operator-facing fix (kubecluster-failures.ts). */
export const kubeClusterErrorCodes = [
  'NOT_ADMINISTRATOR',
  'CONFIG_INVALID',
  'INTERFACE_NOT_FOUND',
  'DOWNLOAD_FAILED',
  'EXTRACT_FAILED',
  'DOCKER_UNAVAILABLE',
  'IMAGE_PULL_FAILED',
  'PROMPT_NOT_AVAILABLE',
  'STALE_SHELL_ENVIRONMENT',
  'KUBECONFIG_COPY_FAILED',
  'KUBECONFIG_CA_MISMATCH',
  'CONTROL_PLANE_UNREACHABLE',
  'KUBEADM_JOIN_FAILED',
  'KUBELET_BOOTSTRAP_FAILED',
  'SERVICE_START_FAILED',
  'HNS_NETWORK_FAILED',
] as const;
export type KubeClusterErrorCode = (typeof kubeClusterErrorCodes)[number];

/** Things worth telling the operator that do not by themselves fail the run. */
export const kubeClusterWarningCodes = [
  'KUBEADM_PREFLIGHT_WARNING',
  'INTERFACE_NO_IPV4',
  'SERVICE_ALREADY_EXISTS',
  'SERVICE_NOT_REMOVED',
  'SSH_KEY_NOT_AUTHORIZED',
  'NODE_NOT_REMOVED',
  'NODE_NOT_READY',
  /** A PowerShell error record no rule knows; its message is kept so a failed run can still say something. */
  'POWERSHELL_ERROR',
] as const;
export type KubeClusterWarningCode = (typeof kubeClusterWarningCodes)[number];

export const kubeClusterSuccessCodes = ['INSTALLED', 'REBOOT_REQUIRED', 'JOINED', 'RESET_DONE'] as const;
export type KubeClusterSuccessCode = (typeof kubeClusterSuccessCodes)[number];

/** Failure verdicts when no known error explains the end of the run. */
export const kubeClusterIncompleteCodes = ['SCRIPT_FAILED', 'EXIT_UNKNOWN', 'INSTALL_INCOMPLETE', 'JOIN_INCOMPLETE'] as const;
export type KubeClusterIncompleteCode = (typeof kubeClusterIncompleteCodes)[number];

export type KubeClusterVerdictCode = KubeClusterErrorCode | KubeClusterSuccessCode | KubeClusterIncompleteCode;

export interface KubeClusterStepEvent {
  type: 'step';
  id: string;
  name: string;
  /** 1-based position in the mode's phase list, so a job can show "step n of m". */
  index: number;
  total: number;
}

export interface KubeClusterWarningEvent {
  type: 'warning';
  code: KubeClusterWarningCode;
  message: string;
}

export interface KubeClusterErrorEvent {
  type: 'error';
  code: KubeClusterErrorCode;
  message: string;
  /** What the operator can do about it, in one or two sentences. */
  fix: string;
  /** The script stops at this line (a `throw`, or a warning followed by `exit`), whatever its exit code. */
  terminal: boolean;
}

export interface KubeClusterRebootEvent {
  type: 'reboot-required';
}

export interface KubeClusterVerdictEvent {
  type: 'verdict';
  outcome: 'success' | 'failure';
  code: KubeClusterVerdictCode;
  message: string;
  fix?: string;
}

export type KubeClusterEvent = KubeClusterStepEvent | KubeClusterWarningEvent | KubeClusterErrorEvent | KubeClusterRebootEvent | KubeClusterVerdictEvent;
