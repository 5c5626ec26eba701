import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WizardApi } from '../../../shared/ipc/contract-types.js';
import { WizardError } from '../../../shared/ipc/envelope.js';
import { defaultPlan, type Plan } from '../../../shared/plan/plan-schema.js';
import { startAutosave } from './autosave.js';
import { usePlanStore } from './plan-store.js';

function fakeApi(saved: Plan | null) {
  const save = vi.fn(async (_arg: { plan: Plan }) => ({ path: '/plan.json', savedAt: '2026-11-23T10:00:00.000Z' }));
  const api = { plan: { load: async () => ({ plan: saved, path: '/plan.json' }), save } } as unknown as WizardApi;
  return { api, save };
}

describe('startAutosave', () => {
  let stop = () => {};
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('window', new EventTarget());
    usePlanStore.setState({ plan: defaultPlan(), loaded: false, saveStatus: { kind: 'loading' } });
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('starts from defaults when nothing was saved, and saves nothing until a change', async () => {
    const { api, save } = fakeApi(null);
    stop = startAutosave(api);
    await vi.runAllTimersAsync();
    expect(usePlanStore.getState()).toMatchObject({ loaded: true, saveStatus: { kind: 'new' }, plan: defaultPlan() });
    expect(save).not.toHaveBeenCalled();
  });

  it('restores the saved plan, then saves once per burst of typing, exactly as typed', async () => {
    const saved = { ...defaultPlan(), activeStep: 'flannel' as const };
    const { api, save } = fakeApi(saved);
    stop = startAutosave(api, 400);
    await vi.runAllTimersAsync();
    expect(usePlanStore.getState().plan.activeStep).toBe('flannel');

    usePlanStore.getState().setIpPlanField('clusterCidr', '10.2');
    usePlanStore.getState().setIpPlanField('clusterCidr', '10.244.0.0/1 ');
    expect(usePlanStore.getState().saveStatus.kind).toBe('saving');
    await vi.advanceTimersByTimeAsync(399);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]?.[0].plan.ipPlan.clusterCidr).toBe('10.244.0.0/1 ');
    expect(usePlanStore.getState().saveStatus.kind).toBe('saved');
  });

  it('keeps the typed values and shows the message when a save fails', async () => {
    const { api, save } = fakeApi(null);
    save.mockRejectedValueOnce(new WizardError('INVALID_ARGUMENT', 'The plan is too large.'));
    stop = startAutosave(api);
    await vi.runAllTimersAsync();
    usePlanStore.getState().setControlPlaneField('host', 'cp-1');
    await vi.runAllTimersAsync();
    expect(usePlanStore.getState().saveStatus).toEqual({ kind: 'error', message: 'The plan is too large.' });
    expect(usePlanStore.getState().plan.controlPlane.host).toBe('cp-1');

    usePlanStore.getState().setControlPlaneField('host', 'cp-12');
    await vi.runAllTimersAsync();
    expect(save).toHaveBeenCalledTimes(2);
    expect(usePlanStore.getState().saveStatus.kind).toBe('saved');
  });

  it('never runs two saves at once; changes typed during a save follow it', async () => {
    const { api, save } = fakeApi(null);
    let finish = () => {};
    save.mockImplementationOnce(
      () => new Promise((resolve) => (finish = () => resolve({ path: '/plan.json', savedAt: 'x' }))),
    );
    stop = startAutosave(api);
    await vi.runAllTimersAsync();
    usePlanStore.getState().setIpPlanField('nodes', '4');
    await vi.advanceTimersByTimeAsync(400);
    usePlanStore.getState().setIpPlanField('nodes', '5');
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenCalledTimes(1);
    finish();
    await vi.runAllTimersAsync();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save.mock.calls[1]?.[0].plan.ipPlan.nodes).toBe('5');
    expect(usePlanStore.getState().saveStatus.kind).toBe('saved');
  });
});
