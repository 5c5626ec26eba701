import { access } from 'node:fs/promises';
import path from 'node:path';
import ssh2 from 'ssh2';

// ssh2 is CommonJS and Node's ESM loader cannot see `utils` as a named export; take it from the default.
const { utils } = ssh2;
import { writeFileAtomic } from '../files/atomic-file.js';
import { sshFingerprint } from './fingerprint.js';
import { loadPrivateKey } from './ssh-auth.js';
import { SshError } from './ssh-errors.js';

export interface GenerateKeyOptions {
  /** Folder for the pair, e.g. `<userData>/ssh`; created (0700) if missing. */
  folder: string;
  /** File name of the private key; the public key gets `.pub` appended. Default `id_ed25519`. */
  name?: string;
  /** Ends the authorized_keys line, to tell the key apart on the control plane. */
  comment?: string;
  /** Encrypts the private key (aes256-ctr with bcrypt-pbkdf, as ssh-keygen does) when given. */
  passphrase?: string;
  /** Replace an existing pair; off by default, because that would lock the operator out of hosts that trust it. */
  overwrite?: boolean;
}

export interface GeneratedKey {
  privateKeyPath: string;
  publicKeyPath: string;
  /** One line to append to the control plane's `~/.ssh/authorized_keys`. */
  authorizedKeysLine: string;
  /** As `ssh-keygen -lf` prints it. */
  fingerprint: string;
}

/** An ed25519 key pair for the operator, in OpenSSH's own formats, ready for `authorized_keys`. */
export async function generateOperatorKey(options: GenerateKeyOptions): Promise<GeneratedKey> {
  const name = options.name ?? 'id_ed25519';
  if (name !== path.basename(name) || name.startsWith('.')) throw new SshError('INVALID_ARGUMENT', `Not a plain file name: ${name}`);
  const comment = options.comment ?? 'windows-node-wizard';
  // authorized_keys is line-based: a newline in the comment would let it add a second, unintended entry
  if ([...comment].some((char) => char < ' ' || char === '\x7f')) throw new SshError('INVALID_ARGUMENT', 'The key comment must be a single line of printable text.');
  const privateKeyPath = path.join(options.folder, name);
  const publicKeyPath = `${privateKeyPath}.pub`;
  if (!options.overwrite && ((await exists(privateKeyPath)) || (await exists(publicKeyPath)))) {
    throw new SshError('KEY_EXISTS', `A key already exists at ${privateKeyPath}; use it, or choose another name.`);
  }

  const encryption = options.passphrase ? { passphrase: options.passphrase, cipher: 'aes256-ctr', rounds: 16 } : {};
  const pair = readableKeyPair(comment, encryption, options.passphrase);
  const authorizedKeysLine = pair.public.trim();
  await writeFileAtomic(privateKeyPath, pair.private);
  await writeFileAtomic(publicKeyPath, `${authorizedKeysLine}\n`);
  return { privateKeyPath, publicKeyPath, authorizedKeysLine, fingerprint: fingerprintOfLine(authorizedKeysLine) };
}

/**
 * ssh2's generator now and then (about 1 in 300 here) writes an ed25519 key that its own parser rejects as
 * "Malformed OpenSSH private key"; such a key would fail at the first connection. Each pair is read back before it
 * is used, and a rejected one is simply generated again.
 */
function readableKeyPair(comment: string, encryption: object, passphrase: string | undefined): { private: string; public: string } {
  for (let attempt = 1; ; attempt++) {
    const pair = utils.generateKeyPairSync('ed25519', { comment, ...encryption });
    if (!(utils.parseKey(pair.private, passphrase) instanceof Error)) return pair;
    if (attempt === 10) throw new SshError('KEY_UNREADABLE', 'Could not generate a key that ssh2 can read back; try again.');
  }
}

/** The authorized_keys line and fingerprint of a key the operator already has (OpenSSH or PEM private key). */
export async function describePrivateKey(privateKeyPath: string, passphrase?: string): Promise<{ authorizedKeysLine: string; fingerprint: string }> {
  const key = await loadPrivateKey(privateKeyPath, passphrase);
  const blob = key.getPublicSSH();
  const authorizedKeysLine = [key.type, blob.toString('base64'), key.comment].filter(Boolean).join(' ');
  return { authorizedKeysLine, fingerprint: sshFingerprint(blob) };
}

/** The fingerprint of an OpenSSH public key line (`type base64 [comment]`). */
export function fingerprintOfLine(line: string): string {
  const blob = line.trim().split(/\s+/)[1];
  if (blob === undefined) throw new SshError('INVALID_ARGUMENT', 'Not an OpenSSH public key line.');
  return sshFingerprint(Buffer.from(blob, 'base64'));
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
