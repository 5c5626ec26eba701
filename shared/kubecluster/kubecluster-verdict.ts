import type { KubeClusterErrorEvent, KubeClusterMode, KubeClusterVerdictEvent } from './kubecluster-events.js';

export interface VerdictInput {
  mode: KubeClusterMode;
  /** null: the process ended without a code (connection lost, process killed, the node restarting). */
  exitCode: number | null;
  /** What the output said on its own: a terminal error, or the script's own success line. */
  outputVerdict: KubeClusterVerdictEvent | undefined;
  /** The first error of the step the run ended in (else of the run): the most specific explanation. */
  cause: KubeClusterErrorEvent | undefined;
  /** The message of the last PowerShell error record no rule knew. */
  lastUnknownError: string | undefined;
}

const retry = 'Read the log above for the cause, fix it, and run the step again from a new PowerShell session.';

function failure(code: KubeClusterVerdictEvent['code'], message: string, fix: string): KubeClusterVerdictEvent {
  return { type: 'verdict', outcome: 'failure', code, message, fix };
}

function fromCause(cause: KubeClusterErrorEvent): KubeClusterVerdictEvent {
  return failure(cause.code, cause.message, cause.fix);
}

/**
 * Combines the output with the exit code (kubecluster-messages.md §6). A failure the output shows wins over
 * exit code 0 (`-join` exits 0 after a failed `kubeadm join`); a non-zero code always fails; and because
 * success must be shown, a `-join` or `-install` that exits 0 without its closing line has not succeeded.
 * `-reset` has no closing line, so there exit code 0 is success.
 */
export function finalVerdict({ mode, exitCode, outputVerdict, cause, lastUnknownError }: VerdictInput): KubeClusterVerdictEvent {
  if (outputVerdict?.outcome === 'failure') return outputVerdict;
  if (exitCode === null) {
    // The reboot path restarts the machine, which can cut the session before any exit code comes back.
    if (outputVerdict?.code === 'REBOOT_REQUIRED') return outputVerdict;
    if (cause) return fromCause(cause);
    return failure('EXIT_UNKNOWN', 'The script ended without an exit code: the connection dropped or the process was stopped.', 'Check the node\'s state, then run the step again.');
  }
  if (exitCode !== 0) {
    if (cause) return fromCause(cause);
    const detail = lastUnknownError ? `: ${lastUnknownError}` : '.';
    return failure('SCRIPT_FAILED', `The script failed with exit code ${exitCode}${detail}`, retry);
  }
  if (outputVerdict) return outputVerdict;
  if (mode === 'reset') return { type: 'verdict', outcome: 'success', code: 'RESET_DONE', message: 'The node was reset.' };
  if (cause) return fromCause(cause);
  if (mode === 'join') {
    return failure('JOIN_INCOMPLETE', 'The script ended without reporting that the node joined the cluster.', `${retry} A failed join is retried after -reset.`);
  }
  return failure('INSTALL_INCOMPLETE', 'The script ended without reporting that the installation finished.', retry);
}

export function sameVerdict(a: KubeClusterVerdictEvent, b: KubeClusterVerdictEvent | undefined): boolean {
  return b !== undefined && a.outcome === b.outcome && a.code === b.code && a.message === b.message;
}
