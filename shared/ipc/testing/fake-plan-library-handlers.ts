import { defaultPlan } from '../../plan/plan-schema.js';
import type { PlanSummary } from '../../plan/plan-library-schema.js';
import type { Handlers } from '../contract-types.js';

type PlanLibraryName = Extract<keyof Handlers<unknown>, `plans.${string}`>;

const summary: PlanSummary = { id: '0123456789abcdef', name: 'My cluster', activeStep: 'ipPlan', updatedAt: '2026-11-23T10:00:00.000Z' };

/** Stand-ins for the plan library's calls, for tests of the gate and transports that need every handler. */
export function fakePlanLibraryHandlers<Context>(): Pick<Handlers<Context>, PlanLibraryName> {
  return {
    'plans.list': async () => ({ currentId: summary.id, plans: [summary] }),
    'plans.create': async ({ name }) => ({ ...summary, name }),
    'plans.open': async () => ({ summary, plan: defaultPlan() }),
    'plans.rename': async ({ name }) => ({ ...summary, name }),
    'plans.duplicate': async () => ({ ...summary, name: `Copy of ${summary.name}` }),
    'plans.delete': async () => ({ deleted: summary, wasCurrent: false, opened: null }),
    'plans.undoDelete': async () => summary,
    'plans.export': async () => ({ fileName: 'My-cluster.wnw-plan.json', text: '{}' }),
    'plans.import': async () => summary,
  };
}
