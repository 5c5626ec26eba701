/**
 * The Electron transport with the real gate behind it (the WebSocket side has web-host-fuzz.test.ts): every
 * contract call, given thousands of hostile payloads by our own window, answers with a typed error and runs no
 * handler; an extra field, an oversized value or a wrong type is refused; and a call from any other sender is
 * refused before the gate, whatever it carries.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { requests } from '../../shared/ipc/contract.js';
import type { Handlers, RequestName } from '../../shared/ipc/contract-types.js';
import type { Envelope } from '../../shared/ipc/envelope.js';
import { createGate } from '../../shared/ipc/gate.js';
import { defaultPlan } from '../../shared/plan/plan-schema.js';
import type { CallerContext } from '../composition/handlers.js';
import { EventHub } from '../composition/event-hub.js';

type Handler = (event: unknown, arg: unknown) => Promise<Envelope<unknown>>;
const registered = new Map<string, Handler>();
vi.mock('electron', () => ({ ipcMain: { handle: (channel: string, handler: Handler) => registered.set(channel, handler) } }));
const { registerElectronIpc } = await import('./electron-ipc.js');

const names = Object.keys(requests) as RequestName[];
const ran: string[] = [];
// Every handler only records that it ran: a refused payload must never get this far.
const handlers = Object.fromEntries(names.map((name) => [name, async () => void ran.push(name)])) as unknown as Handlers<CallerContext>;
let trusted = true;
registerElectronIpc({ dispatch: createGate(handlers), events: new EventHub(), isTrustedSender: () => trusted });
const invoke = (name: string, arg: unknown) => registered.get(`wnw:${name}`)!({ processId: 7 }, arg);

const hostile = fc.oneof(
  fc.anything(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('__proto__', 'constructor', '$(reboot)', '`id`', "'; rm -rf / #", '../../etc/passwd', '\u0000', '\u2018\u2019'),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'kind', 'jobId', 'plan', 'host', 'port', 'passphrase', 'extra'), fc.anything()),
  fc.record({ kind: fc.constantFrom('localMachineCheck', 'configureControlPlane', 'fetchJoinCredentials', 'nodeJoin', 'rm'), extra: fc.anything() }),
  fc.string({ minLength: 70_000, maxLength: 80_000 }),
);

/** One valid argument per call that takes one, to show that the gate lets exactly these through. */
const valid: Partial<Record<RequestName, unknown>> = {
  'plan.save': { plan: defaultPlan() },
  'plans.create': { name: 'Lab' },
  'plans.open': { id: '0123456789abcdef' },
  'plans.rename': { id: '0123456789abcdef', name: 'Production' },
  'plans.delete': { id: '0123456789abcdef' },
  'plans.export': { id: '0123456789abcdef', includeSecrets: true, passphrase: 'long enough' },
  'plans.import': { text: '{}', passphrase: 'long enough' },
  'ssh.scanHostKey': { host: 'cp.example', port: 22 },
  'ssh.trustHostKey': { host: 'cp.example', port: 22, keyType: 'ssh-ed25519', fingerprint: `SHA256:${'A'.repeat(43)}` },
  'ssh.forgetHostKey': { host: 'cp.example', port: 22 },
  'ssh.generateKey': {},
  'jobs.start': { kind: 'localMachineCheck' },
  'jobs.cancel': { jobId: 'job-1' },
  'jobs.result': { jobId: 'job-1' },
  'jobs.log': { jobId: 'job-1', fromSeq: 1 },
  'jobs.openLog': { jobId: 'job-1' },
};

describe('fuzzing every contract call over Electron IPC, through the real gate', () => {
  it('answers every hostile payload with a typed error and runs no handler', async () => {
    let sent = 0;
    for (const name of names) {
      for (const payload of fc.sample(hostile, { numRuns: 250, seed: name.length * 104_729 })) {
        // Electron's structured clone drops what JSON would; judge what would actually arrive.
        const text = JSON.stringify(payload);
        const arrives: unknown = text === undefined ? undefined : JSON.parse(text);
        if (requests[name].arg.safeParse(arrives).success) continue; // not an attack
        ran.length = 0;
        const envelope = await invoke(name, arrives);
        sent++;
        expect(envelope.ok, `${name} accepted ${text?.slice(0, 80)}`).toBe(false);
        if (!envelope.ok) expect(envelope.error.code).toBe('INVALID_ARGUMENT');
        expect(ran).toEqual([]);
      }
    }
    expect(sent).toBeGreaterThan(3000);
  }, 120_000);

  it('refuses an extra field, an oversized value and a wrong type in an otherwise valid argument', async () => {
    for (const [name, arg] of Object.entries(valid) as Array<[RequestName, Record<string, unknown>]>) {
      ran.length = 0;
      expect(await invoke(name, arg), name).toMatchObject({ ok: true });
      expect(ran).toEqual([name]); // the positive control: a valid call does reach its handler
      ran.length = 0;
      expect(await invoke(name, { ...arg, extra: true }), `${name} + extra`).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
      for (const [field, value] of Object.entries(arg)) {
        for (const wrong of ['x'.repeat(5 * 1024 * 1024), 12345, null, [], { nested: true }]) {
          if (typeof value === typeof wrong && typeof wrong !== 'string') continue;
          const result = await invoke(name, { ...arg, [field]: wrong });
          expect(result, `${name}.${field} = ${JSON.stringify(wrong).slice(0, 20)}`).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
        }
      }
      expect(ran).toEqual([]);
    }
    // A plan carrying a 3 MiB manifest (over its 2 MiB limit) changes nothing.
    const plan = defaultPlan();
    expect(await invoke('plan.save', { plan: { ...plan, flannel: { manifestName: 'x.yml', manifest: 'x'.repeat(3 * 1024 * 1024) } } })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'plan.flannel.manifest' } });
    expect(ran).toEqual([]);
  });

  it('refuses every call, even a valid one, from a sender that is not our window’s top frame', async () => {
    trusted = false;
    try {
      for (const name of names) {
        ran.length = 0;
        expect(await invoke(name, valid[name]), name).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
        expect(ran).toEqual([]);
      }
    } finally {
      trusted = true;
    }
  });
});
