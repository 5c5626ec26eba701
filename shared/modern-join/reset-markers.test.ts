import { describe, expect, it } from 'vitest';
import { modernResetScript } from '../powershell/modern-commands.js';
import { parseResetMarker, RESET_STEPS } from './reset-markers.js';

describe('parseResetMarker', () => {
  it.each([
    ['[wnw-reset] kubeadm-reset ok', { step: 'kubeadm-reset', outcome: 'ok' }],
    ['[wnw-reset] kubeadm-reset failed: exit code 1', { step: 'kubeadm-reset', outcome: 'failed', detail: 'exit code 1' }],
    ['[wnw-reset] kubelet-service skipped: not installed\r', { step: 'kubelet-service', outcome: 'skipped', detail: 'not installed' }],
    ['[wnw-reset] cni-config ok: 1 file(s) removed', { step: 'cni-config', outcome: 'ok', detail: '1 file(s) removed' }],
    ['[wnw-reset] hns-networks ok: flannel.4096', { step: 'hns-networks', outcome: 'ok', detail: 'flannel.4096' }],
    ['[wnw-reset] firewall-rule failed: Access is denied.', { step: 'firewall-rule', outcome: 'failed', detail: 'Access is denied.' }],
    ['[wnw-reset] pki-link skipped: no link', { step: 'pki-link', outcome: 'skipped', detail: 'no link' }],
  ])('reads %j', (line, marker) => {
    expect(parseResetMarker(line)).toEqual(marker);
  });

  it.each(['[reset] Stopping the kubelet service', '[wnw-reset] other-step ok', '[wnw-reset] cni-config done', 'x [wnw-reset] cni-config ok', ''])('ignores %j', (line) => {
    expect(parseResetMarker(line)).toBeUndefined();
  });

  it('knows every step the reset script reports, in its order', () => {
    const reported = [...new Set([...modernResetScript().matchAll(/Report '([a-z-]+)' /g)].map((match) => match[1]))];
    expect(reported).toEqual(Object.keys(RESET_STEPS));
  });
});
