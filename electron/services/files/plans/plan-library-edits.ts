import { WizardError } from '../../../../shared/ipc/envelope.js';
import { planNameSchema, uniquePlanName, type PlanId, type PlanSummary } from '../../../../shared/plan/plan-library-schema.js';
import { defaultPlan } from '../../../../shared/plan/plan-schema.js';
import { readSealedPlanFile, writeRenamedPlanFile } from './plan-file.js';
import { recentFirst, withoutPlan, withPlan, type PlanIndex } from './plan-index.js';
import { newPlanId } from './plan-library-startup.js';
import type { PlanLibrary } from './plan-library.js';

/** The name as the rules accept it (trimmed), or an error that names the field and what to change. */
export function checkedPlanName(name: string): string {
  const result = planNameSchema.safeParse(name);
  if (!result.success) throw new WizardError('INVALID_ARGUMENT', result.error.issues[0]?.message ?? 'The plan name is not valid.', 'name');
  return result.data;
}

export function listPlans(library: PlanLibrary): Promise<{ currentId: PlanId | null; plans: PlanSummary[] }> {
  return library.run(async (index) => ({ currentId: index.currentId, plans: recentFirst(index.plans) }));
}

/** A new plan from the guide's defaults; the open plan stays open until the operator opens the new one. */
export async function createPlan(library: PlanLibrary, name: string): Promise<PlanSummary> {
  const checked = checkedPlanName(name);
  return library.run(async (index) => {
    const plan = { ...defaultPlan(), name: checked };
    const summary: PlanSummary = { id: newPlanId(), name: checked, activeStep: plan.activeStep, updatedAt: library.now().toISOString() };
    await library.storeOf(summary.id).save(plan);
    await library.commit(withPlan(index, summary));
    return summary;
  });
}

/** Reads a listed plan's file as written; an unreadable one is kept aside and leaves the list. */
async function sealedFileOf(library: PlanLibrary, index: PlanIndex, id: PlanId) {
  library.summaryOf(index, id);
  try {
    const file = await readSealedPlanFile(library.paths.file(id), library.now());
    if (file) return file;
  } catch (error) {
    if (error instanceof WizardError && error.code === 'PLAN_CORRUPT') await library.commit(withoutPlan(index, id));
    throw error;
  }
  await library.commit(withoutPlan(index, id));
  throw new WizardError('NOT_FOUND', 'That plan\u2019s file is gone from the plans folder; pick another plan.', 'id');
}

export async function renamePlan(library: PlanLibrary, id: PlanId, name: string): Promise<PlanSummary> {
  const checked = checkedPlanName(name);
  return library.run(async (index) => {
    const file = await sealedFileOf(library, index, id);
    await writeRenamedPlanFile(library.paths.file(id), file, checked);
    library.forgetWritten(id);
    const summary = { ...library.summaryOf(index, id), name: checked, updatedAt: library.now().toISOString() };
    await library.commit(withPlan(index, summary));
    return summary;
  });
}

/** "Copy of X": the same content (secrets copied still sealed), a fresh id, not opened. */
export function duplicatePlan(library: PlanLibrary, id: PlanId): Promise<PlanSummary> {
  return library.run(async (index) => {
    const file = await sealedFileOf(library, index, id);
    const original = library.summaryOf(index, id);
    const name = uniquePlanName(`Copy of ${original.name}`, index.plans.map((plan) => plan.name), (attempt) => ` (${attempt + 1})`);
    const summary: PlanSummary = { id: newPlanId(), name, activeStep: original.activeStep, updatedAt: library.now().toISOString() };
    await writeRenamedPlanFile(library.paths.file(summary.id), file, name);
    await library.commit(withPlan(index, summary));
    return summary;
  });
}
