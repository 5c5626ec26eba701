import { sshProfileSchema, type SshProfile } from '../../../../shared/ssh/ssh-profile-schema.js';
import type { ControlPlaneDraft } from '../../../../shared/plan/plan-schema.js';

export type ConnectionField = 'host' | 'port' | 'username' | 'privateKeyPath' | 'passphrase' | 'password';

export interface ConnectionCheck {
  /** The profile a job would use, when every field is valid. */
  profile: SshProfile | undefined;
  /** The first problem of each field, in the schema's words. */
  errors: Partial<Record<ConnectionField, string>>;
}

const portMessage = 'Enter a port number from 1 to 65535.';

/** "22" → 22; anything that is not plain digits becomes NaN, so the schema refuses it rather than guessing. */
export function parsePort(text: string): number {
  const trimmed = text.trim();
  return /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** The SSH profile as the job will receive it: the saved draft plus this session's password or passphrase. */
export function buildProfile(draft: ControlPlaneDraft, secrets: { password: string; passphrase: string }): unknown {
  const auth =
    draft.authType === 'key'
      ? { type: 'key', privateKeyPath: draft.privateKeyPath.trim(), ...(secrets.passphrase ? { passphrase: secrets.passphrase } : {}) }
      : draft.authType === 'password'
        ? { type: 'password', password: secrets.password }
        : { type: 'agent' };
  return { host: draft.host.trim(), port: parsePort(draft.port), username: draft.username.trim(), auth };
}

/**
 * Validates the connection form with the same schema `jobs.start` applies, and maps each issue to the field
 * it belongs to (the auth fields sit under `auth.` in the schema, and a single field on screen).
 */
export function checkConnection(draft: ControlPlaneDraft, secrets: { password: string; passphrase: string }): ConnectionCheck {
  const parsed = sshProfileSchema.safeParse(buildProfile(draft, secrets));
  if (parsed.success) return { profile: parsed.data, errors: {} };
  const errors: ConnectionCheck['errors'] = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.at(-1);
    if (field !== 'host' && field !== 'port' && field !== 'username' && field !== 'privateKeyPath' && field !== 'passphrase' && field !== 'password') continue;
    errors[field] ??= field === 'port' ? portMessage : issue.message;
  }
  return { profile: undefined, errors };
}
