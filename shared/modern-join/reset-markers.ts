/**
 * The lines modernResetScript prints after each step (`[wnw-reset] cni-config ok: 1 file(s) removed from …`), read
 * back into typed results so a job can show each step's state; kubeadm's own reset output passes through between them.
 */

export const RESET_MARKER = '[wnw-reset]';

/** In the order the script runs them, with the names a job shows. */
export const RESET_STEPS = {
  'kubeadm-reset': 'kubeadm reset',
  'kubelet-service': 'Remove the kubelet service',
  'cni-config': 'Remove the CNI configuration',
  'hns-networks': "Remove flannel's HNS networks",
  'firewall-rule': 'Remove the kubelet firewall rule',
  'pki-link': 'Remove the kubelet pki link',
} as const;

export type ResetStep = keyof typeof RESET_STEPS;
export type ResetStepOutcome = 'ok' | 'skipped' | 'failed';

export interface ResetMarker {
  step: ResetStep;
  outcome: ResetStepOutcome;
  /** The text after `: `, when the step gave one (a count, why it was skipped, the error). */
  detail?: string;
}

const isStep = (value: string): value is ResetStep => Object.hasOwn(RESET_STEPS, value);

/** The marker on this line, or undefined for any other line (kubeadm's output, a blank line). */
export function parseResetMarker(line: string): ResetMarker | undefined {
  const match = /^\[wnw-reset\] ([a-z-]+) (ok|skipped|failed)(?:: (.*))?$/.exec(line.trimEnd());
  const step = match?.[1];
  if (!match || step === undefined || !isStep(step)) return undefined;
  const outcome = match[2] as ResetStepOutcome;
  return match[3] === undefined ? { step, outcome } : { step, outcome, detail: match[3] };
}
