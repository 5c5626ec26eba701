import { Client } from 'ssh2';
import { keyTypeOfBlob, sshFingerprint } from './fingerprint.js';
import { connectError, SshError } from './ssh-errors.js';

export interface ScannedHostKey {
  host: string;
  port: number;
  /** Type named in the key blob, e.g. `ssh-ed25519`. */
  keyType: string;
  /** As `ssh-keygen -lf` prints it. */
  fingerprint: string;
}

export interface ScanOptions {
  host: string;
  port: number;
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Asks a server for its host key and hangs up, so the operator can decide whether to trust it. The verifier
 * refuses the key, which ends the handshake before authentication starts: no user name, password or key
 * signature ever leaves this machine during a scan.
 */
export function scanHostKey(options: ScanOptions): Promise<ScannedHostKey> {
  const { host, port } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolve, reject) => {
    const client = new Client();
    let scanned: ScannedHostKey | undefined;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      client.removeAllListeners();
      // an 'error' after we are done (a late socket reset) must not become an uncaught exception
      client.on('error', () => undefined);
      client.destroy();
      if (scanned) resolve(scanned);
      else reject(connectError(error, { host, port }, timeoutMs));
    };
    // ssh2's readyTimeout covers the handshake; this one also bounds DNS and TCP connect on every platform.
    const timer = setTimeout(() => finish(Object.assign(new Error('timeout'), { level: 'client-timeout' })), timeoutMs);
    client.on('error', (error) => finish(error));
    client.on('close', () => finish(new SshError('HANDSHAKE_FAILED', `${host}:${port} closed the connection before showing a host key.`)));
    try {
      client.connect({
        host,
        port,
        // required by ssh2's config check; never sent, because the handshake stops at the host key
        username: 'host-key-scan',
        readyTimeout: timeoutMs,
        hostVerifier: (key: Buffer): boolean => {
          scanned = { host, port, keyType: keyTypeOfBlob(key), fingerprint: sshFingerprint(key) };
          // resolve now rather than on the ensuing "Host denied" error, which is our own doing
          queueMicrotask(() => finish());
          return false;
        },
      });
    } catch (error) {
      finish(error);
    }
  });
}
