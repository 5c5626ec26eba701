import { describe, expect, it } from 'vitest';
import { fetchBlocker } from './fetch-readiness.js';

const profile = { host: 'cp', port: 22, username: 'root', auth: { type: 'agent' as const } };
const trusted = { status: 'trusted' as const, keyType: 'ssh-ed25519', fingerprint: 'SHA256:x' };

describe('fetchBlocker', () => {
  it('lets the fetch run with a complete connection and a trusted host key', () => {
    expect(fetchBlocker({ profile, errors: {} }, trusted)).toBeUndefined();
  });

  it('names the missing connection fields and points to the Flannel step', () => {
    expect(fetchBlocker({ profile: undefined, errors: { host: 'x', privateKeyPath: 'y' } }, trusted)).toBe(
      'Complete the control-plane connection in the Flannel step: Control-plane host, Private key file.',
    );
  });

  it.each([undefined, { status: 'unknown' as const, keyType: 'k', fingerprint: 'f' }, { status: 'checking' as const }])('asks for a trusted host key (%o)', (hostKey) => {
    expect(fetchBlocker({ profile, errors: {} }, hostKey)).toMatch(/trust the control plane’s host key in the Flannel step/);
  });
});
