import { describe, expect, it } from 'vitest';
import { createApi } from './client.js';
import type { Handlers, WizardEvent } from './contract-types.js';
import { WizardError } from './envelope.js';
import { createGate } from './gate.js';
import { defaultPlan } from '../plan/plan-schema.js';
import { fakePlanLibraryHandlers } from './testing/fake-plan-library-handlers.js';

function fakeHandlers(overrides: Partial<Handlers<string>> = {}): Handlers<string> {
  return {
    'app.info': async (_arg, caller) => ({
      name: 'Windows Node Wizard', version: '0.0.0', platform: 'linux', arch: 'x64', elevated: false, transport: 'web', userDataDir: caller,
    }),
    'plan.load': async () => ({ plan: null, path: '/p' }),
    'plan.save': async () => ({ path: '/p', savedAt: 'now' }),
    ...fakePlanLibraryHandlers(),
    'host.networks': async () => [],
    'ssh.scanHostKey': async ({ host, port }) => ({ host, port, keyType: 'ssh-ed25519', fingerprint: 'SHA256:x', status: 'unknown' }),
    'ssh.trustHostKey': async () => ({ trusted: true }),
    'ssh.forgetHostKey': async () => ({ forgotten: false }),
    'ssh.generateKey': async () => ({ privateKeyPath: '/k', publicKeyPath: '/k.pub', authorizedKeysLine: 'ssh-ed25519 AAAA', fingerprint: 'SHA256:x' }),
    'jobs.start': async () => ({ jobId: 'job-1' }),
    'jobs.cancel': async () => ({ cancelled: true }),
    'jobs.list': async () => [],
    'jobs.log': async () => ({ lines: [], truncated: false }),
    'jobs.result': async () => null,
    'jobs.openLog': async () => ({ opened: false, path: '/log' }),
    'app.relaunchElevated': async () => ({ relaunching: false, reason: 'test' }),
    'nodes.progress': async () => [],
    'diagnostics.create': async () => ({ path: '/d/wnw-diagnostics-x.zip', fileName: 'wnw-diagnostics-x.zip', bytes: 22, entries: ['README.txt'] }),
    'diagnostics.download': async ({ fileName }) => ({ fileName, bytes: 0, base64: '' }),
    'diagnostics.showInFolder': async () => ({ shown: false, path: '/d/wnw-diagnostics-x.zip', reason: 'test' }),
    ...overrides,
  };
}

describe('the request gate', () => {
  it('refuses a name outside the contract', async () => {
    const dispatch = createGate(fakeHandlers());
    expect(await dispatch('shell.exec', 'rm -rf /', 'ctx')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_REQUEST' } });
    expect(await dispatch('__proto__', undefined, 'ctx')).toMatchObject({ ok: false, error: { code: 'UNKNOWN_REQUEST' } });
  });

  it('refuses an argument that does not match the schema, naming the field, before the handler runs', async () => {
    let ran = false;
    const dispatch = createGate(fakeHandlers({ 'jobs.cancel': async () => ((ran = true), { cancelled: true }) }));
    const extraField = await dispatch('jobs.cancel', { jobId: 'x', force: true }, 'ctx');
    expect(extraField).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    const wrongType = await dispatch('jobs.cancel', { jobId: 42 }, 'ctx');
    expect(wrongType).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'jobId' } });
    const badPlan = await dispatch('plan.save', { plan: { ...defaultPlan(), version: 2 } }, 'ctx');
    expect(badPlan).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'plan.version' } });
    expect(ran).toBe(false);
  });

  it('passes a handler’s WizardError through with its code and field, and hides nothing else', async () => {
    const dispatch = createGate(
      fakeHandlers({
        'jobs.log': async () => {
          throw new WizardError('NOT_FOUND', 'No job with id x.', 'jobId');
        },
        'jobs.list': async () => {
          throw new Error('disk on fire');
        },
      }),
    );
    expect(await dispatch('jobs.log', { jobId: 'x' }, 'ctx')).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No job with id x.', field: 'jobId' },
    });
    expect(await dispatch('jobs.list', undefined, 'ctx')).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'disk on fire' } });
  });
});

describe('the typed API over an in-memory transport', () => {
  it('round-trips calls, delivers events and raises WizardErrors', async () => {
    const dispatch = createGate(fakeHandlers(), undefined);
    const listeners = new Set<(event: WizardEvent) => void>();
    const api = createApi({
      call: (name, arg) => dispatch(name, arg, '/data'),
      onEvent: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    });
    expect((await api.app.info()).userDataDir).toBe('/data');
    expect(await api.jobs.start({ kind: 'localMachineCheck' })).toEqual({ jobId: 'job-1' });

    const received: WizardEvent[] = [];
    const unsubscribe = api.onEvent((event) => received.push(event));
    const event: WizardEvent = { name: 'job.log', payload: { jobId: 'job-1', lines: [] } };
    for (const listener of listeners) listener(event);
    unsubscribe();
    for (const listener of listeners) listener(event);
    expect(received).toEqual([event]);

    // @ts-expect-error -- a wrong payload type is a compile error, and a runtime refusal
    await expect(api.jobs.cancel({ jobId: 7 })).rejects.toMatchObject({ name: 'WizardError', code: 'INVALID_ARGUMENT' });
  });
});
