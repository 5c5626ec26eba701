import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSocket } from '../../e2e/support/ws-client.js';
import { startWebHost, type WebHost } from './web-host.js';

let host: WebHost;
let origin: string;
const logged: string[] = [];

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'wnw-renderer-'));
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Windows Node Wizard</title>');
  host = await startWebHost({
    port: 0,
    rendererDir,
    userDataDir: mkdtempSync(join(tmpdir(), 'wnw-data-')),
    version: '9.9.9',
    log: (message) => logged.push(message),
  });
  origin = `http://127.0.0.1:${host.port}`;
});
afterAll(() => host.close());

const socketUrl = (token: string | undefined) => `ws://127.0.0.1:${host.port}/ipc${token === undefined ? '' : `?token=${token}`}`;

describe('the web host', () => {
  it('prints an address on 127.0.0.1 with a token, and serves the renderer with a strict CSP', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
    const response = await fetch(`${origin}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Windows Node Wizard');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect((await fetch(`${origin}/../../etc/passwd`)).status).toBe(404);
    expect((await fetch(`${origin}/`, { method: 'POST' })).status).toBe(405);
  });

  it('refuses a socket with a wrong or missing token, or from another origin, and logs no token', async () => {
    const before = host.refusedConnections();
    await expect(openSocket(socketUrl('wrong-token'), origin)).rejects.toThrow('HTTP 401');
    await expect(openSocket(socketUrl(undefined), origin)).rejects.toThrow('HTTP 401');
    await expect(openSocket(socketUrl(host.token), 'http://evil.example')).rejects.toThrow('HTTP 403');
    await expect(openSocket(socketUrl(host.token), `http://localhost:${host.port}`)).rejects.toThrow('HTTP 403');
    expect(host.refusedConnections()).toBe(before + 4);
    expect(logged.join('\n')).not.toContain(host.token);
    expect(logged.join('\n')).not.toContain('wrong-token');
  });

  it('serves the contract to a socket with the right token and origin', async () => {
    const socket = await openSocket(socketUrl(host.token), origin);
    expect(await socket.call('app.info')).toMatchObject({ ok: true, value: { version: '9.9.9', transport: 'web' } });
    expect(await socket.call('jobs.cancel', { jobId: 5 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'jobId' } });
    expect(await socket.call('no.such')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_REQUEST' } });
    socket.sendRaw('not json');
    await expect.poll(() => socket.frames.some((frame) => frame.type === 'error')).toBe(true);
    socket.close();
  });

  it('streams a job’s state and log lines as events', async () => {
    const socket = await openSocket(socketUrl(host.token), origin);
    const started = await socket.call('jobs.start', { kind: 'localMachineCheck' });
    expect(started.ok).toBe(true);
    const finished = () => socket.events.some((event) => event.name === 'job.state' && event.payload.state === 'succeeded');
    await expect.poll(finished, { timeout: 10_000 }).toBe(true);
    const lines = socket.events.flatMap((event) => (event.name === 'job.log' ? event.payload.lines : []));
    expect(lines.some((line) => /Elevated: (yes|no)/.test(line.text))).toBe(true);
    socket.close();
  });
});
