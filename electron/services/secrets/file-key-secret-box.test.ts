import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileKeySecretBox } from './file-key-secret-box.js';

const token = 'abcdef.0123456789abcdef';

describe('FileKeySecretBox', () => {
  it('seals to ciphertext that never contains the secret and opens it again', () => {
    const keyPath = join(mkdtempSync(join(tmpdir(), 'wnw-box-')), 'secret.key');
    const box = new FileKeySecretBox(keyPath);
    const sealed = box.seal(token);
    expect(sealed).toMatch(/^wnw-aes256gcm:/);
    expect(sealed).not.toContain(token);
    expect(box.seal(token)).not.toBe(sealed); // a fresh IV every time
    expect(new FileKeySecretBox(keyPath).open(sealed)).toBe(token);
    expect(statSync(keyPath).mode & 0o777).toBe(0o600);
    expect(readFileSync(keyPath, 'utf8')).not.toContain(token);
  });

  it('refuses tampered ciphertext, another key, and unknown schemes with a message to re-enter', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wnw-box-'));
    const box = new FileKeySecretBox(join(dir, 'secret.key'));
    const sealed = box.seal(token);
    const tampered = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => box.open(tampered)).toThrow(/enter it again/);
    writeFileSync(join(dir, 'other.key'), Buffer.alloc(32, 7).toString('base64'));
    expect(() => new FileKeySecretBox(join(dir, 'other.key')).open(sealed)).toThrow(/enter it again/);
    expect(() => box.open('ess1:AAAA')).toThrow(/Not sealed by this host/);
    expect(() => new FileKeySecretBox(join(dir, 'missing.key')).open(sealed)).toThrow(/missing/);
  });
});
