/**
 * Seals secrets (kubeadm tokens, CA hashes) before they are written to disk, and opens them when read.
 * Each sealed string names its scheme, so a plan written by the desktop app and one written by the web
 * host can both be recognised, and an unknown one fails loudly instead of being shown as garbage.
 */
export interface SecretBox {
  readonly scheme: string;
  seal(plain: string): string;
  open(sealed: string): string;
}

export class SecretBoxError extends Error {
  override readonly name = 'SecretBoxError';
}

export function schemeOf(sealed: string): string {
  return sealed.slice(0, sealed.indexOf(':'));
}
