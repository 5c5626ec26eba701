import { safeStorage } from 'electron';
import { schemeOf, SecretBoxError, type SecretBox } from '../services/secrets/secret-box.js';

const scheme = 'electron-safestorage';

/**
 * Seals with the OS keychain through Electron's safeStorage (DPAPI on Windows, Keychain on macOS, the
 * Secret Service on Linux) and opens either kind, so a plan saved earlier by the web host still loads.
 * Where no keychain is available, sealing falls back to the file-key box rather than writing clear text.
 */
export function createSafeStorageBox(fallback: SecretBox): SecretBox {
  const available = () => safeStorage.isEncryptionAvailable();
  return {
    get scheme() {
      return available() ? scheme : fallback.scheme;
    },
    seal(plain) {
      if (!available()) return fallback.seal(plain);
      return `${scheme}:${safeStorage.encryptString(plain).toString('base64')}`;
    },
    open(sealed) {
      if (schemeOf(sealed) !== scheme) return fallback.open(sealed);
      if (!available()) throw new SecretBoxError('The OS keychain is not available, so saved secrets cannot be read; enter them again.');
      return safeStorage.decryptString(Buffer.from(sealed.slice(scheme.length + 1), 'base64'));
    },
  };
}
