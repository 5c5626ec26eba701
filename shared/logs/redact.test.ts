import { describe, expect, it } from 'vitest';
import { Redactor } from './redact.js';

describe('Redactor', () => {
  const joinLine =
    'kubeadm join 10.0.0.5:6443 --token abcdef.0123456789abcdef --discovery-token-ca-cert-hash sha256:' + 'a'.repeat(64);

  it('hides kubeadm tokens and CA hashes even when the app never registered them', () => {
    const redacted = new Redactor().redact(joinLine);
    expect(redacted).toBe('kubeadm join 10.0.0.5:6443 --token [REDACTED-TOKEN] --discovery-token-ca-cert-hash sha256:[REDACTED-CA-HASH]');
  });

  it('hides a registered secret wherever it appears', () => {
    const redactor = new Redactor();
    redactor.addSecret('hunter2-pass');
    expect(redactor.redact('password=hunter2-pass; again hunter2-pass')).toBe('password=[REDACTED]; again [REDACTED]');
  });

  it('ignores secrets too short to replace safely', () => {
    const redactor = new Redactor();
    redactor.addSecret('a');
    expect(redactor.redact('a cat')).toBe('a cat');
  });

  it('hides a private key block', () => {
    const line = '-----BEGIN OPENSSH PRIVATE KEY-----b3BlbnNzaC1rZXktdjE-----END OPENSSH PRIVATE KEY-----';
    expect(new Redactor().redact(line)).toBe('[REDACTED-PRIVATE-KEY]');
  });
});
