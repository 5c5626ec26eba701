import type { Handlers } from '../../shared/ipc/contract-types.js';
import type { PlanLibrary } from '../services/files/plans/plan-library.js';
import { createPlan, duplicatePlan, listPlans, renamePlan } from '../services/files/plans/plan-library-edits.js';
import { exportPlan, importPlan } from '../services/files/plans/plan-library-transfer.js';
import { deletePlan, undoDeletePlan } from '../services/files/plans/plan-library-trash.js';
import type { CallerContext } from './handlers.js';

type PlanHandlers = Pick<
  Handlers<CallerContext>,
  | 'plan.load'
  | 'plan.save'
  | 'plans.list'
  | 'plans.create'
  | 'plans.open'
  | 'plans.rename'
  | 'plans.duplicate'
  | 'plans.delete'
  | 'plans.undoDelete'
  | 'plans.export'
  | 'plans.import'
>;

/** The wizard's open plan (load and autosave) and the library of saved plans around it. */
export function createPlanHandlers(library: PlanLibrary): PlanHandlers {
  return {
    'plan.load': () => library.loadCurrent(),
    'plan.save': ({ plan }) => library.saveCurrent(plan),
    'plans.list': () => listPlans(library),
    'plans.create': ({ name }) => createPlan(library, name),
    'plans.open': ({ id }) => library.run((index) => library.openPlan(index, id)),
    'plans.rename': ({ id, name }) => renamePlan(library, id, name),
    'plans.duplicate': ({ id }) => duplicatePlan(library, id),
    'plans.delete': ({ id }) => deletePlan(library, id),
    'plans.undoDelete': ({ id }) => undoDeletePlan(library, id),
    'plans.export': ({ id, includeSecrets, passphrase }) => exportPlan(library, id, includeSecrets && passphrase !== undefined ? { passphrase } : {}),
    'plans.import': ({ text, passphrase }) => importPlan(library, text, passphrase),
  };
}
