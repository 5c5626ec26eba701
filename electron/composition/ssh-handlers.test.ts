import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnownHostsStore } from '../services/ssh/known-hosts.js';
import { SshConnectionPool } from '../services/ssh/ssh-pool.js';
import { createSshHandlers } from './ssh-handlers.js';

const caller = { transport: 'web' as const, connectionId: 'test' };

describe('SSH handlers', () => {
  it('generates the operator key once and hands back the same key afterwards', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'wnw-ssh-'));
    const knownHosts = new KnownHostsStore(userDataDir);
    const handlers = createSshHandlers({ userDataDir, knownHosts, pool: new SshConnectionPool(knownHosts) });
    const first = await handlers['ssh.generateKey']({}, caller);
    expect(first.authorizedKeysLine).toMatch(/^ssh-ed25519 AAAA\S+ windows-node-wizard$/);
    expect(first.fingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    const privateKey = readFileSync(first.privateKeyPath, 'utf8');
    expect(await handlers['ssh.generateKey']({}, caller)).toEqual(first);
    expect(readFileSync(first.privateKeyPath, 'utf8')).toBe(privateKey);
  });

  it('refuses to trust over a different stored key, with its own error code', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'wnw-ssh-'));
    const knownHosts = new KnownHostsStore(userDataDir);
    const handlers = createSshHandlers({ userDataDir, knownHosts, pool: new SshConnectionPool(knownHosts) });
    const key = (fill: string) => ({ host: 'cp.example', port: 22, keyType: 'ssh-ed25519', fingerprint: `SHA256:${fill.repeat(43)}` });
    await handlers['ssh.trustHostKey'](key('a'), caller);
    await expect(handlers['ssh.trustHostKey'](key('b'), caller)).rejects.toMatchObject({ code: 'HOST_KEY_CHANGED' });
    expect(await handlers['ssh.forgetHostKey']({ host: 'cp.example', port: 22 }, caller)).toEqual({ forgotten: true });
    await expect(handlers['ssh.trustHostKey'](key('b'), caller)).resolves.toEqual({ trusted: true });
  });
});
