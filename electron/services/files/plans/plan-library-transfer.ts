import { planExportFileName } from '../../../../shared/plan/plan-export-format.js';
import { uniquePlanName, usablePlanName, type PlanId, type PlanSummary } from '../../../../shared/plan/plan-library-schema.js';
import { withPlan } from './plan-index.js';
import { newPlanId } from './plan-library-startup.js';
import type { PlanLibrary } from './plan-library.js';
import { exportPlanText, readPlanExport, type ExportOptions } from './plan-export.js';

export interface ExportedPlan {
  fileName: string;
  text: string;
  /** Said when secrets were asked for but could not be opened on this machine (the file then carries none). */
  notice?: string;
}

/** A plan as an export document; its secrets only when a passphrase is given, and then only encrypted with it. */
export async function exportPlan(library: PlanLibrary, id: PlanId, options: ExportOptions = {}): Promise<ExportedPlan> {
  const loaded = await library.run((index) => library.load(index, id));
  const text = await exportPlanText(loaded.plan, options, library.now());
  const fileName = planExportFileName(loaded.plan.name);
  const lostSecrets = options.passphrase !== undefined && loaded.notice !== undefined;
  return lostSecrets ? { fileName, text, notice: loaded.notice } : { fileName, text };
}

/**
 * A new library entry from an export document (a fresh id; the name kept, marked "(imported)" when taken). The
 * document is read and its secrets opened before anything is written, so a refused import leaves no trace.
 */
export async function importPlan(library: PlanLibrary, text: string, passphrase?: string): Promise<PlanSummary> {
  const plan = await readPlanExport(text, passphrase);
  return library.run(async (index) => {
    const taken = index.plans.map((summary) => summary.name);
    const name = uniquePlanName(usablePlanName(plan.name), taken, (attempt) => (attempt === 1 ? ' (imported)' : ` (imported ${attempt})`));
    const summary: PlanSummary = { id: newPlanId(), name, activeStep: plan.activeStep, updatedAt: library.now().toISOString() };
    await library.storeOf(summary.id).save({ ...plan, name });
    await library.commit(withPlan(index, summary));
    return summary;
  });
}
