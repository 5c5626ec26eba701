import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnownHostsStore } from './known-hosts.js';

const keyA = `SHA256:${'A'.repeat(43)}`;
const keyB = `SHA256:${'B'.repeat(42)}c`;

describe('KnownHostsStore', () => {
  let folder: string;
  let store: KnownHostsStore;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'wnw-kh-'));
    store = new KnownHostsStore(path.join(folder, 'user-data'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('knows nothing at first, without creating a file', async () => {
    expect(await store.check('cp.example', 22, keyA)).toEqual({ status: 'unknown' });
    await expect(stat(store.file)).rejects.toThrow(/ENOENT/);
  });

  it('trusts per host and port, case-insensitively for names, in a 0600 file', async () => {
    await store.trust('CP.example', 22, 'ssh-ed25519', keyA);
    expect(await store.check('cp.example', 22, keyA)).toEqual({ status: 'trusted' });
    expect(await store.check('cp.example', 2222, keyA)).toEqual({ status: 'unknown' });
    expect((await stat(store.file)).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(await readFile(store.file, 'utf8'));
    expect(saved.hosts['cp.example:22']).toMatchObject({ keyType: 'ssh-ed25519', fingerprint: keyA });
    expect(Date.parse(saved.hosts['cp.example:22'].addedAt)).not.toBeNaN();
  });

  it('reports a changed key with the one it knew', async () => {
    await store.trust('10.0.0.1', 22, 'ssh-ed25519', keyA);
    expect(await store.check('10.0.0.1', 22, keyB)).toEqual({ status: 'changed', knownKeyType: 'ssh-ed25519', knownFingerprint: keyA });
  });

  it('refuses to overwrite a trusted key: it must be forgotten first', async () => {
    await store.trust('10.0.0.1', 22, 'ssh-ed25519', keyA);
    await store.trust('10.0.0.1', 22, 'ssh-ed25519', keyA); // same key again is fine
    await expect(store.trust('10.0.0.1', 22, 'ssh-rsa', keyB)).rejects.toMatchObject({ code: 'HOST_KEY_CHANGED' });
    expect(await store.forget('10.0.0.1', 22)).toBe(true);
    expect(await store.forget('10.0.0.1', 22)).toBe(false);
    await store.trust('10.0.0.1', 22, 'ssh-rsa', keyB);
    expect(await store.check('10.0.0.1', 22, keyB)).toEqual({ status: 'trusted' });
  });

  it('keeps IPv6 literals and ports apart', async () => {
    await store.trust('::1', 22, 'ssh-ed25519', keyA);
    expect((await store.entries()).map((e) => e.host)).toEqual(['[::1]:22']);
    expect(await store.check('::1', 2222, keyA)).toEqual({ status: 'unknown' });
  });

  it('refuses something that is not a fingerprint', async () => {
    await expect(store.trust('h', 22, 'ssh-ed25519', 'MD5:aa:bb')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('loses no entry when many hosts are trusted at once', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => store.trust(`node-${i}`, 22, 'ssh-ed25519', keyA)));
    expect(await store.entries()).toHaveLength(25);
  });

  it('treats a damaged file as an error, never as "no hosts known"', async () => {
    await store.trust('h', 22, 'ssh-ed25519', keyA);
    await writeFile(store.file, '{"version":1,"hosts":{"h:22":{"fingerprint":42}}}');
    await expect(store.check('h', 22, keyB)).rejects.toMatchObject({ code: 'KNOWN_HOSTS_CORRUPT' });
    await writeFile(store.file, 'not json');
    await expect(store.trust('x', 22, 'ssh-ed25519', keyA)).rejects.toMatchObject({ code: 'KNOWN_HOSTS_CORRUPT' });
  });
});
