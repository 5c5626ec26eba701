import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { WizardError } from '../../../../shared/ipc/envelope.js';
import { usablePlanName, type PlanId, type PlanSummary } from '../../../../shared/plan/plan-library-schema.js';
import type { SecretBox } from '../../secrets/secret-box.js';
import { PlanStore } from '../plan-store.js';
import { readSealedPlanFile } from './plan-file.js';
import { emptyIndex, readPlanIndex, recentFirst, withPlan, type PlanIndex } from './plan-index.js';
import type { PlanLibraryPaths } from './plan-library-paths.js';

/** How long a deleted plan stays in the trash, so "Undo" and a look into the folder can still bring it back. */
export const trashKeptDays = 30;

export const newPlanId = (): PlanId => randomBytes(8).toString('hex');

const planFilePattern = /^[0-9a-f]{16}\.json$/;

export interface StartupResult {
  index: PlanIndex;
  /** The legacy plan.json was unreadable: reported once, by the first load, exactly as before the library. */
  legacyError?: WizardError;
}

/**
 * Brings the library to a known state once per run: the legacy plan.json moved in, the index matched to the
 * files actually there (a crash between writing a plan and the index loses neither), old trash purged.
 */
export async function openPlanLibrary(paths: PlanLibraryPaths, secrets: SecretBox, now: Date): Promise<StartupResult> {
  let index = (await readPlanIndex(paths.indexPath)) ?? emptyIndex();
  index = await adoptPlanFiles(paths, index, now);
  const migrated = await migrateLegacyPlan(paths, secrets, index);
  index = await purgeTrash(paths, migrated.index, now);
  if (index.currentId === null && index.plans.length > 0) index = { ...index, currentId: recentFirst(index.plans)[0]!.id };
  return migrated.legacyError ? { index, legacyError: migrated.legacyError } : { index };
}

async function planFilesIn(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => planFilePattern.test(name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Entries without a file are dropped; a plan file the index does not know (index lost, or a crash) is listed again. */
async function adoptPlanFiles(paths: PlanLibraryPaths, index: PlanIndex, now: Date): Promise<PlanIndex> {
  const onDisk = new Set(await planFilesIn(paths.plansDir));
  const inTrash = new Set(await planFilesIn(paths.trashDir));
  let next: PlanIndex = {
    ...index,
    plans: index.plans.filter((plan) => onDisk.has(paths.fileName(plan.id))),
    trash: index.trash.filter((plan) => inTrash.has(paths.fileName(plan.id))),
  };
  const known = new Set(next.plans.map((plan) => paths.fileName(plan.id)));
  for (const fileName of [...onDisk].filter((name) => !known.has(name)).sort()) {
    const id = fileName.slice(0, -'.json'.length);
    try {
      const file = await readSealedPlanFile(paths.file(id), now);
      if (!file) continue;
      const { mtime } = await stat(paths.file(id));
      next = withPlan(next, { id, name: usablePlanName(file.plan.name), activeStep: file.plan.activeStep, updatedAt: mtime.toISOString() });
    } catch (error) {
      // An unreadable stray file has been kept aside by the read; the rest of the library opens normally.
      if (!(error instanceof WizardError && error.code === 'PLAN_CORRUPT')) throw error;
    }
  }
  const currentId = next.currentId !== null && next.plans.some((plan) => plan.id === next.currentId) ? next.currentId : null;
  return { ...next, currentId };
}

/** The plan.json of earlier versions becomes the open plan of the library, moved byte for byte (its secrets stay sealed). */
async function migrateLegacyPlan(paths: PlanLibraryPaths, secrets: SecretBox, index: PlanIndex): Promise<StartupResult> {
  const legacy = new PlanStore(paths.userDataDir, secrets);
  let plan;
  try {
    plan = (await legacy.load()).plan;
  } catch (error) {
    // PlanStore has kept the unreadable file aside, as it always did; the wizard starts from defaults.
    if (error instanceof WizardError && error.code === 'PLAN_CORRUPT') return { index, legacyError: error };
    throw error;
  }
  if (!plan) return { index };
  const id = newPlanId();
  const { mtime } = await stat(legacy.path);
  await mkdir(paths.plansDir, { recursive: true, mode: 0o700 });
  await rename(legacy.path, paths.file(id));
  const summary: PlanSummary = { id, name: usablePlanName(plan.name), activeStep: plan.activeStep, updatedAt: mtime.toISOString() };
  return { index: { ...withPlan(index, summary), currentId: id } };
}

async function purgeTrash(paths: PlanLibraryPaths, index: PlanIndex, now: Date): Promise<PlanIndex> {
  const cutoff = new Date(now.getTime() - trashKeptDays * 24 * 60 * 60 * 1000).toISOString();
  const expired = index.trash.filter((plan) => plan.deletedAt < cutoff);
  for (const plan of expired) await rm(paths.trashFile(plan.id), { force: true });
  return { ...index, trash: index.trash.filter((plan) => plan.deletedAt >= cutoff) };
}
