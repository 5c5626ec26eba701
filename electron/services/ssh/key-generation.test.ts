import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describePrivateKey, fingerprintOfLine, generateOperatorKey } from './key-generation.js';

// ssh-keygen is the reference: our files must be what OpenSSH itself reads and prints.
const keygen = ['/usr/bin/ssh-keygen', '/bin/ssh-keygen'].find((file) => existsSync(file));

describe.skipIf(keygen === undefined)('generateOperatorKey (checked with ssh-keygen)', () => {
  let folder: string;
  beforeEach(async () => {
    folder = path.join(await mkdtemp(path.join(tmpdir(), 'wnw-keygen-')), 'ssh');
  });
  afterEach(() => rm(path.dirname(folder), { recursive: true, force: true }));

  it('writes an ed25519 pair OpenSSH accepts, private key 0600, with a matching fingerprint', async () => {
    const key = await generateOperatorKey({ folder, comment: 'operator@wizard' });
    expect(key.authorizedKeysLine).toMatch(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5[A-Za-z0-9+/=]+ operator@wizard$/);
    expect((await stat(key.privateKeyPath)).mode & 0o777).toBe(0o600);
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
    expect((await readFile(key.publicKeyPath, 'utf8')).trim()).toBe(key.authorizedKeysLine);
    // -y derives the public key from the private file: proves the private key parses and belongs to the pair
    const derived = execFileSync(keygen!, ['-y', '-P', '', '-f', key.privateKeyPath], { encoding: 'utf8' });
    expect(derived.split(' ').slice(0, 2)).toEqual(key.authorizedKeysLine.split(' ').slice(0, 2));
    const printed = execFileSync(keygen!, ['-lf', key.publicKeyPath], { encoding: 'utf8' });
    expect(printed).toContain(` ${key.fingerprint} `);
    expect(fingerprintOfLine(key.authorizedKeysLine)).toBe(key.fingerprint);
  });

  it('encrypts the private key when a passphrase is given', async () => {
    const key = await generateOperatorKey({ folder, passphrase: 'correct horse' });
    const unlock = (passphrase: string) => execFileSync(keygen!, ['-y', '-P', passphrase, '-f', key.privateKeyPath], { encoding: 'utf8', stdio: 'pipe' });
    expect(() => unlock('')).toThrow();
    expect(() => unlock('wrong')).toThrow();
    expect(unlock('correct horse').split(' ')[1]).toBe(key.authorizedKeysLine.split(' ')[1]);
    expect(await readFile(key.privateKeyPath, 'utf8')).not.toContain('correct horse');
  });

  it('describes an existing key, and says which passphrase problem it has', async () => {
    const key = await generateOperatorKey({ folder, passphrase: 'pw-1234', comment: 'me' });
    expect(await describePrivateKey(key.privateKeyPath, 'pw-1234')).toEqual({ authorizedKeysLine: key.authorizedKeysLine, fingerprint: key.fingerprint });
    await expect(describePrivateKey(key.privateKeyPath)).rejects.toMatchObject({ code: 'PASSPHRASE_REQUIRED' });
    await expect(describePrivateKey(key.privateKeyPath, 'nope')).rejects.toMatchObject({ code: 'PASSPHRASE_WRONG' });
    await expect(describePrivateKey(key.publicKeyPath)).rejects.toMatchObject({ code: 'KEY_UNREADABLE' });
    await expect(describePrivateKey(path.join(folder, 'missing'))).rejects.toMatchObject({ code: 'KEY_UNREADABLE' });
  });

  it('every generated key reads back (ssh2 alone writes an unreadable ed25519 key about once in 300)', async () => {
    for (let index = 0; index < 400; index++) {
      const key = await generateOperatorKey({ folder: path.join(path.dirname(folder), `many-${index}`) });
      await expect(describePrivateKey(key.privateKeyPath)).resolves.toMatchObject({ authorizedKeysLine: key.authorizedKeysLine });
    }
  }, 60_000);

  it('never overwrites an existing key unless asked', async () => {
    const first = await generateOperatorKey({ folder });
    await expect(generateOperatorKey({ folder })).rejects.toMatchObject({ code: 'KEY_EXISTS' });
    const second = await generateOperatorKey({ folder, overwrite: true });
    expect(second.fingerprint).not.toBe(first.fingerprint);
  });

  it('refuses a comment that would add a second authorized_keys line, and a path as name', async () => {
    await expect(generateOperatorKey({ folder, comment: 'me\nssh-ed25519 AAAA evil' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(generateOperatorKey({ folder, name: '../id' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});
