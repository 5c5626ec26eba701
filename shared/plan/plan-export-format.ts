import { z } from 'zod';
import { planSchema } from './plan-schema.js';

/**
 * A whole plan as a file the operator can keep, mail or move to another machine. The plan travels without its
 * secrets; the kubeadm token and CA hash come along only when the operator opts in, and then only encrypted
 * with a passphrase of theirs (the encryption itself lives on the main side, this is just the file's shape).
 */
export const planExportFormat = 'windows-node-wizard-plan';
export const planExportVersion = 1;

/** Long enough that guessing it offline against scrypt is impractical; the same rule on both sides. */
export const exportPassphraseMinLength = 8;
export const exportPassphraseSchema = z
  .string()
  .min(exportPassphraseMinLength, `The passphrase is too short: use at least ${exportPassphraseMinLength} characters`)
  .max(1024, 'The passphrase is too long: use at most 1024 characters');

const base64 = (maxLength: number) => z.string().max(maxLength).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64');
const powerOfTwo = (value: number) => Number.isInteger(Math.log2(value));

/** Node's scrypt refuses a derivation above this; twice the largest cost an import accepts. */
export const scryptMaxMemoryBytes = 512 * 1024 * 1024;

/**
 * scrypt's cost is recorded in the file so it can be raised later; an import accepts only costs that stay within
 * a bounded amount of memory, so a crafted file cannot make the app allocate gigabytes.
 */
export const scryptParamsSchema = z
  .strictObject({
    name: z.literal('scrypt'),
    salt: base64(64),
    N: z.number().int().min(2 ** 14).max(2 ** 18).refine(powerOfTwo, 'N must be a power of two'),
    r: z.number().int().min(8).max(16),
    p: z.number().int().min(1).max(4),
    keyLength: z.literal(32),
  })
  .refine((kdf) => 128 * kdf.N * kdf.r <= scryptMaxMemoryBytes / 2, 'The key derivation asks for too much memory');
export type ScryptParams = z.infer<typeof scryptParamsSchema>;

export const encryptedSecretsSchema = z.strictObject({
  kdf: scryptParamsSchema,
  cipher: z.strictObject({ name: z.literal('aes-256-gcm'), iv: base64(32), tag: base64(32) }),
  ciphertext: base64(64 * 1024),
});
export type EncryptedSecrets = z.infer<typeof encryptedSecretsSchema>;

/** The plan as exported: everything but `secrets`, which a plan file never carries in clear. */
export const exportedPlanSchema = planSchema.omit({ secrets: true });

export const planExportSchema = z.strictObject({
  format: z.literal(planExportFormat),
  version: z.literal(planExportVersion),
  exportedAt: z.string().max(64),
  plan: exportedPlanSchema,
  secrets: encryptedSecretsSchema.optional(),
});
export type PlanExport = z.infer<typeof planExportSchema>;

/** The largest export text accepted back (a plan holds at most a 2 MiB manifest, a little more once escaped). */
export const planExportMaxChars = 4 * 1024 * 1024;

/** What the wizard can tell before importing: whether it must ask for a passphrase. */
export function exportHoldsSecrets(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as unknown;
    return typeof parsed === 'object' && parsed !== null && 'secrets' in parsed && parsed.secrets !== undefined;
  } catch {
    return false;
  }
}

/** A file name from the plan's name, safe on every file system. */
export function planExportFileName(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 60);
  return `${stem === '' ? 'plan' : stem}.wnw-plan.json`;
}
