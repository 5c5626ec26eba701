import WebSocket from 'ws';
import type { WizardEvent } from '../../shared/ipc/contract-types.js';
import type { Envelope } from '../../shared/ipc/envelope.js';
import type { WsServerFrame } from '../../shared/ipc/ws-protocol.js';

/** A Node-side client of the web host's socket, for tests that speak the protocol without a browser. */
export interface TestSocket {
  call(name: string, arg?: unknown): Promise<Envelope<unknown>>;
  sendRaw(data: string): void;
  events: WizardEvent[];
  frames: WsServerFrame[];
  close(): void;
}

export function openSocket(url: string, origin: string): Promise<TestSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin });
    const events: WizardEvent[] = [];
    const frames: WsServerFrame[] = [];
    const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
    let nextId = 1;
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as WsServerFrame;
      frames.push(frame);
      if (frame.type === 'event') events.push(frame.event);
      if (frame.type === 'result') pending.get(frame.id)?.(frame.envelope);
    });
    ws.once('unexpected-response', (_request, response) => reject(new Error(`HTTP ${response.statusCode}`)));
    ws.once('error', reject);
    ws.once('open', () =>
      resolve({
        call: (name, arg) =>
          new Promise((done) => {
            const id = nextId++;
            pending.set(id, done);
            ws.send(JSON.stringify({ type: 'call', id, name, ...(arg === undefined ? {} : { arg }) }));
          }),
        sendRaw: (data) => ws.send(data),
        events,
        frames,
        close: () => ws.close(),
      }),
    );
  });
}
