import { describe, expect, it } from 'vitest';
import { jobRequestSchema } from '../../../../shared/jobs/job-types.js';
import type { NodeWork } from '../../../../shared/windows-node/windows-target.js';
import type { JoinSettings } from '../join-method/join-settings.js';
import { hostKeyProblem, nodeRunBlockers, nodeRunRequest, type BlockerInputs } from './node-requests.js';

const work: NodeWork = { target: { type: 'local' }, workDir: 'C:\\k', configFileName: 'Kubeclustervxlan.json' };
const controlPlane = { host: '10.0.0.5', port: 22, username: 'root', auth: { type: 'agent' as const } };
const trusted = { status: 'trusted' as const, keyType: 'ssh-ed25519', fingerprint: 'SHA256:x' };
const ready: BlockerInputs = { local: true, elevated: true, workDirValid: true, sourceValid: true, configErrors: 0 };

describe('nodeRunRequest', () => {
  it('builds requests that jobs.start accepts', () => {
    const inputs = { work, source: { type: 'download' as const }, configText: '{"Cri":{}}', controlPlane };
    for (const kind of ['preflight', 'install', 'join', 'reset'] as const) {
      const request = nodeRunRequest(kind, inputs);
      expect(jobRequestSchema.safeParse(request).success, kind).toBe(true);
    }
    expect(nodeRunRequest('reset', inputs)).toMatchObject({ kind: 'nodeReset', confirmed: true });
    expect(nodeRunRequest('preflight', inputs)).toMatchObject({ kind: 'preflight', controlPlane });
  });

  it('sends the concurrency limit with remote install, join and reset only', () => {
    const remote: NodeWork = { ...work, target: { type: 'ssh', name: 'win-a', connection: controlPlane } };
    expect(nodeRunRequest('join', { work: remote, source: undefined, configText: '{}', concurrency: 2 })).toMatchObject({ kind: 'nodeJoin', concurrency: 2 });
    expect(nodeRunRequest('join', { work, source: undefined, configText: '{}', concurrency: 2 })).not.toHaveProperty('concurrency');
    expect(nodeRunRequest('preflight', { work: remote, source: undefined, configText: '{}', concurrency: 2 })).not.toHaveProperty('concurrency');
  });

  it('leaves the control plane out of preflight when there is none, and install without a source', () => {
    expect(nodeRunRequest('preflight', { work, source: undefined, configText: '{}' })).toEqual({ kind: 'preflight', node: work, configText: '{}' });
    expect(nodeRunRequest('install', { work, source: undefined, configText: '{}' })).toBeUndefined();
  });
});

const none = { install: [], join: [], reset: [] };
const modern: JoinSettings = {
  method: 'kubeadm',
  kubernetesVersion: 'v1.29.6',
  containerdVersion: '1.7.1',
  modernSource: 'folder',
  apiServer: '10.0.0.4:6443',
  token: 'abcdef.0123456789abcdef',
  caHash: `sha256:${'ab'.repeat(32)}`,
  problems: none,
};

describe('nodeRunRequest with containerd + kubeadm', () => {
  const remote: NodeWork = { ...work, target: { type: 'ssh', name: 'win-a', connection: controlPlane } };

  it('builds modern requests that jobs.start accepts, without the config file', () => {
    for (const kind of ['install', 'join', 'reset'] as const) {
      const request = nodeRunRequest(kind, { work: remote, source: undefined, configText: '{}', join: modern, concurrency: 2, nodeName: 'win-a', controlPlane });
      expect(jobRequestSchema.safeParse(request).success, kind).toBe(true);
      expect(request).toMatchObject({ kind: `modernNode${kind.charAt(0).toUpperCase()}${kind.slice(1)}`, node: { target: remote.target, workDir: 'C:\\k' }, concurrency: 2 });
      expect(request).not.toHaveProperty('configText');
    }
  });

  it('sends the token, CA hash, API server and versions the plan holds', () => {
    expect(nodeRunRequest('join', { work, source: undefined, configText: '{}', join: modern })).toEqual({
      kind: 'modernNodeJoin',
      node: { target: { type: 'local' }, workDir: 'C:\\k' },
      apiServer: '10.0.0.4:6443',
      token: modern.token,
      caHash: modern.caHash,
      kubernetesVersion: 'v1.29.6',
    });
    expect(nodeRunRequest('install', { work, source: undefined, configText: '{}', join: modern })).toEqual({
      kind: 'modernNodeInstall',
      node: { target: { type: 'local' }, workDir: 'C:\\k' },
      source: 'folder',
      containerdVersion: '1.7.1',
      kubernetesVersion: 'v1.29.6',
    });
  });

  it('starts nothing while a value is missing', () => {
    expect(nodeRunRequest('join', { work, source: undefined, configText: '{}', join: { ...modern, token: undefined } })).toBeUndefined();
    expect(nodeRunRequest('join', { work, source: undefined, configText: '{}', join: { ...modern, apiServer: undefined } })).toBeUndefined();
    expect(nodeRunRequest('install', { work, source: undefined, configText: '{}', join: { ...modern, modernSource: undefined } })).toBeUndefined();
    expect(nodeRunRequest('install', { work, source: undefined, configText: '{}', join: { ...modern, containerdVersion: undefined } })).toBeUndefined();
  });

  it('deletes the node object only with both its name and the control plane', () => {
    const reset = (nodeName: string | undefined, plane: typeof controlPlane | undefined) => nodeRunRequest('reset', { work, source: undefined, configText: '{}', join: modern, nodeName, controlPlane: plane });
    expect(reset('win-a', controlPlane)).toEqual({ kind: 'modernNodeReset', node: { target: { type: 'local' }, workDir: 'C:\\k' }, confirmed: true, nodeName: 'win-a', controlPlane });
    expect(reset(undefined, controlPlane)).toEqual({ kind: 'modernNodeReset', node: { target: { type: 'local' }, workDir: 'C:\\k' }, confirmed: true });
    expect(reset('win-a', undefined)).not.toHaveProperty('nodeName');
  });

  it('sends the method with preflight, and keeps KubeCluster.ps1 requests as they were', () => {
    expect(nodeRunRequest('preflight', { work, source: undefined, configText: '{}', join: modern })).toEqual({ kind: 'preflight', node: work, configText: '{}', method: 'kubeadm' });
    const kubecluster = { ...modern, method: 'kubecluster' as const };
    expect(nodeRunRequest('join', { work, source: undefined, configText: '{}', join: kubecluster })).toEqual({ kind: 'nodeJoin', node: work, configText: '{}' });
    expect(nodeRunRequest('preflight', { work, source: undefined, configText: '{}', join: kubecluster })).toMatchObject({ method: 'kubecluster' });
  });
});

