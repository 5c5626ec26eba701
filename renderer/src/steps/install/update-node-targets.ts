import type { NodeTargetsDraft } from '../../../../shared/plan/plan-schema.js';
import { usePlanStore } from '../../store/plan-store.js';
import { nodeTargetsOf } from './node-targets-model.js';

/**
 * Changes `plan.nodeTargets` as typed (raw strings, nothing parsed); autosave picks the change up like any other
 * plan edit. Passwords never pass through here: they live in the session-only node secrets.
 */
export function updateNodeTargets(change: (targets: NodeTargetsDraft) => NodeTargetsDraft): void {
  usePlanStore.setState((state) => ({ plan: { ...state.plan, nodeTargets: change(nodeTargetsOf(state.plan)) } }));
}
