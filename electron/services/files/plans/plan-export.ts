import type { z } from 'zod';
import { WizardError } from '../../../../shared/ipc/envelope.js';
import { planExportFormat, planExportSchema, planExportVersion, type PlanExport } from '../../../../shared/plan/plan-export-format.js';
import { planSecretsSchema, type Plan, type PlanSecrets } from '../../../../shared/plan/plan-schema.js';
import { decryptWithPassphrase, encryptWithPassphrase, wrongPassphraseMessage } from './passphrase-envelope.js';

export interface ExportOptions {
  /** Given only when the operator opted in to carry the token and CA hash, encrypted with it. */
  passphrase?: string;
  /** scrypt's cost; tests lower it, the app keeps the default. */
  scryptCost?: { N: number; r: number; p: number };
}

/** The export document as text: the plan without its secrets, plus the secrets encrypted if asked for. */
export async function exportPlanText(plan: Plan, options: ExportOptions = {}, now = new Date()): Promise<string> {
  const { secrets, ...withoutSecrets } = plan;
  const document: PlanExport = {
    format: planExportFormat,
    version: planExportVersion,
    exportedAt: now.toISOString(),
    plan: withoutSecrets,
    ...(options.passphrase === undefined ? {} : { secrets: await encryptWithPassphrase(JSON.stringify(secrets), options.passphrase, options.scryptCost) }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Field path and message of the first problem, so the error says where the file is wrong. */
function describeProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
  return `${issue?.message ?? 'not a plan export'}${where}`;
}

/**
 * The plan held by an export file, secrets included when the passphrase opens them. Everything is checked
 * before anything is returned, so a refused file imports nothing.
 */
export async function readPlanExport(text: string, passphrase?: string): Promise<Plan> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new WizardError('INVALID_ARGUMENT', 'This file is not a plan export: it is not JSON. Choose a file the wizard exported (*.wnw-plan.json).', 'text');
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== planExportFormat) {
    throw new WizardError('INVALID_ARGUMENT', 'This file is not a plan export of Windows Node Wizard. Choose a file the wizard exported (*.wnw-plan.json).', 'text');
  }
  const result = planExportSchema.safeParse(parsed);
  if (!result.success) throw new WizardError('INVALID_ARGUMENT', `This plan export cannot be read: ${describeProblem(result.error)}.`, 'text');
  return { ...result.data.plan, secrets: await openSecrets(result.data, passphrase) };
}

async function openSecrets(document: PlanExport, passphrase: string | undefined): Promise<PlanSecrets> {
  if (!document.secrets) return { kubeadmToken: '', kubeadmCaHash: '' };
  if (passphrase === undefined || passphrase === '') {
    throw new WizardError('INVALID_ARGUMENT', 'This plan carries encrypted secrets: enter the passphrase it was exported with.', 'passphrase');
  }
  const plain = await decryptWithPassphrase(document.secrets, passphrase);
  let secrets: unknown;
  try {
    secrets = JSON.parse(plain);
  } catch {
    throw new WizardError('INVALID_ARGUMENT', wrongPassphraseMessage, 'passphrase');
  }
  const checked = planSecretsSchema.safeParse(secrets);
  if (!checked.success) throw new WizardError('INVALID_ARGUMENT', 'The secrets in this plan export are not a kubeadm token and CA hash.', 'text');
  return checked.data;
}
