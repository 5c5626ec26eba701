import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { KeyBlockRedaction, redactedKeyLine } from './key-block-redaction.js';
import { Redactor } from './redact.js';

/** Each line through the stream's block state, then the line-level redactor, as the job runner does. */
function redactStream(lines: string[]): string[] {
  const block = new KeyBlockRedaction();
  const redactor = new Redactor();
  return lines.map((line) => redactor.redact(block.filter(line)));
}

describe('private keys printed over several lines', () => {
  const { privateKey } = generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const pem = privateKey.trimEnd().split('\n');

  it('hides every line of the block, keeps the lines around it and the line count', () => {
    const out = redactStream(['before', ...pem, 'after']);
    expect(out).toHaveLength(pem.length + 2);
    expect(out[0]).toBe('before');
    expect(out.at(-1)).toBe('after');
    for (const line of pem.slice(1)) expect(out.join('\n')).not.toContain(line);
    expect(out.slice(2, -1).every((line) => line === redactedKeyLine)).toBe(true);
  });

  it('hides an OpenSSH key block too, and a block that never ends stays hidden to the end of the stream', () => {
    const body = ['b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW', 'QyNTUxOQAAACDX0ce3mHNg2p0ll4e7gmkUP1gbXSq7Ssx3eRCeF7CdHgAAAJg3cUz0N3FM'];
    const out = redactStream(['-----BEGIN OPENSSH PRIVATE KEY-----', ...body, 'still secret']);
    expect(out.join('\n')).not.toMatch(/b3BlbnNz|QyNTUx|still secret/);
  });

  it('leaves a one-line block to the line redactor and does not swallow the lines after it', () => {
    const out = redactStream(['-----BEGIN PRIVATE KEY-----AAAA-----END PRIVATE KEY-----', 'next line']);
    expect(out).toEqual(['[REDACTED-PRIVATE-KEY]', 'next line']);
  });

  it('does not start a block on a public key or a certificate', () => {
    const lines = ['-----BEGIN PUBLIC KEY-----', 'MCowBQYDK2VwAyEA', '-----END PUBLIC KEY-----', '-----BEGIN CERTIFICATE-----', 'MIIBszCCAVmgAwIBAgIU', '-----END CERTIFICATE-----'];
    expect(redactStream(lines)).toEqual(lines);
  });
});
