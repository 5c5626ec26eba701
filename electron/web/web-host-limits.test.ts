/**
 * The web host's edges (token and Origin have web-host.test.ts, payloads web-host-fuzz.test.ts): it listens on
 * loopback only, a frame over the size limit closes that socket and changes nothing, every refused connection
 * is counted and logged without the token (its constant-time comparison: electron/transports/token.test.ts).
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSocket } from '../../e2e/support/ws-client.js';
import { wsMaxFrameBytes } from '../../shared/ipc/ws-protocol.js';
import { startWebHost, type WebHost } from './web-host.js';

let host: WebHost;
let userDataDir: string;
const logged: string[] = [];

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'wnw-renderer-'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  userDataDir = mkdtempSync(join(tmpdir(), 'wnw-limits-'));
  host = await startWebHost({ port: 0, rendererDir, userDataDir, version: '0.0.0', log: (message) => logged.push(message) });
});
afterAll(() => host?.close());

const origin = () => `http://127.0.0.1:${host.port}`;
const socketUrl = (token = host.token) => `ws://127.0.0.1:${host.port}/ipc?token=${token}`;

function reachable(address: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: 2_000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

describe('the web host’s limits', () => {
  it('listens on 127.0.0.1 only: not on any other address of this machine', async () => {
    expect(await reachable('127.0.0.1', host.port)).toBe(true);
    const others = Object.values(networkInterfaces()).flat().filter((address) => address && !address.internal && !address.address.startsWith('fe80'));
    for (const other of others) expect(await reachable(other!.address, host.port), other!.address).toBe(false);
    expect(await reachable('::1', host.port)).toBe(false);
  });

  it('closes a socket that sends a frame over the limit, runs nothing, and keeps serving others', async () => {
    const socket = new WebSocket(socketUrl(), { origin: origin() });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.on('error', () => undefined);
    const plan = { plan: { manifest: 'x'.repeat(wsMaxFrameBytes) } };
    socket.send(JSON.stringify({ type: 'call', id: 1, name: 'plan.save', arg: plan }));
    expect(await closed).toBe(1009); // "message too big"
    await expect.poll(() => logged.some((line) => /Closed a WebSocket connection \(Max payload size exceeded\)/.test(line))).toBe(true);
    expect(readdirSync(userDataDir).filter((name) => name.startsWith('plan'))).toEqual([]);
    const other = await openSocket(socketUrl(), origin());
    expect(await other.call('app.info')).toMatchObject({ ok: true });
    other.close();
  });

  it('counts and logs every refused connection, naming the reason and never the token', async () => {
    const before = host.refusedConnections();
    const attempts: Array<[string, string]> = [
      [socketUrl('guess'), origin()],
      [socketUrl(host.token), 'http://evil.example'],
      [socketUrl(host.token), 'null'],
      [`ws://127.0.0.1:${host.port}/other?token=${host.token}`, origin()],
    ];
    for (const [url, from] of attempts) await expect(openSocket(url, from)).rejects.toThrow(/HTTP 40[13]/);
    expect(host.refusedConnections()).toBe(before + attempts.length);
    const lines = logged.slice(-attempts.length);
    expect(lines).toEqual([
      expect.stringMatching(/wrong or missing token/),
      expect.stringMatching(/foreign origin/),
      expect.stringMatching(/foreign origin/),
      expect.stringMatching(/unknown path/),
    ]);
    expect(lines.at(-1)).toContain(`${before + attempts.length} refused so far`);
    expect(logged.join('\n')).not.toContain(host.token);
    expect(logged.join('\n')).not.toContain('guess');
  });
});
