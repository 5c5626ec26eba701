import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { WizardError } from '../../../shared/ipc/envelope.js';
import { planSchema, type Plan } from '../../../shared/plan/plan-schema.js';
import { writeFileAtomic } from './atomic-file.js';

/** The operator's plan, one JSON file in the user data folder. */
export class PlanStore {
  readonly path: string;

  constructor(userDataDir: string) {
    this.path = join(userDataDir, 'plan.json');
  }

  async load(): Promise<Plan | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    const parsed = safeJson(text);
    const result = planSchema.safeParse(parsed);
    if (result.success) return result.data;
    // Keep the unreadable file for the operator instead of letting the next autosave overwrite it.
    const keptAs = `${this.path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(this.path, keptAs);
    throw new WizardError('PLAN_CORRUPT', `The saved plan could not be read and was kept as ${keptAs}; the wizard starts from defaults.`);
  }

  async save(plan: Plan): Promise<{ path: string; savedAt: string }> {
    await writeFileAtomic(this.path, `${JSON.stringify(plan, null, 2)}\n`);
    return { path: this.path, savedAt: new Date().toISOString() };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
