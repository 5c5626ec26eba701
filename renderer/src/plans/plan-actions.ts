import type { WizardApi } from '../../../shared/ipc/contract-types.js';
import type { PlanId, PlanSummary } from '../../../shared/plan/plan-library-schema.js';
import { downloadText } from '../components/log/save-file.js';
import { reportFailure } from '../store/connection-store.js';
import { settleAutosave, showPlan, showPlanName } from './plan-switch.js';
import { usePlansSession } from './plans-session.js';

/**
 * What the plans dialog does, one function per button. Each waits for the autosave first and marks the session
 * busy, so a second click cannot start a switch in the middle of another. Errors are thrown for the caller to
 * show beside the control that caused them.
 */
async function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const session = usePlansSession.getState();
  session.setBusy(true);
  try {
    await settleAutosave();
    return await work();
  } finally {
    usePlansSession.getState().setBusy(false);
  }
}

export async function refreshPlans(api: WizardApi): Promise<void> {
  usePlansSession.getState().setList(await api.plans.list());
}

async function openAndShow(api: WizardApi, id: PlanId): Promise<void> {
  showPlan(await api.plans.open({ id }));
  usePlansSession.getState().setDialogOpen(false);
}

export function openPlan(api: WizardApi, id: PlanId): Promise<void> {
  return exclusive(async () => {
    try {
      await openAndShow(api, id);
    } finally {
      await refreshPlans(api);
    }
  });
}

/** A new plan from the defaults, opened at once (the wizard then shows its first step). */
export function createAndOpenPlan(api: WizardApi, name: string): Promise<void> {
  return exclusive(async () => {
    const created = await api.plans.create({ name });
    await openAndShow(api, created.id);
    await refreshPlans(api);
  });
}

export function renamePlan(api: WizardApi, plan: PlanSummary, name: string): Promise<void> {
  return exclusive(async () => {
    const renamed = await api.plans.rename({ id: plan.id, name });
    if (renamed.id === usePlansSession.getState().currentId) showPlanName(renamed.name);
    await refreshPlans(api);
  });
}

export function duplicatePlan(api: WizardApi, plan: PlanSummary): Promise<void> {
  return exclusive(async () => {
    await api.plans.duplicate({ id: plan.id });
    await refreshPlans(api);
  });
}

/** Moves the plan to the trash and offers "Undo"; deleting the open plan shows the one opened in its place. */
export function deletePlan(api: WizardApi, plan: PlanSummary): Promise<void> {
  return exclusive(async () => {
    const result = await api.plans.delete({ id: plan.id });
    if (result.wasCurrent) showPlan(result.opened);
    if (result.notice) reportFailure(new Error(result.notice));
    usePlansSession.getState().setDeleted(result.deleted);
    await refreshPlans(api);
  });
}

export async function undoDeletePlan(api: WizardApi, plan: PlanSummary): Promise<void> {
  usePlansSession.getState().setDeleted(null);
  try {
    await api.plans.undoDelete({ id: plan.id });
    await refreshPlans(api);
  } catch (error) {
    reportFailure(error, `Could not bring back “${plan.name}”`);
  }
}

/** Offers the export as a download; the secrets only when asked for, encrypted with the passphrase. */
export function exportPlan(api: WizardApi, plan: PlanSummary, passphrase: string | null): Promise<void> {
  return exclusive(async () => {
    const exported = await api.plans.export(passphrase === null ? { id: plan.id, includeSecrets: false } : { id: plan.id, includeSecrets: true, passphrase });
    downloadText(exported.fileName, exported.text);
    if (exported.notice) reportFailure(new Error(exported.notice));
  });
}

export async function importPlan(api: WizardApi, text: string, passphrase: string | null): Promise<PlanSummary> {
  const imported = await api.plans.import(passphrase === null ? { text } : { text, passphrase });
  await refreshPlans(api);
  return imported;
}
