import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { webHostTokenParam } from '../../shared/ipc/ws-protocol.js';
import { createMainServices, type MainServices, type MainServicesOptions } from '../composition/main-services.js';
import { createToken } from '../transports/token.js';
import { attachWebSocketBridge } from '../transports/websocket-bridge.js';
import { contentSecurityPolicy } from './content-security-policy.js';

export interface WebHostOptions {
  /** 0 picks any free port. */
  port: number;
  rendererDir: string;
  userDataDir: string;
  version: string;
  log?: (message: string) => void;
  jobDefinitions?: MainServicesOptions['jobDefinitions'];
  /** Test hosts only: a SIMULATED powershell.exe and the elevation it simulates. */
  powershell?: MainServicesOptions['powershell'];
  elevated?: MainServicesOptions['elevated'];
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  services: MainServices;
  refusedConnections: () => number;
  close: () => Promise<void>;
}

const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/**
 * The wizard without Electron: the built renderer over HTTP and the contract over a WebSocket, both on
 * 127.0.0.1 only. The same services run behind it as behind the desktop window.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const log = options.log ?? ((message: string) => console.log(message));
  const services = createMainServices({
    userDataDir: options.userDataDir,
    version: options.version,
    transport: 'web',
    jobDefinitions: options.jobDefinitions,
    ...(options.powershell ? { powershell: options.powershell } : {}),
    ...(options.elevated ? { elevated: options.elevated } : {}),
  });
  const token = createToken();
  const serveStatic = sirv(options.rendererDir, { dev: false, etag: false, dotfiles: false });

  const server: Server = createServer((request, response) => {
    for (const [name, value] of Object.entries(securityHeaders)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.statusCode = 405;
      response.end();
      return;
    }
    serveStatic(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    });
  });
  let port = 0;
  const origins = () => [`http://127.0.0.1:${port}`];
  const bridge = attachWebSocketBridge(server, { token, allowedOrigins: origins, dispatch: services.dispatch, events: services.events, log });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?${webHostTokenParam}=${token}`,
    port,
    token,
    services,
    refusedConnections: bridge.refusedCount,
    close: async () => {
      services.jobs.interruptAll('the web host stopped');
      bridge.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
