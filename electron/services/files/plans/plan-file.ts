import { readFile, rename } from 'node:fs/promises';
import { WizardError } from '../../../../shared/ipc/envelope.js';
import { planSchema, type Plan } from '../../../../shared/plan/plan-schema.js';
import { writeFileAtomic } from '../atomic-file.js';

/** A saved plan file as written (secrets still sealed), checked against the plan schema. */
export interface SealedPlanFile {
  /** The file's own object, rewritten field by field so sealed secrets and unknown-to-us detail stay as they are. */
  raw: Record<string, unknown>;
  plan: Plan;
}

/** Keeps an unreadable file for the operator under a name the library never reads again. */
export async function keepAside(path: string, now: Date): Promise<string> {
  const keptAs = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  await rename(path, keptAs);
  return keptAs;
}

export function corruptPlanError(keptAs: string): WizardError {
  return new WizardError('PLAN_CORRUPT', `The saved plan could not be read and was kept as ${keptAs}; the wizard starts from defaults.`);
}

/** Null when the file is missing; a file that does not hold a plan is kept aside and reported as PLAN_CORRUPT. */
export async function readSealedPlanFile(path: string, now: Date): Promise<SealedPlanFile | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const result = planSchema.safeParse(raw);
  if (!result.success) throw corruptPlanError(await keepAside(path, now));
  return { raw: raw as Record<string, unknown>, plan: result.data };
}

/** Writes a plan file's own content back with another name: its sealed secrets are copied, never opened. */
export async function writeRenamedPlanFile(path: string, file: SealedPlanFile, name: string): Promise<void> {
  await writeFileAtomic(path, `${JSON.stringify({ ...file.raw, name }, null, 2)}\n`);
}
