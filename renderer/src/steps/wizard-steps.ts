import type { WizardStepId } from '../../../shared/plan/plan-schema.js';

/** The wizard's steps in order, with the names shown on the stepper. */
export const wizardSteps: readonly { id: WizardStepId; label: string }[] = [
  { id: 'ipPlan', label: 'IP plan' },
  { id: 'flannel', label: 'Flannel' },
  { id: 'nodeConfig', label: 'Node config' },
  { id: 'install', label: 'Install / Join / Reset' },
];
