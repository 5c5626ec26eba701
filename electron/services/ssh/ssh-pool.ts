import type { KnownHostsStore } from './known-hosts.js';
import type { SshConnectionProfile } from './ssh-auth.js';
import { connectionKey, SshConnection, type SshConnectionOptions } from './ssh-connection.js';

/**
 * One connection per `user@host:port`, handed to every step of every job that needs that host, so a job's
 * ten commands ride one handshake (and one host-key check) instead of ten.
 */
export class SshConnectionPool {
  private readonly connections = new Map<string, SshConnection>();

  constructor(
    private readonly knownHosts: KnownHostsStore,
    private readonly options: SshConnectionOptions = {},
  ) {}

  /**
   * The shared connection for this profile (not yet connected: the first command connects). When the same
   * user@host:port comes with different credentials (a corrected password, another key), the old connection is
   * closed and replaced, so the new credentials are the ones used.
   */
  get(profile: SshConnectionProfile): SshConnection {
    const key = connectionKey(profile);
    const existing = this.connections.get(key);
    if (existing !== undefined && sameProfile(existing.profile, profile)) return existing;
    if (existing !== undefined) void existing.close();
    const connection = new SshConnection(profile, this.knownHosts, this.options);
    this.connections.set(key, connection);
    return connection;
  }

  /** Closes one host's connection, e.g. after its host key was forgotten. */
  async close(profile: Pick<SshConnectionProfile, 'username' | 'host' | 'port'>): Promise<void> {
    const key = connectionKey(profile);
    const connection = this.connections.get(key);
    this.connections.delete(key);
    await connection?.close();
  }

  /** Closes every user's connection to one host, e.g. after its host key was forgotten. */
  async closeHost(host: string, port: number): Promise<void> {
    const matching = [...this.connections.entries()].filter(([, connection]) => connection.profile.host === host && connection.profile.port === port);
    for (const [key] of matching) this.connections.delete(key);
    await Promise.all(matching.map(([, connection]) => connection.close()));
  }

  async closeAll(): Promise<void> {
    const all = [...this.connections.values()];
    this.connections.clear();
    await Promise.all(all.map((connection) => connection.close()));
  }
}

function sameProfile(a: SshConnectionProfile, b: SshConnectionProfile): boolean {
  // sorted keys, so the same credentials written in another order still count as the same
  const canonical = (auth: SshConnectionProfile['auth']) => JSON.stringify(auth, Object.keys(auth).sort());
  return canonical(a.auth) === canonical(b.auth);
}
