import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WizardError } from '../../../../shared/ipc/envelope.js';
import { planIdSchema, type PlanId } from '../../../../shared/plan/plan-library-schema.js';

/** Where the plan library lives under the user data folder. */
export interface PlanLibraryPaths {
  userDataDir: string;
  plansDir: string;
  indexPath: string;
  trashDir: string;
  /** The single plan of versions before the library; moved into it on first use. */
  legacyPlanPath: string;
  fileName(id: PlanId): string;
  file(id: PlanId): string;
  trashFile(id: PlanId): string;
}

/**
 * Every path built from an id goes through the id's pattern first: the contract already checks it, and this
 * second check keeps a future caller from turning an id into `../something`.
 */
function checkedId(id: string): PlanId {
  if (!planIdSchema.safeParse(id).success) throw new WizardError('INVALID_ARGUMENT', `Not a plan id: ${JSON.stringify(id.slice(0, 40))}.`, 'id');
  return id;
}

export function planLibraryPaths(userDataDir: string): PlanLibraryPaths {
  const plansDir = join(userDataDir, 'plans');
  const trashDir = join(plansDir, 'trash');
  const fileName = (id: PlanId) => `${checkedId(id)}.json`;
  return {
    userDataDir,
    plansDir,
    indexPath: join(plansDir, 'index.json'),
    trashDir,
    legacyPlanPath: join(userDataDir, 'plan.json'),
    fileName,
    file: (id) => join(plansDir, fileName(id)),
    trashFile: (id) => join(trashDir, fileName(id)),
  };
}

/** The file of the plan that is open now (for tests that inspect what was written), or null when there is none. */
export function currentPlanFile(userDataDir: string): string | null {
  const paths = planLibraryPaths(userDataDir);
  try {
    const { currentId } = JSON.parse(readFileSync(paths.indexPath, 'utf8')) as { currentId: unknown };
    return typeof currentId === 'string' ? paths.file(currentId) : null;
  } catch {
    return null;
  }
}
