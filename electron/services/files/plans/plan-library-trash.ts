import { mkdir, rename } from 'node:fs/promises';
import { WizardError } from '../../../../shared/ipc/envelope.js';
import type { OpenedPlan, PlanId, PlanSummary } from '../../../../shared/plan/plan-library-schema.js';
import { recentFirst, withoutPlan, withPlan, type PlanIndex } from './plan-index.js';
import type { PlanLibrary } from './plan-library.js';

export interface DeletedResult {
  deleted: PlanSummary;
  /** Whether the deleted plan was the open one; the wizard then shows `opened` (null: no plan left, defaults). */
  wasCurrent: boolean;
  opened: OpenedPlan | null;
  /** Plans that could not be opened in its place (kept aside), said to the operator. */
  notice?: string;
}

/**
 * Moves a plan into the trash (kept for some days, see trashKeptDays), so "Undo" brings it back whole. Deleting
 * the open plan opens the most recent remaining one; any that cannot be read is kept aside and skipped.
 */
export function deletePlan(library: PlanLibrary, id: PlanId): Promise<DeletedResult> {
  return library.run(async (index) => {
    const deleted = library.summaryOf(index, id);
    await mkdir(library.paths.trashDir, { recursive: true, mode: 0o700 });
    await rename(library.paths.file(id), library.paths.trashFile(id));
    library.forgetWritten(id);
    let next: PlanIndex = { ...withoutPlan(index, id), trash: [...index.trash.filter((plan) => plan.id !== id), { ...deleted, deletedAt: library.now().toISOString() }] };
    await library.commit(next);
    const wasCurrent = index.currentId === id;
    if (!wasCurrent) return { deleted, wasCurrent, opened: null };
    const skipped: string[] = [];
    for (const candidate of recentFirst(next.plans)) {
      try {
        const opened = await library.openPlan(next, candidate.id);
        return { deleted, wasCurrent, opened, ...(skipped.length > 0 ? { notice: skipped.join(' ') } : {}) };
      } catch (error) {
        if (!(error instanceof WizardError && error.code === 'PLAN_CORRUPT')) throw error;
        skipped.push(error.message.replace('; the wizard starts from defaults.', '.'));
        next = withoutPlan(next, candidate.id);
      }
    }
    return { deleted, wasCurrent, opened: null, ...(skipped.length > 0 ? { notice: skipped.join(' ') } : {}) };
  });
}

/** Brings a deleted plan back into the list, as it was; the open plan does not change. */
export function undoDeletePlan(library: PlanLibrary, id: PlanId): Promise<PlanSummary> {
  return library.run(async (index) => {
    const trashed = index.trash.find((plan) => plan.id === id);
    if (!trashed) throw new WizardError('NOT_FOUND', 'That plan is no longer in the trash (restored already, or purged); there is nothing to undo.', 'id');
    await rename(library.paths.trashFile(id), library.paths.file(id));
    const { deletedAt: _deletedAt, ...summary } = trashed;
    await library.commit({ ...withPlan(index, summary), trash: index.trash.filter((plan) => plan.id !== id) });
    return summary;
  });
}
