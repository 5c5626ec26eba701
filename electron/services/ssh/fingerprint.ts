import { createHash } from 'node:crypto';

/**
 * The fingerprint of an SSH public key blob exactly as `ssh-keygen -lf` prints it, so an operator can compare
 * it character for character with what the server's console shows: SHA-256 of the raw blob, base64 without
 * the `=` padding.
 */
export function sshFingerprint(keyBlob: Uint8Array): string {
  return `SHA256:${createHash('sha256').update(keyBlob).digest('base64').replace(/=+$/, '')}`;
}

/**
 * The key type named inside the blob itself (its first SSH string, e.g. `ssh-ed25519`), so we report what the
 * server holds rather than the signature algorithm that was negotiated (`rsa-sha2-512` for an `ssh-rsa` key).
 */
export function keyTypeOfBlob(keyBlob: Uint8Array): string {
  const bytes = Buffer.from(keyBlob.buffer, keyBlob.byteOffset, keyBlob.byteLength);
  if (bytes.length < 4) return 'unknown';
  const length = bytes.readUInt32BE(0);
  if (length === 0 || length > 64 || bytes.length < 4 + length) return 'unknown';
  return bytes.subarray(4, 4 + length).toString('latin1');
}
