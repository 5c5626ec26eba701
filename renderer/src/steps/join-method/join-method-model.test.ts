import { describe, expect, it } from 'vitest';
import { defaultJoinMethod, defaultPlan, type Plan } from '../../../../shared/plan/plan-schema.js';
import {
  adviceFor,
  applyDetection,
  containerdVersionError,
  containerdVersionOf,
  detectionSource,
  disabledReason,
  editKubernetesVersion,
  joinMethodOf,
  kubernetesVersionError,
  kubernetesVersionOf,
} from './join-method-model.js';

describe('version fields', () => {
  it('accepts v1.29.6 and 1.29.6, and leaves an empty Kubernetes version to the blockers', () => {
    expect(kubernetesVersionError('v1.29.6')).toBeUndefined();
    expect(kubernetesVersionError(' 1.29.6 ')).toBeUndefined();
    expect(kubernetesVersionError('')).toBeUndefined();
    expect(kubernetesVersionOf('1.29.6')).toBe('v1.29.6');
  });

  it.each(['1.29', 'v1.29.6+k3s1', 'latest', 'v1.29.6-rc.1'])('refuses %s at the field', (typed) => {
    expect(kubernetesVersionError(typed)).toMatch(/such as v1\.29\.6/);
    expect(kubernetesVersionOf(typed)).toBeUndefined();
  });

  it('gives containerd without the v, and asks for it when emptied', () => {
    expect(containerdVersionOf('1.7.1')).toBe('1.7.1');
    expect(containerdVersionOf('v1.7.1')).toBe('1.7.1');
    expect(containerdVersionError('')).toMatch(/Enter the containerd version/);
    expect(containerdVersionError('1.7')).toMatch(/major\.minor\.patch/);
    expect(containerdVersionError('1.7.1')).toBeUndefined();
  });
});

describe('advice by version', () => {
  it('offers only KubeCluster.ps1 below 1.23, both at 1.23 (kubeadm first), only kubeadm from 1.24', () => {
    expect(adviceFor('v1.22.4')).toMatchObject({ version: 'v1.22.4', method: 'kubecluster', allowed: ['kubecluster'] });
    expect(adviceFor('v1.23.17')).toMatchObject({ method: 'kubeadm', allowed: ['kubecluster', 'kubeadm'] });
    expect(adviceFor('1.29.6')).toMatchObject({ version: 'v1.29.6', method: 'kubeadm', allowed: ['kubeadm'] });
    expect(adviceFor('')).toBeUndefined();
    expect(adviceFor('v1.29')).toBeUndefined();
  });

  it('disables a ruled-out method with the reason, and nothing without a version', () => {
    expect(disabledReason('kubecluster', adviceFor('v1.29.6'))).toMatch(/dockershim was removed in Kubernetes 1\.24/);
    expect(disabledReason('kubeadm', adviceFor('v1.29.6'))).toBeUndefined();
    expect(disabledReason('kubeadm', adviceFor('v1.22.0'))).toMatch(/older than 1\.23/);
    expect(disabledReason('kubecluster', undefined)).toBeUndefined();
  });
});

describe('detection into the plan', () => {
  const draft = defaultJoinMethod();

  it('takes the version without its build suffix and the recommended method', () => {
    expect(applyDetection(draft, { kubernetesVersion: 'v1.29.6+k3s1' }, 'root@cp, now')).toEqual({ ...draft, method: 'kubeadm', kubernetesVersion: 'v1.29.6', detectedFrom: 'root@cp, now' });
    expect(applyDetection({ ...draft, method: 'kubeadm' }, { kubernetesVersion: 'v1.21.14' }, 'x')).toMatchObject({ method: 'kubecluster', kubernetesVersion: 'v1.21.14' });
  });

  it('leaves the plan as it was when the version cannot be read', () => {
    expect(applyDetection(draft, { kubernetesVersion: 'unknown' }, 'x')).toBe(draft);
  });

  it('forgets where the version came from once it is typed over', () => {
    const detected = { ...draft, kubernetesVersion: 'v1.29.6', detectedFrom: 'root@cp' };
    expect(editKubernetesVersion(detected, 'v1.29.7').detectedFrom).toBe('');
    expect(editKubernetesVersion(detected, 'v1.29.6').detectedFrom).toBe('root@cp');
  });

  it('names the user, host and UTC time', () => {
    expect(detectionSource({ username: 'root', host: '10.0.0.4' }, new Date('2025-06-01T10:05:09Z'))).toBe('root@10.0.0.4, 2025-06-01 10:05 UTC');
  });

  it('reads a plan saved before the join method existed as KubeCluster.ps1', () => {
    const { joinMethod: _dropped, ...old } = defaultPlan();
    expect(joinMethodOf(old as Plan)).toEqual(defaultJoinMethod());
  });
});
