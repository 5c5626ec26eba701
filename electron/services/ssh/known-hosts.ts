import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomic-file.js';
import { hostKeyChanged, SshError, where } from './ssh-errors.js';

/** SHA-256 in unpadded base64 is always 43 characters; anything else is not a fingerprint we produced. */
const fingerprintPattern = /^SHA256:[A-Za-z0-9+/]{43}$/;

const entrySchema = z.object({
  keyType: z.string().min(1),
  fingerprint: z.string().regex(fingerprintPattern),
  addedAt: z.string(),
});
const fileSchema = z.object({ version: z.literal(1), hosts: z.record(z.string(), entrySchema) });

export type KnownHostEntry = z.infer<typeof entrySchema>;
type KnownHostsFile = z.infer<typeof fileSchema>;

export type HostKeyCheck =
  | { status: 'trusted' }
  | { status: 'unknown' }
  | { status: 'changed'; knownKeyType: string; knownFingerprint: string };

/**
 * The app's own known-hosts list, a JSON file in the user's data folder (kept apart from ~/.ssh/known_hosts so
 * the app never edits the operator's OpenSSH files). One key per `host:port`, like OpenSSH's first match.
 */
export class KnownHostsStore {
  readonly file: string;
  // Mutations run one after another, so two trusts at once cannot both read the old file and lose one write.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(folder: string, fileName = 'known-hosts.json') {
    this.file = path.join(folder, fileName);
  }

  async check(host: string, port: number, fingerprint: string): Promise<HostKeyCheck> {
    const entry = (await this.read()).hosts[hostKey(host, port)];
    if (entry === undefined) return { status: 'unknown' };
    if (entry.fingerprint === fingerprint) return { status: 'trusted' };
    return { status: 'changed', knownKeyType: entry.keyType, knownFingerprint: entry.fingerprint };
  }

  /**
   * Records the operator's decision to trust a key. Refuses to replace a different trusted key: a changed key
   * must be forgotten first, as a separate deliberate step, so no dialog can click past the warning.
   */
  trust(host: string, port: number, keyType: string, fingerprint: string): Promise<void> {
    if (!fingerprintPattern.test(fingerprint)) {
      return Promise.reject(new SshError('INVALID_ARGUMENT', `Not an SSH SHA256 fingerprint: ${fingerprint}`));
    }
    return this.mutate((data) => {
      const key = hostKey(host, port);
      const known = data.hosts[key];
      if (known?.fingerprint === fingerprint) return false;
      if (known !== undefined) {
        const details = { host, port, keyType, fingerprint, knownKeyType: known.keyType, knownFingerprint: known.fingerprint };
        throw hostKeyChanged(details);
      }
      data.hosts[key] = { keyType, fingerprint, addedAt: new Date().toISOString() };
      return true;
    });
  }

  /** Removes the entry; returns whether there was one. */
  async forget(host: string, port: number): Promise<boolean> {
    let removed = false;
    await this.mutate((data) => {
      const key = hostKey(host, port);
      removed = key in data.hosts;
      delete data.hosts[key];
      return removed;
    });
    return removed;
  }

  async entries(): Promise<Array<KnownHostEntry & { host: string }>> {
    return Object.entries((await this.read()).hosts).map(([host, entry]) => ({ host, ...entry }));
  }

  private mutate(change: (data: KnownHostsFile) => boolean): Promise<void> {
    const next = this.queue.then(async () => {
      const data = await this.read();
      if (change(data)) await writeFileAtomic(this.file, `${JSON.stringify(data, null, 2)}\n`);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** A missing file is an empty list; an unreadable one is an error, never "empty": that would turn "changed" into "unknown". */
  private async read(): Promise<KnownHostsFile> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, hosts: {} };
      throw new SshError('KNOWN_HOSTS_CORRUPT', `Cannot read the known hosts file ${this.file}: ${(error as Error).message}`);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    const parsed = fileSchema.safeParse(json);
    if (!parsed.success) {
      throw new SshError('KNOWN_HOSTS_CORRUPT', `The known hosts file ${this.file} is damaged; fix or remove it, then trust the hosts again.`);
    }
    return parsed.data;
  }
}

/** Host names are case-insensitive; the port is part of the identity, as in OpenSSH's `[host]:port` entries. */
function hostKey(host: string, port: number): string {
  return where({ host: host.trim().toLowerCase(), port });
}
