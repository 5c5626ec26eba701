import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Handlers } from '../../shared/ipc/contract-types.js';
import { WizardError } from '../../shared/ipc/envelope.js';
import { scanHostKey } from '../services/ssh/host-key-scan.js';
import { fingerprintOfLine, generateOperatorKey } from '../services/ssh/key-generation.js';
import type { KnownHostsStore } from '../services/ssh/known-hosts.js';
import { SshError } from '../services/ssh/ssh-errors.js';
import type { SshConnectionPool } from '../services/ssh/ssh-pool.js';
import type { CallerContext } from './handlers.js';

type SshHandlers = Pick<Handlers<CallerContext>, 'ssh.scanHostKey' | 'ssh.trustHostKey' | 'ssh.forgetHostKey' | 'ssh.generateKey'>;

/** SSH failures reach the wizard as typed errors; a changed host key keeps its own code so the UI can warn loudly. */
async function asWizardErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof SshError)) throw error;
    throw new WizardError(error.code === 'HOST_KEY_CHANGED' ? 'HOST_KEY_CHANGED' : 'SSH_FAILED', error.message);
  }
}

export function createSshHandlers(deps: { userDataDir: string; knownHosts: KnownHostsStore; pool: SshConnectionPool }): SshHandlers {
  return {
    'ssh.scanHostKey': ({ host, port }) =>
      asWizardErrors(async () => {
        const scanned = await scanHostKey({ host, port });
        const check = await deps.knownHosts.check(host, port, scanned.fingerprint);
        return {
          ...scanned,
          status: check.status,
          ...(check.status === 'changed' ? { knownFingerprint: check.knownFingerprint } : {}),
        };
      }),
    'ssh.trustHostKey': ({ host, port, keyType, fingerprint }) =>
      asWizardErrors(async () => {
        await deps.knownHosts.trust(host, port, keyType, fingerprint);
        return { trusted: true as const };
      }),
    'ssh.forgetHostKey': ({ host, port }) =>
      asWizardErrors(async () => {
        const forgotten = await deps.knownHosts.forget(host, port);
        // Any open connection was verified against the forgotten key; drop it so the next one checks again.
        await deps.pool.closeHost(host, port);
        return { forgotten };
      }),
    'ssh.generateKey': ({ passphrase }) => asWizardErrors(() => operatorKey(join(deps.userDataDir, 'ssh'), passphrase)),
  };
}

/**
 * The operator's key: made on first use, and on later calls the same key again (never a silent replacement,
 * which would lock the operator out of every host that trusts the old one).
 */
async function operatorKey(folder: string, passphrase: string | undefined) {
  try {
    return await generateOperatorKey({ folder, comment: 'windows-node-wizard', ...(passphrase ? { passphrase } : {}) });
  } catch (error) {
    if (!(error instanceof SshError) || error.code !== 'KEY_EXISTS') throw error;
    const privateKeyPath = join(folder, 'id_ed25519');
    const publicKeyPath = `${privateKeyPath}.pub`;
    const authorizedKeysLine = (await readFile(publicKeyPath, 'utf8')).trim();
    return { privateKeyPath, publicKeyPath, authorizedKeysLine, fingerprint: fingerprintOfLine(authorizedKeysLine) };
  }
}
