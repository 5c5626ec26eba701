import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { WizardError } from '../../../../shared/ipc/envelope.js';
import {
  planExportFormat,
  planExportVersion,
  scryptMaxMemoryBytes,
  type EncryptedSecrets,
  type ScryptParams,
} from '../../../../shared/plan/plan-export-format.js';

/** OWASP's recommended scrypt cost (128 MiB, a fraction of a second), recorded in the file with the salt. */
export const defaultScryptCost = { N: 2 ** 17, r: 8, p: 1 } as const;

export const wrongPassphraseMessage = "The passphrase does not open this plan's secrets: check it (it is case-sensitive), or export the plan again if the file was edited.";

// Binds the ciphertext to this format, so it cannot be lifted into another kind of file that shares the key.
const associatedData = Buffer.from(`${planExportFormat}/v${planExportVersion}`, 'utf8');

function deriveKey(passphrase: string, salt: Buffer, kdf: Pick<ScryptParams, 'N' | 'r' | 'p' | 'keyLength'>): Promise<Buffer> {
  const options: ScryptOptions = { N: kdf.N, r: kdf.r, p: kdf.p, maxmem: scryptMaxMemoryBytes };
  // The asynchronous form runs on libuv's pool, so the host keeps answering while the key is derived.
  return new Promise((resolve, reject) => scrypt(passphrase.normalize('NFC'), salt, kdf.keyLength, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** Encrypts a small text with a key derived from the passphrase: scrypt with a fresh salt, AES-256-GCM with a fresh IV. */
export async function encryptWithPassphrase(plain: string, passphrase: string, cost: { N: number; r: number; p: number } = defaultScryptCost): Promise<EncryptedSecrets> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kdf = { name: 'scrypt' as const, salt: salt.toString('base64'), ...cost, keyLength: 32 as const };
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt, kdf), iv);
  cipher.setAAD(associatedData);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return {
    kdf,
    cipher: { name: 'aes-256-gcm', iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64') },
    ciphertext: body.toString('base64'),
  };
}

/**
 * The text back, or a clear error: GCM's tag fails the same way for a wrong passphrase and for a changed
 * ciphertext, salt or cost, so either is refused before anything is used.
 */
export async function decryptWithPassphrase(sealed: EncryptedSecrets, passphrase: string): Promise<string> {
  const key = await deriveKey(passphrase, Buffer.from(sealed.kdf.salt, 'base64'), sealed.kdf);
  try {
    // A fixed tag length: GCM would otherwise accept a tag cut down to 4 bytes, which is easy to forge.
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(sealed.cipher.iv, 'base64'), { authTagLength: 16 });
    decipher.setAAD(associatedData);
    decipher.setAuthTag(Buffer.from(sealed.cipher.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new WizardError('INVALID_ARGUMENT', wrongPassphraseMessage, 'passphrase');
  }
}
