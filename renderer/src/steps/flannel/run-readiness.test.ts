import { describe, expect, it } from 'vitest';
import { missingForDaemonSets, missingForRun, type RunInputs } from './run-readiness.js';

const ready: RunInputs = {
  ipPlanErrors: 0,
  connection: { profile: { host: 'cp', port: 22, username: 'root', auth: { type: 'agent' } }, errors: {} },
  hostKey: { status: 'trusted', keyType: 'ssh-ed25519', fingerprint: 'SHA256:x' },
  manifestPatches: true,
};

describe('missingForRun', () => {
  it('is empty when everything is in place', () => {
    expect(missingForRun(ready)).toEqual([]);
  });

  it('lists every gap, in the order the operator fixes them', () => {
    expect(
      missingForRun({ ipPlanErrors: 2, connection: { profile: undefined, errors: { host: 'x', password: 'y' } }, hostKey: undefined, manifestPatches: undefined }),
    ).toEqual([
      'The IP plan has 2 errors: fix them in step 1.',
      'Complete the connection: Control-plane host, Password.',
      'Check the control plane’s host key.',
      'Load or paste your kube-flannel.yml.',
    ]);
  });

  it.each([
    ['refused', 'The host key was refused: check it again, compare the fingerprint and trust it to continue.'],
    ['changed', 'The host key has changed: resolve the warning in the host key section.'],
    ['forgotten', 'Check the host key again now that the old one is forgotten.'],
  ] as const)('a host key that is %s blocks the run', (status, message) => {
    const hostKey = status === 'forgotten' ? { status } : { status, keyType: 'ssh-ed25519', fingerprint: 'SHA256:x', knownFingerprint: 'SHA256:y' };
    expect(missingForRun({ ...ready, hostKey })).toEqual([message]);
  });

  it('a manifest that does not patch blocks the run', () => {
    expect(missingForRun({ ...ready, ipPlanErrors: 1, manifestPatches: false })).toEqual([
      'The IP plan has 1 error: fix it in step 1.',
      'The manifest cannot be patched: see its errors.',
    ]);
  });
});

describe('missingForDaemonSets', () => {
  it('needs the IP plan, the connection and the host key, but no manifest (the job renders its own)', () => {
    const { manifestPatches: _manifest, ...inputs } = ready;
    expect(missingForDaemonSets(inputs)).toEqual([]);
    expect(missingForDaemonSets({ ...inputs, ipPlanErrors: 2, hostKey: undefined })).toEqual(['The IP plan has 2 errors: fix them in step 1.', 'Check the control plane’s host key.']);
  });
});
