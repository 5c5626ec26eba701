import { beforeEach, describe, expect, it } from 'vitest';
import { defaultPlan } from '../../../shared/plan/plan-schema.js';
import { useConnectionStore } from '../store/connection-store.js';
import { usePlanStore } from '../store/plan-store.js';
import { useSecretsStore } from '../store/secrets-store.js';
import { useFlannelSession } from '../steps/flannel/flannel-session.js';
import { useVerifyNodeSession } from '../steps/install/verify-node-session.js';
import { useJobsStore } from '../store/jobs-store.js';
import { settleAutosave, showPlan, showPlanName } from './plan-switch.js';

const pending = (promise: Promise<void>) => Promise.race([promise.then(() => 'settled' as const), Promise.resolve('pending' as const)]);

describe('switching plans waits for the autosave', () => {
  beforeEach(() => {
    usePlanStore.setState({ plan: defaultPlan(), loaded: true, saveStatus: { kind: 'saved' } });
    useConnectionStore.setState({ lastFailure: null, problem: null });
  });

  it('goes ahead at once when nothing is waiting to be saved', async () => {
    await expect(settleAutosave()).resolves.toBeUndefined();
    usePlanStore.setState({ saveStatus: { kind: 'new' } });
    await expect(settleAutosave()).resolves.toBeUndefined();
    // A plan that failed to load holds nothing typed: switching away from it is safe.
    usePlanStore.setState({ saveStatus: { kind: 'error', message: 'Could not load the saved plan: torn' } });
    await expect(settleAutosave()).resolves.toBeUndefined();
  });

  it('waits while a save is pending, and goes ahead once it is written', async () => {
    usePlanStore.setState({ saveStatus: { kind: 'saving' } });
    const settled = settleAutosave();
    expect(await pending(settled)).toBe('pending');
    usePlanStore.setState({ saveStatus: { kind: 'saved', savedAt: 'now' } });
    await expect(settled).resolves.toBeUndefined();
  });

  it('refuses to switch when the pending save failed, so the typed values stay on screen', async () => {
    usePlanStore.setState({ saveStatus: { kind: 'saving' } });
    const settled = settleAutosave();
    usePlanStore.setState({ saveStatus: { kind: 'error', message: 'disk full' } });
    await expect(settled).rejects.toThrow(/not saved yet \(disk full\)/);
  });
});

describe('showing a plan', () => {
  it('loads every field and the step, says what could not be restored, and falls back to defaults for none', () => {
    const plan = { ...defaultPlan(), name: 'Lab', activeStep: 'install' as const };
    showPlan({ summary: { id: '0123456789abcdef', name: 'Lab', activeStep: 'install', updatedAt: 'then' }, plan, notice: 'The saved kubeadm token could not be decrypted' });
    expect(usePlanStore.getState()).toMatchObject({ plan, saveStatus: { kind: 'saved', savedAt: 'then' } });
    expect(useConnectionStore.getState().lastFailure?.message).toMatch(/could not be decrypted/);

    showPlanName('Lab 2');
    expect(usePlanStore.getState().plan).toEqual({ ...plan, name: 'Lab 2' });
    showPlan(null);
    expect(usePlanStore.getState()).toMatchObject({ plan: defaultPlan(), saveStatus: { kind: 'new' } });
  });
});

describe('another plan is another cluster', () => {
  it('forgets the typed password, host-key verdicts and last runs of the plan before, and keeps the job history', () => {
    useSecretsStore.getState().setPassword('hunter2-for-cluster-a');
    useFlannelSession.getState().setHostKey('cp-a.example:22', { status: 'trusted', keyType: 'ssh-ed25519', fingerprint: 'SHA256:cluster-a' });
    useVerifyNodeSession.getState().setNodeName('win-a');
    useVerifyNodeSession.getState().setJobId('job-a');
    const jobsBefore = useJobsStore.getState().jobs;

    showPlan({ summary: { id: 'fedcba9876543210', name: 'B', activeStep: 'flannel', updatedAt: 'then' }, plan: { ...defaultPlan(), name: 'B', activeStep: 'flannel' } });

    expect(useSecretsStore.getState().password).toBe('');
    expect(useFlannelSession.getState().hostKeys).toEqual({});
    expect(useVerifyNodeSession.getState()).toMatchObject({ nodeName: '', jobId: undefined });
    expect(useJobsStore.getState().jobs).toBe(jobsBefore);
    // the stores still work after the reset
    useSecretsStore.getState().setPassword('for-cluster-b');
    expect(useSecretsStore.getState().password).toBe('for-cluster-b');
  });
});
