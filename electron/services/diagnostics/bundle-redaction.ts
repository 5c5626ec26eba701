import { Redactor } from '../../../shared/logs/redact.js';
import type { Plan } from '../../../shared/plan/plan-schema.js';

/** What a secret field's value becomes in the bundle; an empty field stays empty, so support sees it was unset. */
export const redactedMark = '<redacted>';

/**
 * Field names that hold a secret wherever they appear (the plan's `secrets`, the node config's KubeadmToken and
 * KubeadmCAHash, an imported file's unknown fields). `privateKeyPath` is where a key lives, not the key.
 */
const secretFieldName = /token|hash|password|passphrase|secret|credential|private.?key(?!.?path)/i;

export function isSecretFieldName(name: string): boolean {
  return secretFieldName.test(name);
}

export type Redact = (text: string) => string;

/**
 * The bundle's redaction: every secret the app's redactor learned this session (fetched tokens, typed passwords),
 * the plan's own secrets, and the shapes the redactor recognises (tokens, CA hashes, private keys).
 */
export function bundleRedactor(sessionRedactor: Redactor, plan: Plan | null): Redact {
  const planSecrets = new Redactor();
  for (const secret of plan ? secretValuesOf(plan) : []) planSecrets.addSecret(secret);
  return (text) => planSecrets.redact(sessionRedactor.redact(text)).replace(privateKeyRest, '[REDACTED-PRIVATE-KEY]');
}

/**
 * A job log is redacted line by line as it is written, so of a private key block printed over several lines only
 * the BEGIN line was caught: the body lines up to the END line follow the marker it left, and go here.
 */
const privateKeyRest = /\[REDACTED-PRIVATE-KEY\][\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g;

/** Every non-empty value under a secret-looking field, and the secret halves of tokens and CA hashes alone. */
function secretValuesOf(plan: Plan): string[] {
  const values: string[] = [];
  redactValue(plan, (text) => text, (secret) => values.push(secret));
  return values.flatMap((value) => {
    const tokenSecret = /^[a-z0-9]{6}\.([a-z0-9]{16})$/.exec(value.trim())?.[1];
    const hashHex = /^sha256:([0-9a-fA-F]{64})$/.exec(value.trim())?.[1];
    return [value, value.trim(), ...(tokenSecret ? [tokenSecret] : []), ...(hashHex ? [hashHex] : [])];
  });
}

/**
 * A copy of a JSON value with every string under a secret-looking field replaced by `redactedMark`, and every
 * other string passed through `redact`. A `{ key, value }` pair (an imported file's unknown field) is judged by
 * its `key`. `found` sees each secret replaced, so the same values can be hunted in free text too.
 */
export function redactValue(value: unknown, redact: Redact, found: (secret: string) => void = () => undefined, inSecret = false): unknown {
  if (typeof value === 'string') {
    if (!inSecret || value === '') return inSecret ? value : redact(value);
    found(value);
    return redactedMark;
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, redact, found, inSecret));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const pairIsSecret = typeof record.key === 'string' && isSecretFieldName(record.key);
  return Object.fromEntries(
    Object.entries(record).map(([name, child]) => [name, redactValue(child, redact, found, inSecret || isSecretFieldName(name) || (pairIsSecret && name === 'value'))]),
  );
}

/** Pretty JSON of a value after `redactValue`, as it goes into the bundle. */
export function redactedJson(value: unknown, redact: Redact): string {
  return `${JSON.stringify(redactValue(value, redact), null, 2)}\n`;
}
