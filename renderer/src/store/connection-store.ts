import { create } from 'zustand';
import type { RequestResult } from '../../../shared/ipc/contract-types.js';

export type AppInfo = RequestResult<'app.info'>;

/** A call that failed, as the operator should see it. `id` lets the same message show twice in a row. */
export interface CallFailure {
  id: number;
  message: string;
  code?: string;
}

/** The link to the main side: who is serving the wizard, whether we can still reach it, what last failed. */
interface ConnectionState {
  appInfo: AppInfo | null;
  /**
   * Set when the connection is lost or was never possible (no web-host token). The first cause is kept:
   * a missing token also makes the socket close, and "closed" would hide the reason.
   */
  problem: string | null;
  lastFailure: CallFailure | null;
  setAppInfo(info: AppInfo): void;
  setProblem(message: string): void;
  reportFailure(error: unknown, context?: string): void;
  dismissFailure(): void;
}

let nextFailureId = 1;

export const useConnectionStore = create<ConnectionState>()((set) => ({
  appInfo: null,
  problem: null,
  lastFailure: null,
  setAppInfo: (appInfo) => set({ appInfo }),
  // While the banner says the connection is gone, every call fails for that one reason: no snackbar too.
  setProblem: (problem) => set((state) => (state.problem ? {} : { problem, lastFailure: null })),
  reportFailure: (error, context) =>
    set((state) => (state.problem ? {} : { lastFailure: { id: nextFailureId++, ...describeFailure(error, context) } })),
  dismissFailure: () => set({ lastFailure: null }),
}));

/** Reads a WizardError (or anything thrown across the transport) without trusting its class to survive. */
export function describeFailure(error: unknown, context?: string): { message: string; code?: string } {
  const raw = error instanceof Error ? error.message : String(error);
  const message = context ? `${context}: ${raw}` : raw;
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? { message, code } : { message };
}

/** For components: report a failed call to the shared error snackbar. */
export function reportFailure(error: unknown, context?: string): void {
  useConnectionStore.getState().reportFailure(error, context);
}
