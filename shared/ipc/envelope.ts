import { z } from 'zod';

/**
 * Both transports carry results in this envelope instead of throwing across the boundary: Electron
 * rewrites thrown errors into opaque strings, and a WebSocket cannot throw at all.
 */
export const errorCodes = [
  'UNKNOWN_REQUEST',
  'INVALID_ARGUMENT',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PLAN_CORRUPT',
  /** An SSH operation failed: unreachable, refused, authentication, or a lost connection. */
  'SSH_FAILED',
  /** The host presented a different key than the trusted one: possibly an attack; never clicked past. */
  'HOST_KEY_CHANGED',
  /** Install, join and reset on this machine need administrator rights the app does not have. */
  'NOT_ELEVATED',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const wizardErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string(),
  field: z.string().optional(),
});
export type WizardErrorData = z.infer<typeof wizardErrorSchema>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: WizardErrorData };

export class WizardError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'WizardError';
    this.code = code;
    this.field = field;
  }

  toData(): WizardErrorData {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }

  static fromData(data: WizardErrorData): WizardError {
    return new WizardError(data.code, data.message, data.field);
  }
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw WizardError.fromData(envelope.error);
}
