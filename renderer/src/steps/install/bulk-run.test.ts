import { describe, expect, it } from 'vitest';
import { defaultNodeTargets } from '../../../../shared/plan/plan-schema.js';
import { defaultNodeConfig } from '../../../../shared/node-config/node-config-schema.js';
import { nodeRunRequestFor, planBulkRun } from './bulk-run.js';
import type { NodeContext, TargetView } from './node-context.js';

const none = { preflight: [], install: [], join: [], reset: [] };
const view = (label: string, change: Partial<TargetView> = {}): TargetView => ({
  target: { type: 'local' },
  key: label,
  label,
  index: 0,
  nodeName: label,
  work: { target: { type: 'local' }, workDir: 'C:\\k', configFileName: 'Kubeclustervxlan.json' },
  hostKey: undefined,
  blockers: none,
  ...change,
});

describe('planBulkRun', () => {
  it('starts on ready nodes and says why each other one is skipped', () => {
    const plan = planBulkRun(
      'install',
      [view('a'), view('b', { blockers: { ...none, install: ['Complete node 2.'] } }), view('c')],
      (candidate) => candidate.label === 'c',
    );
    expect(plan.ready.map((v) => v.label)).toEqual(['a']);
    expect(plan.skipped).toEqual([
      { label: 'b', reason: 'Complete node 2.' },
      { label: 'c', reason: 'a job of this node is still queued or running.' },
    ]);
  });
});

describe('nodeRunRequestFor', () => {
  const context = {
    check: { errors: {}, workDir: 'C:\\k', source: { type: 'folder' }, concurrency: 3, nodes: [] },
    configText: '{}',
    controlPlane: { host: 'cp', port: 22, username: 'root', auth: { type: 'agent' } },
    targets: defaultNodeTargets(),
    config: defaultNodeConfig('vxlan'),
    join: { method: 'kubecluster', problems: none },
  } as unknown as NodeContext;
  const modern = {
    ...context,
    join: {
      method: 'kubeadm',
      kubernetesVersion: 'v1.29.6',
      containerdVersion: '1.7.1',
      modernSource: 'download',
      apiServer: '10.0.0.4:6443',
      token: 'abcdef.0123456789abcdef',
      caHash: `sha256:${'ab'.repeat(32)}`,
      problems: none,
    },
  } as unknown as NodeContext;

  it('gives only preflight the control plane', () => {
    expect(nodeRunRequestFor('preflight', view('a'), context)).toMatchObject({ kind: 'preflight', controlPlane: { host: 'cp' }, method: 'kubecluster' });
    expect(nodeRunRequestFor('install', view('a'), context)).toEqual({ kind: 'nodeInstall', node: view('a').work, source: { type: 'folder' }, configText: '{}' });
    expect(nodeRunRequestFor('join', view('a', { work: undefined }), context)).toBeUndefined();
    expect(nodeRunRequestFor('reset', view('a'), context, { nodeName: 'a' })).toEqual({ kind: 'nodeReset', node: view('a').work, configText: '{}', confirmed: true });
  });

  it('starts the modern jobs with containerd + kubeadm, and gives reset the control plane with a node name', () => {
    expect(nodeRunRequestFor('preflight', view('a'), modern)).toMatchObject({ kind: 'preflight', method: 'kubeadm' });
    expect(nodeRunRequestFor('install', view('a'), modern)).toEqual({
      kind: 'modernNodeInstall',
      node: { target: { type: 'local' }, workDir: 'C:\\k' },
      source: 'download',
      containerdVersion: '1.7.1',
      kubernetesVersion: 'v1.29.6',
    });
    expect(nodeRunRequestFor('join', view('a'), modern)).toMatchObject({ kind: 'modernNodeJoin', apiServer: '10.0.0.4:6443' });
    expect(nodeRunRequestFor('reset', view('a'), modern, { nodeName: 'win-a' })).toMatchObject({ kind: 'modernNodeReset', nodeName: 'win-a', controlPlane: { host: 'cp' } });
    expect(nodeRunRequestFor('reset', view('a'), modern)).not.toHaveProperty('controlPlane');
  });
});
