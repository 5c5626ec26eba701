import type { RequestName, WizardEvent } from '../../../shared/ipc/contract-types.js';
import type { ClientTransport } from '../../../shared/ipc/client.js';
import type { Envelope } from '../../../shared/ipc/envelope.js';
import { webHostSocketPath, webHostTokenParam, type WsServerFrame } from '../../../shared/ipc/ws-protocol.js';

const tokenStorageKey = 'wnw.webHostToken';

/**
 * The token arrives once in the address the web host printed; it is moved to session storage and removed
 * from the address bar so it does not linger in history, bookmarks or screenshots.
 */
export function takeWebHostToken(location: Location, history: History, storage: Storage): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get(webHostTokenParam);
  if (fromUrl) {
    storage.setItem(tokenStorageKey, fromUrl);
    url.searchParams.delete(webHostTokenParam);
    history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(tokenStorageKey);
}

/** The web host's side of the contract: calls and events over one same-origin WebSocket. */
export function createWsTransport(token: string, onClosed: (reason: string) => void): ClientTransport {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  const socketUrl = `${scheme}://${window.location.host}${webHostSocketPath}?${webHostTokenParam}=${encodeURIComponent(token)}`;
  const socket = new WebSocket(socketUrl);
  const opened = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('The web host refused the connection.')), { once: true });
  });
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  const listeners = new Set<(event: WizardEvent) => void>();
  let nextId = 1;

  socket.addEventListener('message', (message) => {
    const frame = JSON.parse(String(message.data)) as WsServerFrame;
    if (frame.type === 'result') {
      pending.get(frame.id)?.(frame.envelope);
      pending.delete(frame.id);
    } else if (frame.type === 'event') {
      for (const listener of listeners) listener(frame.event);
    }
  });
  socket.addEventListener('close', (event) => {
    const reason = event.reason || 'The connection to the web host closed. Is it still running?';
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'INTERNAL', message: reason } });
    pending.clear();
    onClosed(reason);
  });

  return {
    async call(name: RequestName, arg: unknown) {
      await opened;
      const id = nextId++;
      return new Promise<Envelope<unknown>>((resolve) => {
        pending.set(id, resolve);
        socket.send(JSON.stringify({ type: 'call', id, name, ...(arg === undefined ? {} : { arg }) }));
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
