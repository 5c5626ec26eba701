import { describe, expect, it } from 'vitest';
import { defaultJoinMethod, type JoinMethodDraft } from '../../../../shared/plan/plan-schema.js';
import { apiServerFor, joinSettingsOf, type JoinSettingsInputs } from './join-settings.js';

const token = 'abcdef.0123456789abcdef';
const caHash = `sha256:${'ab'.repeat(32)}`;
const kubeadm: JoinMethodDraft = { method: 'kubeadm', kubernetesVersion: 'v1.29.6', containerdVersion: '1.7.1', detectedFrom: '' };
const ready: JoinSettingsInputs = { joinMethod: kubeadm, source: 'download', secrets: { kubeadmToken: token, kubeadmCaHash: caHash }, controlPlaneIp: '10.0.0.4' };

describe('apiServerFor', () => {
  it('puts the control-plane address on port 6443, bracketing IPv6', () => {
    expect(apiServerFor(' 10.0.0.4 ')).toBe('10.0.0.4:6443');
    expect(apiServerFor('k8s-master')).toBe('k8s-master:6443');
    expect(apiServerFor('fd00::4')).toBe('[fd00::4]:6443');
    expect(apiServerFor('')).toBeUndefined();
    expect(apiServerFor('10.0.0.4:6443')).toBeUndefined();
  });
});

describe('joinSettingsOf', () => {
  it('gives every value the modern jobs take, and no problem, for a complete plan', () => {
    expect(joinSettingsOf(ready)).toEqual({
      method: 'kubeadm',
      kubernetesVersion: 'v1.29.6',
      containerdVersion: '1.7.1',
      modernSource: 'download',
      apiServer: '10.0.0.4:6443',
      token,
      caHash,
      problems: { install: [], join: [], reset: [] },
    });
  });

  it('lower-cases the CA hash as kubeadm prints it', () => {
    expect(joinSettingsOf({ ...ready, secrets: { kubeadmToken: token, kubeadmCaHash: caHash.toUpperCase().replace('SHA256', 'sha256') } }).caHash).toBe(caHash);
  });

  it('names the fix for a missing token, CA hash, address and version', () => {
    const settings = joinSettingsOf({ ...ready, joinMethod: { ...kubeadm, kubernetesVersion: '' }, secrets: { kubeadmToken: '', kubeadmCaHash: 'sha256:12' }, controlPlaneIp: '' });
    expect(settings.problems.join).toEqual([
      'Set the Kubernetes version under “Join method” in step 3 (Node config), e.g. v1.29.6, or detect it from the cluster.',
      'Enter the control-plane IP address in step 3 (Node config): kubeadm join goes to it on port 6443.',
      'Fetch the join token in step 3 (Node config) with “Fetch token and CA hash”, or type it there.',
      'The CA hash is not sha256: followed by 64 hex digits: fetch it again in step 3 (Node config).',
    ]);
    expect(settings.problems.install).toEqual(['Set the Kubernetes version under “Join method” in step 3 (Node config), e.g. v1.29.6, or detect it from the cluster.']);
    expect(settings.problems.reset).toEqual([]);
  });

  it('refuses the archive source and a bad containerd version for install only', () => {
    const settings = joinSettingsOf({ ...ready, source: 'archive', joinMethod: { ...kubeadm, containerdVersion: '1.7' } });
    expect(settings.problems.install).toHaveLength(2);
    expect(settings.problems.install[0]).toMatch(/Install-Containerd\.ps1 and PrepareNode\.ps1 come from/);
    expect(settings.problems.install[1]).toMatch(/containerd version “1\.7” is not a version such as 1\.7\.1/);
    expect(settings.problems.join).toEqual([]);
  });

  it('asks nothing of KubeCluster.ps1 while the version allows it', () => {
    const kubecluster = { ...ready, joinMethod: defaultJoinMethod(), secrets: { kubeadmToken: '', kubeadmCaHash: '' }, source: 'archive' as const };
    expect(joinSettingsOf(kubecluster).problems).toEqual({ install: [], join: [], reset: [] });
    expect(joinSettingsOf({ ...kubecluster, joinMethod: { ...defaultJoinMethod(), kubernetesVersion: 'v1.23.4' } }).problems.join).toEqual([]);
  });

  it('stops a method the cluster version rules out, naming the other one', () => {
    const settings = joinSettingsOf({ ...ready, joinMethod: { ...kubeadm, method: 'kubecluster' } });
    expect(settings.problems.install[0]).toMatch(/^KubeCluster\.ps1 does not fit this cluster: .*dockershim.* Choose containerd \+ kubeadm under “Join method”/);
    expect(settings.problems.join).toEqual(settings.problems.install);
    expect(joinSettingsOf({ ...ready, joinMethod: { ...kubeadm, kubernetesVersion: 'v1.22.1' } }).problems.install[0]).toMatch(/^containerd \+ kubeadm does not fit this cluster/);
  });
});
