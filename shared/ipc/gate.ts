import type { z } from 'zod';
import { requests } from './contract.js';
import type { Handlers, RequestName } from './contract-types.js';
import { WizardError, type Envelope } from './envelope.js';

export const ipcChannelPrefix = 'wnw:';
export const ipcEventChannel = 'wnw:event';

export function isRequestName(name: unknown): name is RequestName {
  return typeof name === 'string' && Object.hasOwn(requests, name);
}

/** Field path of the first schema issue, so the error names the field to fix. */
function describeIssue(error: z.ZodError): { message: string; field: string | undefined } {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : undefined;
  const where = field ? ` at "${field}"` : '';
  return { message: `${issue?.message ?? 'Invalid argument'}${where}`, field };
}

/**
 * The single gate every request passes, whichever transport carried it: the name must be in the
 * contract and the argument must satisfy its schema before any handler runs. Transports do their own
 * sender checks first (frame URL for Electron, token and Origin for the WebSocket).
 */
export function createGate<Context>(handlers: Handlers<Context>, onInternalError?: (error: unknown) => void) {
  return async function dispatch(name: unknown, rawArg: unknown, context: Context): Promise<Envelope<unknown>> {
    if (!isRequestName(name)) {
      return { ok: false, error: { code: 'UNKNOWN_REQUEST', message: `No such request: ${String(name).slice(0, 64)}` } };
    }
    const parsed = requests[name].arg.safeParse(rawArg);
    if (!parsed.success) {
      const { message, field } = describeIssue(parsed.error);
      const error = new WizardError('INVALID_ARGUMENT', `${name}: ${message}`, field);
      return { ok: false, error: error.toData() };
    }
    try {
      const handler = handlers[name] as (arg: unknown, context: Context) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data, context) };
    } catch (error) {
      if (error instanceof WizardError) return { ok: false, error: error.toData() };
      onInternalError?.(error);
      const message = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'INTERNAL', message } };
    }
  };
}
export type Dispatch<Context> = ReturnType<typeof createGate<Context>>;
