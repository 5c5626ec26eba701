import { describe, expect, it } from 'vitest';
import type { KubeClusterMode } from './kubecluster-events.js';
import { verdictFromOutput } from './parse-kubecluster-output.js';
import { installComplete, installEveryPhase, installExtractFails, installRebooting } from './testing/install-transcripts.js';
import { joinSuccess, joinWithKubeadmFailure } from './testing/join-transcripts.js';
import { preamble, throwRecord } from './testing/preamble.js';
import { resetComplete } from './testing/reset-transcript.js';

const tokenExpired = joinWithKubeadmFailure([
  '[discovery] Failed to connect to API Server "10.0.0.4:6443": token id "abcdef" is invalid for this cluster or it has expired. Use "kubeadm token create" on the control-plane node to create a new valid token',
]);

// Exit code and output together (kubecluster-messages.md §6). One row per situation of the exit-code table.
describe('verdictFromOutput', () => {
  it.each([
    ['join', joinSuccess, 0, 'success', 'JOINED'],
    ['join', tokenExpired, 0, 'failure', 'KUBEADM_JOIN_FAILED'],
    ['join', tokenExpired, 1, 'failure', 'KUBEADM_JOIN_FAILED'],
    ['join', joinSuccess, 1, 'failure', 'SCRIPT_FAILED'],
    ['join', joinSuccess.slice(0, -1), 0, 'failure', 'JOIN_INCOMPLETE'],
    ['join', joinSuccess.slice(0, -1), null, 'failure', 'EXIT_UNKNOWN'],
    ['install', installComplete, 0, 'success', 'INSTALLED'],
    ['install', installEveryPhase, 0, 'success', 'REBOOT_REQUIRED'],
    ['install', installRebooting, 0, 'success', 'REBOOT_REQUIRED'],
    ['install', installRebooting, null, 'success', 'REBOOT_REQUIRED'],
    ['install', installExtractFails, 0, 'failure', 'EXTRACT_FAILED'],
    ['install', installComplete.slice(0, -1), 0, 'failure', 'INSTALL_INCOMPLETE'],
    ['install', [], 1, 'failure', 'SCRIPT_FAILED'],
    ['reset', resetComplete, 0, 'success', 'RESET_DONE'],
    ['reset', resetComplete, 1, 'failure', 'SCRIPT_FAILED'],
    ['reset', [...preamble, ...throwRecord("Ethernet doesn't exist")], 1, 'failure', 'INTERFACE_NOT_FOUND'],
  ] as const)('-%s (%#), exit %s → %s %s', (mode: KubeClusterMode, lines, exitCode, outcome, code) => {
    expect(verdictFromOutput(mode, lines, exitCode)).toMatchObject({ type: 'verdict', outcome, code });
  });

  it('names the root cause, not kubeadm\'s summary, when -join exits 0 after a failed join', () => {
    const verdict = verdictFromOutput('join', tokenExpired, 0);
    expect(verdict.message).toBe('The bootstrap token "abcdef" is invalid or has expired.');
    expect(verdict.fix).toMatch(/kubeadm token create --print-join-command/);
  });

  it('quotes an unknown PowerShell error when the exit code is all there is', () => {
    const verdict = verdictFromOutput('install', [...preamble, ...throwRecord('You cannot call a method on a null-valued expression.')], 1);
    expect(verdict.message).toBe('The script failed with exit code 1: You cannot call a method on a null-valued expression.');
  });
});
