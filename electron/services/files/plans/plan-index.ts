import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { planIdSchema, planSummarySchema, type PlanId, type PlanSummary } from '../../../../shared/plan/plan-library-schema.js';
import { writeFileAtomic } from '../atomic-file.js';

const deletedPlanSchema = planSummarySchema.extend({ deletedAt: z.string() });
export type DeletedPlan = z.infer<typeof deletedPlanSchema>;

/**
 * `plans/index.json`: which plan is open, and a summary of each (name, step, last change) so the list needs
 * no plan file read. The plan files stay the truth for content; the index is rebuilt from them if it is lost.
 */
const planIndexSchema = z.object({
  version: z.literal(1),
  currentId: planIdSchema.nullable(),
  plans: z.array(planSummarySchema),
  trash: z.array(deletedPlanSchema),
});
export type PlanIndex = z.infer<typeof planIndexSchema>;

export const emptyIndex = (): PlanIndex => ({ version: 1, currentId: null, plans: [], trash: [] });

/** The saved index, or null when there is none or it cannot be read (the caller rebuilds it from the files). */
export async function readPlanIndex(path: string): Promise<PlanIndex | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  try {
    const result = planIndexSchema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export async function writePlanIndex(path: string, index: PlanIndex): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify(index, null, 2)}\n`);
}

/** Most recently changed first; the id breaks ties so the order never flickers. */
export function recentFirst(plans: readonly PlanSummary[]): PlanSummary[] {
  return [...plans].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}

export function withPlan(index: PlanIndex, summary: PlanSummary): PlanIndex {
  return { ...index, plans: [...index.plans.filter((plan) => plan.id !== summary.id), summary] };
}

export function withoutPlan(index: PlanIndex, id: PlanId): PlanIndex {
  return { ...index, plans: index.plans.filter((plan) => plan.id !== id), currentId: index.currentId === id ? null : index.currentId };
}
