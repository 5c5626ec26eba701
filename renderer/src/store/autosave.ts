import type { WizardApi } from '../../../shared/ipc/contract-types.js';
import { defaultPlan, type Plan } from '../../../shared/plan/plan-schema.js';
import { describeFailure, reportFailure } from './connection-store.js';
import { usePlanStore } from './plan-store.js';

/** Starts the status of a plan that failed to load (nothing typed yet), unlike a failed save (typed values pending). */
export const loadFailurePrefix = 'Could not load the saved plan';

/**
 * Loads the saved plan once, then saves after every change, debounced. Saves never overlap (a slow save
 * followed by a fast one could otherwise leave the older plan on disk); a failed save only changes the
 * status, the typed values stay in the store and go out with the next change.
 */
export function startAutosave(api: WizardApi, delayMs = 400): () => void {
  const store = usePlanStore;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight = false;
  let lastSaved: Plan | undefined;
  let unsubscribe = () => {};
  let stopped = false;

  const save = async () => {
    timer = undefined;
    const plan = store.getState().plan;
    if (inFlight) return;
    if (plan === lastSaved) {
      store.getState().setSaveStatus({ kind: 'saved' });
      return;
    }
    inFlight = true;
    try {
      const result = await api.plan.save({ plan });
      lastSaved = plan;
      if (store.getState().plan === plan) store.getState().setSaveStatus({ kind: 'saved', savedAt: result.savedAt });
    } catch (error) {
      store.getState().setSaveStatus({ kind: 'error', message: describeFailure(error).message });
    } finally {
      inFlight = false;
    }
    // Changes typed while the save was running go out now, unless a failure asks the operator to act.
    if (!stopped && store.getState().plan !== lastSaved && store.getState().saveStatus.kind === 'saving') schedule();
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void save(), delayMs);
  };

  const saveNowIfPending = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    void save();
  };

  const watch = () => {
    if (stopped) return;
    unsubscribe = store.subscribe((state, previous) => {
      if (state.plan === previous.plan) return;
      state.setSaveStatus({ kind: 'saving' });
      schedule();
    });
  };

  api.plan
    .load()
    .then(({ plan, notice }) => {
      lastSaved = plan ?? undefined;
      store.getState().loadPlan(plan ?? defaultPlan(), plan ? { kind: 'saved' } : { kind: 'new' });
      // Part of the plan could not be restored (a secret sealed on another machine): say so, keep the rest.
      if (notice) reportFailure(new Error(notice));
    })
    .catch((error: unknown) => {
      // Start from defaults so the wizard is usable; they are saved only once the operator changes something.
      const { message } = describeFailure(error);
      store.getState().loadPlan(defaultPlan(), { kind: 'error', message: `${loadFailurePrefix}: ${message}` });
    })
    .finally(watch);

  // Closing the window within the debounce delay should not lose the last keystrokes.
  window.addEventListener('pagehide', saveNowIfPending);

  return () => {
    stopped = true;
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
    window.removeEventListener('pagehide', saveNowIfPending);
  };
}
