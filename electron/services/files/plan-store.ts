import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { WizardError } from '../../../shared/ipc/envelope.js';
import { planSchema, type Plan, type PlanSecrets } from '../../../shared/plan/plan-schema.js';
import type { SecretBox } from '../secrets/secret-box.js';
import { writeFileAtomic } from './atomic-file.js';

export interface LoadedPlan {
  plan: Plan | null;
  /** Said to the operator when part of the plan could not be restored (e.g. a secret sealed with a lost key). */
  notice?: string;
}

/** The operator's plan, one JSON file in the user data folder; its secrets are sealed, never written in clear. */
export class PlanStore {
  readonly path: string;

  constructor(
    userDataDir: string,
    private readonly secrets: SecretBox,
    fileName = 'plan.json',
  ) {
    this.path = join(userDataDir, fileName);
  }

  async load(): Promise<LoadedPlan> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { plan: null };
      throw error;
    }
    const result = planSchema.safeParse(safeJson(text));
    if (!result.success) {
      // Keep the unreadable file for the operator instead of letting the next autosave overwrite it.
      const keptAs = `${this.path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      await rename(this.path, keptAs);
      throw new WizardError('PLAN_CORRUPT', `The saved plan could not be read and was kept as ${keptAs}; the wizard starts from defaults.`);
    }
    const { secrets, failed } = this.openSecrets(result.data.secrets);
    const plan = { ...result.data, secrets };
    return failed.length === 0 ? { plan } : { plan, notice: `The saved ${failed.join(' and ')} could not be decrypted on this machine; fetch ${failed.length === 1 ? 'it' : 'them'} again.` };
  }

  async save(plan: Plan): Promise<{ path: string; savedAt: string }> {
    const sealed = { ...plan, secrets: this.sealSecrets(plan.secrets) };
    await writeFileAtomic(this.path, `${JSON.stringify(sealed, null, 2)}\n`);
    return { path: this.path, savedAt: new Date().toISOString() };
  }

  private sealSecrets(secrets: PlanSecrets): PlanSecrets {
    const seal = (value: string) => (value === '' ? '' : this.secrets.seal(value));
    return { kubeadmToken: seal(secrets.kubeadmToken), kubeadmCaHash: seal(secrets.kubeadmCaHash) };
  }

  private openSecrets(sealed: PlanSecrets): { secrets: PlanSecrets; failed: string[] } {
    const failed: string[] = [];
    const open = (value: string, name: string) => {
      if (value === '') return '';
      try {
        return this.secrets.open(value);
      } catch {
        failed.push(name);
        return '';
      }
    };
    return { secrets: { kubeadmToken: open(sealed.kubeadmToken, 'kubeadm token'), kubeadmCaHash: open(sealed.kubeadmCaHash, 'CA hash') }, failed };
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
