import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { schemeOf, SecretBoxError, type SecretBox } from './secret-box.js';

const scheme = 'wnw-aes256gcm';

/**
 * AES-256-GCM with a random key kept in its own file (0600) beside, never inside, the plan. Where no OS
 * keychain is reachable (the web host), this keeps secrets out of the plan file itself: a plan that is
 * copied, attached to a ticket or synced carries only ciphertext. It does not protect against someone who
 * can read this user's files; the desktop app uses the OS keychain (Electron safeStorage) for that.
 */
export class FileKeySecretBox implements SecretBox {
  readonly scheme = scheme;
  private key: Buffer | undefined;

  constructor(private readonly keyPath: string) {}

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.loadKey(true), iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [scheme, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
  }

  open(sealed: string): string {
    const [kind, iv, tag, body] = sealed.split(':');
    if (kind !== scheme || !iv || !tag || body === undefined) throw new SecretBoxError(`Not sealed by this host (scheme "${schemeOf(sealed)}").`);
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.loadKey(false), Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    } catch (error) {
      if (error instanceof SecretBoxError) throw error;
      throw new SecretBoxError('A saved secret could not be decrypted (its key file changed or is missing); enter it again.');
    }
  }

  private loadKey(create: boolean): Buffer {
    if (this.key) return this.key;
    if (existsSync(this.keyPath)) {
      this.key = Buffer.from(readFileSync(this.keyPath, 'utf8').trim(), 'base64');
    } else if (create) {
      mkdirSync(dirname(this.keyPath), { recursive: true, mode: 0o700 });
      const key = randomBytes(32);
      writeFileSync(this.keyPath, key.toString('base64'), { mode: 0o600, flag: 'wx' });
      chmodSync(this.keyPath, 0o600);
      this.key = key;
    } else {
      throw new SecretBoxError('The key file for saved secrets is missing; enter the secrets again.');
    }
    if (this.key.length !== 32) throw new SecretBoxError('The key file for saved secrets is damaged; delete it and enter the secrets again.');
    return this.key;
  }
}
