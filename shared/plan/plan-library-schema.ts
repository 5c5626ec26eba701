import { z } from 'zod';
import { planSchema, wizardStepIdSchema } from './plan-schema.js';

/**
 * The operator's saved plans ("a plan = a cluster"). An id is also a file name on the main side, so it is
 * matched by a strict pattern: nothing that could climb out of the plans folder ever reaches a path.
 */
export const planIdSchema = z.string().regex(/^[0-9a-f]{16}$/, 'A plan id is 16 lower-case hex digits');
export type PlanId = z.infer<typeof planIdSchema>;

export const planNameMaxLength = 80;

// Control characters, and the bidirectional overrides that can make a name read differently from what it holds.
const hiddenCharacters = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** A plan's name as the operator types it; every message names the field, so the error says what to fix. */
export const planNameSchema = z
  .string()
  .max(planNameMaxLength, `The plan name is too long: use at most ${planNameMaxLength} characters`)
  .refine((name) => name.trim() !== '', 'The plan name is empty: type a name, e.g. the cluster it is for')
  .refine((name) => !hiddenCharacters.test(name), 'The plan name holds control characters (e.g. a tab or line break): remove them')
  .transform((name) => name.trim());

/** Null when the name is acceptable, else what to fix; the renderer validates inline with the same rules. */
export function planNameProblem(name: string): string | null {
  const result = planNameSchema.safeParse(name);
  return result.success ? null : (result.error.issues[0]?.message ?? 'The plan name is not valid');
}

/** A plan whose name does not meet the rules any more (an older or hand-edited file) still gets a usable one. */
export function usablePlanName(name: string, fallback = 'My cluster'): string {
  const cleaned = name.replace(new RegExp(hiddenCharacters, 'gu'), ' ').trim().slice(0, planNameMaxLength).trim();
  return cleaned === '' ? fallback : cleaned;
}

/**
 * The first of `wanted`, `wanted + suffix(1)`, `wanted + suffix(2)`… that no plan uses yet (ignoring case), cut
 * so the suffix always shows within the length limit.
 */
export function uniquePlanName(wanted: string, taken: Iterable<string>, suffix: (attempt: number) => string): string {
  const used = new Set([...taken].map((name) => name.trim().toLocaleLowerCase()));
  for (let attempt = 0; ; attempt++) {
    const end = attempt === 0 ? '' : suffix(attempt);
    const candidate = `${wanted.slice(0, planNameMaxLength - end.length).trim()}${end}`;
    if (!used.has(candidate.toLocaleLowerCase())) return candidate;
  }
}

/** One line of the plans list: enough to recognise a plan and where it stands, without reading it. */
export const planSummarySchema = z.object({
  id: planIdSchema,
  name: z.string(),
  activeStep: wizardStepIdSchema,
  updatedAt: z.string(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

/** A plan made the current one: its content for the wizard, and what could not be restored, if anything. */
export const openedPlanSchema = z.object({
  summary: planSummarySchema,
  plan: planSchema,
  notice: z.string().optional(),
});
export type OpenedPlan = z.infer<typeof openedPlanSchema>;
