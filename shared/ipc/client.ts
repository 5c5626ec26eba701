import { requests } from './contract.js';
import type { RequestName, WizardApi, WizardEvent } from './contract-types.js';
import { unwrap, type Envelope } from './envelope.js';

/** A transport only needs to send one request and deliver events; the typed API is built on top. */
export interface ClientTransport {
  call(name: RequestName, arg: unknown): Promise<Envelope<unknown>>;
  onEvent(listener: (event: WizardEvent) => void): () => void;
}

/**
 * Builds the namespaced API (`api.jobs.start(…)`) from the contract's names, so the preload and the
 * WebSocket client expose exactly the contract and nothing generic.
 */
export function createApi(transport: ClientTransport): WizardApi {
  const api: Record<string, Record<string, (arg?: unknown) => Promise<unknown>>> = {};
  for (const name of Object.keys(requests) as RequestName[]) {
    const [namespace, method] = name.split('.') as [string, string];
    api[namespace] ??= {};
    api[namespace][method] = async (arg?: unknown) => unwrap(await transport.call(name, arg));
  }
  const onEvent = (listener: (event: WizardEvent) => void) => transport.onEvent(listener);
  return { ...api, onEvent } as unknown as WizardApi;
}