describe('nodeRunBlockers', () => {
  it('lets everything run on an elevated machine with a valid plan', () => {
    expect(nodeRunBlockers(ready)).toEqual({ preflight: [], install: [], join: [], reset: [] });
  });

  it('blocks only the changing actions without administrator rights, and every action on config errors', () => {
    const blockers = nodeRunBlockers({ ...ready, elevated: false, configErrors: 2 });
    expect(blockers.preflight).toEqual(['The node config has 2 errors: fix them in step 3 (Node config).']);
    expect(blockers.install).toEqual(['The node config has 2 errors: fix them in step 3 (Node config).', 'This app is not running as administrator: relaunch it as administrator first.']);
    expect(blockers.reset).toEqual(blockers.join);
    expect(nodeRunBlockers({ ...ready, elevated: undefined }).join).toEqual(['Waiting for the app to say whether it has administrator rights.']);
  });

  it('needs a trusted host key for a remote node but not administrator rights here', () => {
    const remote = { ...ready, local: false, elevated: false };
    expect(nodeRunBlockers({ ...remote, hostKey: trusted }).install).toEqual([]);
    expect(nodeRunBlockers(remote).preflight).toEqual([hostKeyProblem(undefined)]);
    expect(nodeRunBlockers({ ...remote, hostKey: { status: 'refused', keyType: 'k', fingerprint: 'f' } }).join[0]).toMatch(/refused/);
    expect(nodeRunBlockers({ ...remote, targetProblem: 'Complete node 2.' }).preflight).toEqual(['Complete node 2.']);
  });

  it('blocks only install on a bad archive path, and everything on a bad work folder', () => {
    const badSource = nodeRunBlockers({ ...ready, sourceValid: false });
    expect(badSource.install).toHaveLength(1);
    expect(badSource.join).toEqual([]);
    expect(nodeRunBlockers({ ...ready, workDirValid: false }).preflight).toHaveLength(1);
  });

  it('with containerd + kubeadm, config errors block only preflight, and the method’s own problems their action', () => {
    const problems = { install: ['Set the Kubernetes version.'], join: ['Fetch the join token.'], reset: [] };
    const blockers = nodeRunBlockers({ ...ready, sourceValid: false, configErrors: 1, join: { method: 'kubeadm', problems } });
    expect(blockers.preflight).toEqual(['The node config has 1 error: fix it in step 3 (Node config).']);
    expect(blockers.install).toEqual(['Set the Kubernetes version.']);
    expect(blockers.join).toEqual(['Fetch the join token.']);
    expect(blockers.reset).toEqual([]);
  });

  it('adds a ruled-out KubeCluster.ps1 after its own blockers', () => {
    const problems = { install: ['KubeCluster.ps1 does not fit this cluster.'], join: ['KubeCluster.ps1 does not fit this cluster.'], reset: [] };
    const blockers = nodeRunBlockers({ ...ready, elevated: false, join: { method: 'kubecluster', problems } });
    expect(blockers.join).toEqual(['This app is not running as administrator: relaunch it as administrator first.', 'KubeCluster.ps1 does not fit this cluster.']);
    expect(blockers.reset).toEqual(['This app is not running as administrator: relaunch it as administrator first.']);
  });
});
