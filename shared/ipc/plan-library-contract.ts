import { z } from 'zod';
import { exportPassphraseSchema, planExportMaxChars } from '../plan/plan-export-format.js';
import { openedPlanSchema, planIdSchema, planNameSchema, planSummarySchema } from '../plan/plan-library-schema.js';

/**
 * The plan library's part of the contract (spread into `requests` in contract.ts): several saved plans, one
 * open in the wizard. Ids match a strict pattern (they become file names); names and texts are bounded.
 */
const byId = z.strictObject({ id: planIdSchema });

const exportArgSchema = z
  .strictObject({
    id: planIdSchema,
    /** The token and CA hash go into the file only when the operator opts in, encrypted with `passphrase`. */
    includeSecrets: z.boolean(),
    passphrase: exportPassphraseSchema.optional(),
  })
  .superRefine((arg, context) => {
    if (arg.includeSecrets && arg.passphrase === undefined) {
      context.addIssue({ code: 'custom', path: ['passphrase'], message: 'Secrets are exported only encrypted: enter a passphrase of at least 8 characters' });
    }
    if (!arg.includeSecrets && arg.passphrase !== undefined) {
      context.addIssue({ code: 'custom', path: ['passphrase'], message: 'A passphrase is used only when the secrets are included' });
    }
  });

export const planLibraryRequests = {
  /** Every saved plan, most recently changed first, and which one is open. */
  'plans.list': {
    arg: z.undefined(),
    result: z.object({ currentId: planIdSchema.nullable(), plans: z.array(planSummarySchema) }),
  },
  /** A new plan from the defaults; it is not opened (the wizard opens it with plans.open). */
  'plans.create': {
    arg: z.strictObject({ name: planNameSchema }),
    result: planSummarySchema,
  },
  /** Makes a plan the open one (remembered across restarts) and returns it for the wizard. */
  'plans.open': {
    arg: byId,
    result: openedPlanSchema,
  },
  'plans.rename': {
    arg: z.strictObject({ id: planIdSchema, name: planNameSchema }),
    result: planSummarySchema,
  },
  /** "Copy of X", with the same content; not opened. */
  'plans.duplicate': {
    arg: byId,
    result: planSummarySchema,
  },
  /** Moves a plan to the trash; deleting the open plan opens the most recent remaining one (`opened`). */
  'plans.delete': {
    arg: byId,
    result: z.object({ deleted: planSummarySchema, wasCurrent: z.boolean(), opened: openedPlanSchema.nullable(), notice: z.string().optional() }),
  },
  'plans.undoDelete': {
    arg: byId,
    result: planSummarySchema,
  },
  /** The plan as an export document (text; the wizard offers it as a download). */
  'plans.export': {
    arg: exportArgSchema,
    result: z.object({ fileName: z.string(), text: z.string(), notice: z.string().optional() }),
  },
  /** A plan export read back as a new plan; `passphrase` only for a file that carries encrypted secrets. */
  'plans.import': {
    arg: z.strictObject({ text: z.string().max(planExportMaxChars, 'The file is too large to be a plan export'), passphrase: z.string().max(1024).optional() }),
    result: planSummarySchema,
  },
} as const;
