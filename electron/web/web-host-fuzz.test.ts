import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSocket, type TestSocket } from '../../e2e/support/ws-client.js';
import { requests } from '../../shared/ipc/contract.js';
import type { RequestName } from '../../shared/ipc/contract-types.js';
import { startWebHost, type WebHost } from './web-host.js';

let host: WebHost;
let socket: TestSocket;
let userDataDir: string;

beforeAll(async () => {
  const rendererDir = mkdtempSync(join(tmpdir(), 'wnw-renderer-'));
  mkdirSync(rendererDir, { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html>');
  userDataDir = mkdtempSync(join(tmpdir(), 'wnw-fuzz-'));
  host = await startWebHost({ port: 0, rendererDir, userDataDir, version: '0.0.0', log: () => {} });
  socket = await openSocket(`ws://127.0.0.1:${host.port}/ipc?token=${host.token}`, `http://127.0.0.1:${host.port}`);
});
afterAll(async () => {
  socket?.close();
  await host?.close();
});

const hostile = fc.oneof(
  fc.anything(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('__proto__', 'constructor', '$(reboot)', '`id`', "'; rm -rf / #", '../../etc/passwd', '\u0000', '\u2018\u2019'),
  fc.dictionary(fc.constantFrom('__proto__', 'kind', 'jobId', 'plan', 'host', 'port', 'extra'), fc.anything()),
  fc.record({ kind: fc.constantFrom('localMachineCheck', 'configureControlPlane', 'fetchJoinCredentials', 'rm'), extra: fc.anything() }),
  fc.string({ minLength: 70_000, maxLength: 80_000 }),
);

/** Calls that reach another machine must never run on fuzz input; a payload their schema accepts is not sent. */
const reachesNetwork: ReadonlySet<RequestName> = new Set(['ssh.scanHostKey', 'jobs.start']);

describe('fuzzing every contract call over the WebSocket', () => {
  it('answers every hostile payload with a typed error, runs no handler, and changes nothing', async () => {
    let sent = 0;
    for (const name of Object.keys(requests) as RequestName[]) {
      const payloads = fc.sample(hostile, { numRuns: 250, seed: name.length * 7919 });
      for (const payload of payloads) {
        // Judge what actually arrives: JSON drops undefined members, so {kind, extra: undefined} is {kind}.
        const text = JSON.stringify(payload);
        const wire: unknown = text === undefined ? undefined : JSON.parse(text);
        const valid = requests[name].arg.safeParse(wire).success;
        if (valid && reachesNetwork.has(name)) continue;
        if (valid) continue; // a valid payload is not an attack; these calls are tested with real input elsewhere
        const envelope = await socket.call(name, wire);
        sent++;
        expect(envelope.ok, `${name} accepted ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(false);
        if (!envelope.ok) expect(['INVALID_ARGUMENT', 'UNKNOWN_REQUEST']).toContain(envelope.error.code);
      }
    }
    expect(sent).toBeGreaterThan(3000);
    // Nothing was written: no plan, no job, no trusted host, no generated key.
    expect(existsSync(join(userDataDir, 'plan.json'))).toBe(false);
    expect(existsSync(join(userDataDir, 'plans'))).toBe(false);
    expect(existsSync(join(userDataDir, 'known-hosts.json'))).toBe(false);
    expect(existsSync(join(userDataDir, 'ssh'))).toBe(false);
    expect(readdirSync(join(userDataDir, 'jobs'))).toEqual([]);
    // And the host still serves.
    expect(await socket.call('app.info')).toMatchObject({ ok: true });
  }, 120_000);

  it('answers malformed frames without dropping the connection', async () => {
    for (const frame of fc.sample(fc.oneof(fc.string(), fc.json(), fc.constant('{"type":"call","id":-1}')), { numRuns: 500, seed: 42 })) {
      socket.sendRaw(frame);
    }
    await expect.poll(() => socket.frames.filter((frame) => frame.type === 'error').length).toBeGreaterThan(400);
    expect(await socket.call('app.info')).toMatchObject({ ok: true });
  }, 60_000);
});
