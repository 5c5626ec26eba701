import { Client, type ClientChannel, type VerifyCallback } from 'ssh2';
import { keyTypeOfBlob, sshFingerprint } from './fingerprint.js';
import type { KnownHostsStore } from './known-hosts.js';
import { RemoteKiller } from './remote-kill.js';
import { authMethods, profileSecrets, type SshConnectionProfile } from './ssh-auth.js';
import { connectError, hostKeyChanged, hostKeyUnknown, scrubSecrets, SshError, where } from './ssh-errors.js';

export interface SshConnectionOptions {
  /** Handshake and authentication must finish within this. Default 20 s. */
  readyTimeoutMs?: number;
  /** SSH keepalives find a silently dead link (no FIN, no RST) within interval × countMax. Default 15 s × 3. */
  keepaliveIntervalMs?: number;
  keepaliveCountMax?: number;
  /** Concurrent channels; OpenSSH's default MaxSessions is 10 and it refuses, not queues, the 11th. Default 8. */
  maxChannels?: number;
}

/** One authenticated ssh2 client; `lost` turns true the moment its socket ends, so nothing is sent on it again. */
export interface Live {
  client: Client;
  lost: boolean;
  killer: RemoteKiller;
}

/**
 * Opens and authenticates one SSH connection, but only to a host whose key the known-hosts store trusts. The
 * check runs inside the key exchange; ssh2 starts authentication (user name, password, key signature) only
 * after the verifier says yes. `onLost` is called when an established connection drops.
 */
export async function dialSsh(
  profile: SshConnectionProfile,
  knownHosts: KnownHostsStore,
  options: SshConnectionOptions,
  onLost: (live: Live) => void,
): Promise<Live> {
  const { host, port, username } = profile;
  const timeoutMs = options.readyTimeoutMs ?? 20_000;
  const authHandler = await authMethods(profile);
  return new Promise<Live>((resolve, reject) => {
    const client = new Client();
    // kill commands bypass the channel semaphore (the killer keeps to one channel), or a full connection
    // could never stop the commands that fill it
    const killer = new RemoteKiller((command) => (live.lost ? Promise.reject(new Error('Not connected')) : execOn(client, command)));
    const live: Live = { client, lost: false, killer };
    let verdict: SshError | undefined;
    let ready = false;
    const fail = (error: unknown) => {
      if (ready || live.lost) return;
      live.lost = true;
      client.destroy();
      const typed = verdict ?? connectError(error, { host, port }, timeoutMs);
      reject(new SshError(typed.code, scrubSecrets(typed.message, profileSecrets(profile)), typed.hostKey));
    };
    const markLost = () => {
      if (!ready) return fail(new SshError('HANDSHAKE_FAILED', `${where({ host, port })} closed the connection during the handshake.`));
      live.lost = true;
      onLost(live);
    };
    client.on('ready', () => {
      ready = true;
      resolve(live);
    });
    // after 'ready' an error is always followed by 'close', which marks the connection lost
    client.on('error', fail);
    client.on('end', markLost);
    client.on('close', markLost);
    // ssh2 calls this inside the key exchange; authentication, and so any credential, only follows a `true`
    const hostVerifier = (blob: Buffer, verify: VerifyCallback): void => {
      const presented = { host, port, keyType: keyTypeOfBlob(blob), fingerprint: sshFingerprint(blob) };
      knownHosts.check(host, port, presented.fingerprint).then(
        (result) => {
          if (result.status === 'unknown') verdict = hostKeyUnknown(presented);
          if (result.status === 'changed') {
            verdict = hostKeyChanged({ ...presented, knownKeyType: result.knownKeyType, knownFingerprint: result.knownFingerprint });
          }
          verify(result.status === 'trusted');
        },
        (error: unknown) => {
          verdict = error instanceof SshError ? error : new SshError('KNOWN_HOSTS_CORRUPT', String(error));
          verify(false);
        },
      );
    };
    try {
      client.connect({
        host,
        port,
        username,
        readyTimeout: timeoutMs,
        keepaliveInterval: options.keepaliveIntervalMs ?? 15_000,
        keepaliveCountMax: options.keepaliveCountMax ?? 3,
        authHandler,
        hostVerifier,
      });
    } catch (error) {
      fail(error);
    }
  });
}

export function execOn(client: Client, command: string): Promise<ClientChannel> {
  return new Promise((resolve, reject) => {
    try {
      client.exec(command, (error, channel) => (error ? reject(error) : resolve(channel)));
    } catch (error) {
      reject(error);
    }
  });
}
