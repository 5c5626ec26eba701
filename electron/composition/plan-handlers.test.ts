import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../shared/ipc/contract-types.js';
import { createGate } from '../../shared/ipc/gate.js';
import { defaultPlan } from '../../shared/plan/plan-schema.js';
import { tempLibrary } from '../services/files/plans/testing/temp-library.js';
import type { CallerContext } from './handlers.js';
import { createPlanHandlers } from './plan-handlers.js';

const caller: CallerContext = { transport: 'web', connectionId: 'test' };

/** The plan calls behind the real gate, as either transport reaches them. */
function dispatcher() {
  const { library } = tempLibrary();
  // Only the plan calls are dispatched here; the gate looks a handler up by the called name.
  const dispatch = createGate(createPlanHandlers(library) as unknown as Handlers<CallerContext>);
  return (name: string, arg?: unknown) => dispatch(name, arg, caller);
}

describe('the plan library over the contract', () => {
  it('names the field and the fix when a plan name is refused', async () => {
    const call = dispatcher();
    expect(await call('plans.create', { name: ' ' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'name', message: expect.stringMatching(/plans\.create: The plan name is empty: type a name/) } });
    expect(await call('plans.create', { name: 'a'.repeat(81) })).toMatchObject({ ok: false, error: { field: 'name', message: expect.stringMatching(/at most 80/) } });
    expect(await call('plans.create', { name: 'Bell\u0007' })).toMatchObject({ ok: false, error: { field: 'name', message: expect.stringMatching(/control characters/) } });
    expect(await call('plans.create', { name: 'ok', extra: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(await call('plans.create', { name: ' Lab ' })).toMatchObject({ ok: true, value: { name: 'Lab' } });
  });

  it('exports secrets only with a passphrase of at least 8 characters', async () => {
    const call = dispatcher();
    await call('plan.save', { plan: defaultPlan() });
    const listed = await call('plans.list');
    const id = listed.ok ? (listed.value as { currentId: string }).currentId : '';
    expect(await call('plans.export', { id, includeSecrets: true })).toMatchObject({ ok: false, error: { field: 'passphrase', message: expect.stringMatching(/only encrypted/) } });
    expect(await call('plans.export', { id, includeSecrets: true, passphrase: 'short' })).toMatchObject({ ok: false, error: { field: 'passphrase', message: expect.stringMatching(/at least 8 characters/) } });
    expect(await call('plans.export', { id, includeSecrets: false, passphrase: 'long enough' })).toMatchObject({ ok: false, error: { field: 'passphrase' } });
    expect(await call('plans.export', { id, includeSecrets: false })).toMatchObject({ ok: true, value: { fileName: 'My-cluster.wnw-plan.json' } });
  });
});
