import { isDeepStrictEqual } from 'node:util';
import { WizardError } from '../../../../shared/ipc/envelope.js';
import { usablePlanName, type OpenedPlan, type PlanId, type PlanSummary } from '../../../../shared/plan/plan-library-schema.js';
import type { Plan } from '../../../../shared/plan/plan-schema.js';
import type { SecretBox } from '../../secrets/secret-box.js';
import { PlanStore, type LoadedPlan } from '../plan-store.js';
import { emptyIndex, readPlanIndex, recentFirst, withoutPlan, withPlan, writePlanIndex, type PlanIndex } from './plan-index.js';
import { planLibraryPaths, type PlanLibraryPaths } from './plan-library-paths.js';
import { newPlanId, openPlanLibrary } from './plan-library-startup.js';

export interface PlanLibraryOptions {
  userDataDir: string;
  secrets: SecretBox;
  /** The clock for "last change"; tests pass their own so the order of the list is theirs to decide. */
  now?: () => Date;
}

/**
 * The operator's plans, one sealed file each in `<userData>/plans/`, and which one the wizard has open. Every
 * operation runs one at a time, so the index and the files never see two writers; the library is opened on
 * first use, so a host that is never asked about plans writes nothing.
 */
export class PlanLibrary {
  readonly paths: PlanLibraryPaths;
  readonly secrets: SecretBox;
  readonly now: () => Date;
  private index: PlanIndex | undefined;
  private legacyError: WizardError | undefined;
  private tail: Promise<unknown> = Promise.resolve();
  /** What the open plan's file holds (secrets in clear, in memory only), so an unchanged autosave writes nothing. */
  private lastWritten: { id: PlanId; plan: Plan } | undefined;

  constructor(options: PlanLibraryOptions) {
    this.paths = planLibraryPaths(options.userDataDir);
    this.secrets = options.secrets;
    this.now = options.now ?? (() => new Date());
  }

  /** Runs `work` after every earlier operation, on the opened library. */
  run<T>(work: (index: PlanIndex) => Promise<T>): Promise<T> {
    const result = this.tail.then(async () => work(await this.opened()));
    this.tail = result.catch(() => undefined);
    return result;
  }

  private async opened(): Promise<PlanIndex> {
    if (this.index) return this.index;
    const before = await readPlanIndex(this.paths.indexPath);
    const { index, legacyError } = await openPlanLibrary(this.paths, this.secrets, this.now());
    this.legacyError = legacyError;
    this.index = index;
    if (!isDeepStrictEqual(before ?? emptyIndex(), index)) await this.commit(index);
    return index;
  }

  async commit(index: PlanIndex): Promise<void> {
    await writePlanIndex(this.paths.indexPath, index);
    this.index = index;
  }

  storeOf(id: PlanId): PlanStore {
    return new PlanStore(this.paths.plansDir, this.secrets, this.paths.fileName(id));
  }

  summaryOf(index: PlanIndex, id: PlanId): PlanSummary {
    const summary = index.plans.find((plan) => plan.id === id);
    if (!summary) throw new WizardError('NOT_FOUND', 'That plan is not in the library any more (deleted, or removed from the plans folder); pick another from the list.', 'id');
    return summary;
  }

  /**
   * Reads a plan with its secrets opened. An unreadable file is kept aside by the store and leaves the library,
   * so the list never offers it again.
   */
  async load(index: PlanIndex, id: PlanId): Promise<LoadedPlan & { plan: Plan }> {
    const summary = this.summaryOf(index, id);
    let loaded: LoadedPlan;
    try {
      loaded = await this.storeOf(id).load();
    } catch (error) {
      if (error instanceof WizardError && error.code === 'PLAN_CORRUPT') await this.commit(withoutPlan(index, id));
      throw error;
    }
    if (!loaded.plan) {
      await this.commit(withoutPlan(index, id));
      throw new WizardError('NOT_FOUND', `The file of "${summary.name}" is gone from the plans folder; pick another plan.`, 'id');
    }
    return { ...loaded, plan: { ...loaded.plan, name: summary.name } };
  }

  /** Makes a plan the open one (remembered across restarts) and hands it to the wizard. */
  async openPlan(index: PlanIndex, id: PlanId): Promise<OpenedPlan> {
    const loaded = await this.load(index, id);
    if (index.currentId !== id) await this.commit({ ...index, currentId: id });
    this.lastWritten = { id, plan: loaded.plan };
    return { summary: this.summaryOf(index, id), ...loaded };
  }

  /** The open plan for the wizard's start; null on a first run (the wizard starts from defaults). */
  loadCurrent(): Promise<LoadedPlan & { path: string }> {
    return this.run(async (index) => {
      if (this.legacyError) {
        const error = this.legacyError;
        this.legacyError = undefined;
        throw error;
      }
      const id = index.currentId ?? recentFirst(index.plans)[0]?.id;
      if (id === undefined) return { plan: null, path: this.paths.plansDir };
      const { plan, notice } = await this.openPlan(index, id);
      return { plan, path: this.paths.file(id), ...(notice === undefined ? {} : { notice }) };
    });
  }

  /** The open plan for a reader that must not change which plan is open (a diagnostics bundle). */
  readCurrent(): Promise<LoadedPlan> {
    return this.run(async (index) => (index.currentId === null ? { plan: null } : this.load(index, index.currentId)));
  }

  /** The wizard's autosave: into the open plan, or into a new one when none is open yet (a first run). */
  saveCurrent(plan: Plan): Promise<{ path: string; savedAt: string }> {
    return this.run(async (index) => {
      const now = this.now().toISOString();
      const existing = index.plans.find((summary) => summary.id === index.currentId);
      const summary: PlanSummary = existing
        ? { ...existing, activeStep: plan.activeStep, updatedAt: now }
        : { id: newPlanId(), name: usablePlanName(plan.name), activeStep: plan.activeStep, updatedAt: now };
      // The library owns the name (renamed from the plans list); a save racing a rename cannot undo it.
      const named = { ...plan, name: summary.name };
      const path = this.paths.file(summary.id);
      if (existing && this.lastWritten?.id === existing.id && isDeepStrictEqual(this.lastWritten.plan, named)) {
        return { path, savedAt: existing.updatedAt };
      }
      await this.storeOf(summary.id).save(named);
      this.lastWritten = { id: summary.id, plan: named };
      await this.commit({ ...withPlan(index, summary), currentId: summary.id });
      return { path, savedAt: now };
    });
  }

  /** Forgets what the open plan's file held, after something other than the autosave wrote it. */
  forgetWritten(id: PlanId): void {
    if (this.lastWritten?.id === id) this.lastWritten = undefined;
  }
}
