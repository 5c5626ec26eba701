import { createContext, use } from 'react';
import type { WizardApi } from '../../../shared/ipc/contract-types.js';

/**
 * The API created once by `connectApi` at start, handed to components through context so a test can
 * render a component with a fake API instead.
 */
export const ApiContext = createContext<WizardApi | null>(null);

export function useApi(): WizardApi {
  const api = use(ApiContext);
  if (!api) throw new Error('useApi() needs <ApiContext value={api}> above it.');
  return api;
}
