import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { Dispatch } from '../../shared/ipc/gate.js';
import { webHostSocketPath, webHostTokenParam, wsCallFrameSchema, wsMaxFrameBytes, type WsServerFrame } from '../../shared/ipc/ws-protocol.js';
import type { CallerContext } from '../composition/handlers.js';
import type { EventHub } from '../composition/event-hub.js';
import { tokensMatch } from './token.js';

export interface BridgeOptions {
  token: string;
  /** Exact origins allowed to open the socket: the web host's own address. */
  allowedOrigins: () => readonly string[];
  dispatch: Dispatch<CallerContext>;
  events: EventHub;
  log: (message: string) => void;
}

/**
 * Serves the contract over a WebSocket on the web host's HTTP server. A socket is accepted only with the
 * right token and from the host's own origin, so another site open in the same browser cannot drive it.
 */
export function attachWebSocketBridge(server: Server, options: BridgeOptions) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: wsMaxFrameBytes });
  let refused = 0;
  let nextConnection = 1;

  const refuse = (socket: Duplex, status: number, reason: string) => {
    refused++;
    // The reason is ours, never the request's URL: it would carry the (wrong) token into the log.
    options.log(`Refused a WebSocket connection (${reason}); ${refused} refused so far.`);
    socket.end(`HTTP/1.1 ${status} ${status === 401 ? 'Unauthorized' : 'Forbidden'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  };

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== webHostSocketPath) return refuse(socket, 403, 'unknown path');
    if (!options.allowedOrigins().includes(request.headers.origin ?? '')) return refuse(socket, 403, 'foreign origin');
    if (!tokensMatch(options.token, url.searchParams.get(webHostTokenParam))) return refuse(socket, 401, 'wrong or missing token');
    wss.handleUpgrade(request, socket, head, (ws) => serve(ws, `web-${nextConnection++}`));
  });

  function serve(ws: WebSocket, connectionId: string) {
    const send = (frame: WsServerFrame) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(frame));
    };
    const disconnect = options.events.connect((event) => send({ type: 'event', event }));
    ws.on('close', disconnect);
    // A frame over the size limit (or a broken one) ends this socket with an 'error' event; unheard, it would
    // be thrown and take the whole host down.
    ws.on('error', (error) => options.log(`Closed a WebSocket connection (${error.message}).`));
    ws.on('message', async (data: RawData) => {
      const frame = wsCallFrameSchema.safeParse(safeJson(data));
      if (!frame.success) return send({ type: 'error', message: 'Malformed frame: expected {type:"call", id, name, arg}.' });
      const { id, name, arg } = frame.data;
      const envelope = await options.dispatch(name, arg, { transport: 'web', connectionId });
      send({ type: 'result', id, envelope });
    });
  }

  return {
    refusedCount: () => refused,
    close: () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
    },
  };
}

function safeJson(data: RawData): unknown {
  try {
    return JSON.parse(data.toString()) as unknown;
  } catch {
    return undefined;
  }
}
