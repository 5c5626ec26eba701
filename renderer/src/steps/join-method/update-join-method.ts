import type { JoinMethodDraft } from '../../../../shared/plan/plan-schema.js';
import { usePlanStore } from '../../store/plan-store.js';
import { joinMethodOf } from './join-method-model.js';

/** Changes `plan.joinMethod` as typed (raw strings); autosave picks the change up like any other plan edit. */
export function updateJoinMethod(change: (draft: JoinMethodDraft) => JoinMethodDraft): void {
  usePlanStore.setState((state) => ({ plan: { ...state.plan, joinMethod: change(joinMethodOf(state.plan)) } }));
}
