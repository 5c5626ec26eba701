import type { WizardApi } from '../../../shared/ipc/contract-types.js';
import { createApi } from '../../../shared/ipc/client.js';
import { createWsTransport, takeWebHostToken } from './ws-transport.js';

declare global {
  interface Window {
    /** Present only inside the Electron app, where the preload exposes the contract. */
    wizardApi?: WizardApi;
  }
}

export type ConnectionProblem = { message: string };

/**
 * The wizard talks to the main side only through this object: the preload's API inside Electron, or the
 * same contract over the web host's WebSocket in a browser.
 */
export function connectApi(onConnectionLost: (problem: ConnectionProblem) => void): WizardApi {
  if (window.wizardApi) return window.wizardApi;
  const token = takeWebHostToken(window.location, window.history, window.sessionStorage);
  if (!token) {
    onConnectionLost({
      message: 'This page needs the address the web host printed (it carries a one-time token). Open that address again.',
    });
  }
  const transport = createWsTransport(token ?? '', (reason) => onConnectionLost({ message: reason }));
  return createApi(transport);
}
