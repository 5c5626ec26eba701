import { describe, expect, it } from 'vitest';
import { jobRequestSchema } from '../../../../shared/jobs/job-types.js';
import type { NodeWork } from '../../../../shared/windows-node/windows-target.js';
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
});
