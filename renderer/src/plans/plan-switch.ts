import type { OpenedPlan } from '../../../shared/plan/plan-library-schema.js';
import { defaultPlan } from '../../../shared/plan/plan-schema.js';
import { loadFailurePrefix } from '../store/autosave.js';
import { reportFailure } from '../store/connection-store.js';
import { usePlanStore, type SaveStatus } from '../store/plan-store.js';
import { resetPlanSessions } from './plan-sessions.js';

/** The statuses after which nothing typed is waiting to be written to the open plan. */
function settled(status: SaveStatus): boolean {
  if (status.kind === 'error') return status.message.startsWith(loadFailurePrefix);
  return status.kind === 'saved' || status.kind === 'new';
}

/**
 * Waits until the autosave has written what is on screen to the open plan. Every library operation waits for
 * this first: otherwise a debounced save could land in the plan opened next. A save that failed stops the
 * switch instead, so the typed values stay on screen until they can be saved.
 */
export function settleAutosave(): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (status: SaveStatus): boolean => {
      if (settled(status)) return (resolve(), true);
      if (status.kind === 'error') return (reject(new Error(`The open plan is not saved yet (${status.message}); change a field to try again before switching plans, so nothing you typed is lost.`)), true);
      return false;
    };
    if (check(usePlanStore.getState().saveStatus)) return;
    const unsubscribe = usePlanStore.subscribe((state) => {
      if (check(state.saveStatus)) unsubscribe();
    });
  });
}

/** Puts a plan from the library on screen: every field and the step it was on; `null` means defaults (no plan left). */
export function showPlan(opened: OpenedPlan | null): void {
  resetPlanSessions();
  if (opened === null) {
    usePlanStore.getState().loadPlan(defaultPlan(), { kind: 'new' });
    return;
  }
  usePlanStore.getState().loadPlan(opened.plan, { kind: 'saved', savedAt: opened.summary.updatedAt });
  // Part of the plan could not be restored (a secret sealed on another machine): say so, keep the rest.
  if (opened.notice) reportFailure(new Error(opened.notice));
}

/** The open plan's new name on screen too, so the next autosave carries it. */
export function showPlanName(name: string): void {
  usePlanStore.setState((state) => ({ plan: { ...state.plan, name } }));
}
