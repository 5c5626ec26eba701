import { execFileSync } from 'node:child_process';
import { appendFile, mkdtemp } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshServerAvailable, startSshServer, type SshServer } from '../../../e2e/fixtures/ssh-server.js';
import { scanHostKey } from './host-key-scan.js';
import { generateOperatorKey } from './key-generation.js';
import type { SshAuth } from './ssh-auth.js';
import { SshConnection } from './ssh-connection.js';
import { freshKnownHosts } from './testing/sshd-sessions.js';
import { sshAgentAvailable, startAgent } from './testing/ssh-agent.js';

const otherFingerprint = `SHA256:${'x'.repeat(43)}`;

/** Runs argv and returns its stdout lines and exit code. */
async function run(connection: SshConnection, argv: string[]) {
  const stdout: string[] = [];
  const result = await connection.exec(argv, { onLines: (stream, lines) => stream === 'stdout' && stdout.push(...lines) });
  return { stdout, exitCode: result.exitCode };
}

describe.skipIf(!sshServerAvailable())('SshConnection host key checks (real OpenSSH, LogLevel DEBUG1)', () => {
  let server: SshServer;
  beforeAll(async () => {
    // DEBUG1 logs every userauth-request, so "nothing was sent" can be checked on the server's side
    server = await startSshServer({ extraConfig: ['LogLevel DEBUG1'] });
  });
  afterAll(() => server?.stop());
  const profile = () => ({ host: server.host, port: server.port, username: server.username, auth: { type: 'key', privateKeyPath: server.clientPrivateKeyPath } as SshAuth });

  it('refuses an unknown host before authenticating, with the fingerprint for the operator to check', async () => {
    const store = await freshKnownHosts(server.dir);
    const from = server.logs().length;
    const error = await new SshConnection(profile(), store).exec(['true']).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'HOST_KEY_UNKNOWN',
      hostKey: { host: server.host, port: server.port, keyType: 'ssh-ed25519', fingerprint: server.hostKeyFingerprint },
      message: expect.stringContaining(server.hostKeyFingerprint),
    });
    await expect.poll(() => server.logs().slice(from)).toMatch(/Disconnected from|Connection (closed|reset) by/);
    expect(server.logs().slice(from)).not.toMatch(/userauth-request|Accepted|Failed/);
  });

  it('connects once the operator trusts the scanned key, and runs a command', async () => {
    const store = await freshKnownHosts(server.dir);
    const scanned = await scanHostKey({ host: server.host, port: server.port });
    await store.trust(server.host, server.port, scanned.keyType, scanned.fingerprint);
    const connection = new SshConnection(profile(), store);
    try {
      expect(await run(connection, ['echo', 'hello from', 'the control plane'])).toEqual({ stdout: ['hello from the control plane'], exitCode: 0 });
      expect(server.logs()).toMatch(/Accepted publickey for /); // the positive control for the checks above
    } finally {
      await connection.close();
    }
  });

  it('refuses a changed key with both fingerprints and a warning, and cannot be trusted past it', async () => {
    const store = await freshKnownHosts(server.dir);
    await store.trust(server.host, server.port, 'ssh-ed25519', otherFingerprint);
    const from = server.logs().length;
    const error = await new SshConnection(profile(), store).connect().catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'HOST_KEY_CHANGED',
      hostKey: { fingerprint: server.hostKeyFingerprint, knownFingerprint: otherFingerprint },
      message: expect.stringMatching(/WARNING.*CHANGED.*man-in-the-middle/s),
    });
    await expect(store.trust(server.host, server.port, 'ssh-ed25519', server.hostKeyFingerprint)).rejects.toMatchObject({ code: 'HOST_KEY_CHANGED' });
    await expect.poll(() => server.logs().slice(from)).toMatch(/Disconnected from|Connection (closed|reset) by/);
    expect(server.logs().slice(from)).not.toMatch(/userauth-request|Accepted|Failed/);
  });
});

describe.skipIf(!sshServerAvailable())('SshConnection authentication (real OpenSSH)', () => {
  let server: SshServer;
  beforeAll(async () => {
    server = await startSshServer();
  });
  afterAll(() => server?.stop());
  const connect = async (auth: SshAuth, username = server.username) =>
    new SshConnection({ host: server.host, port: server.port, username, auth }, await freshKnownHosts(server.dir, server));

  it('logs in with a private key file', async () => {
    const connection = await connect({ type: 'key', privateKeyPath: server.clientPrivateKeyPath });
    expect(await run(connection, ['whoami'])).toEqual({ stdout: [server.username], exitCode: 0 });
    await connection.close();
  });

  it('logs in with a passphrase-protected key made by the key generator', async () => {
    const key = await generateOperatorKey({ folder: await mkdtemp(path.join(server.dir, 'keys-')), passphrase: 's3cret pass' });
    await appendFile(path.join(server.dir, 'authorized_keys'), `${key.authorizedKeysLine}\n`);
    const connection = await connect({ type: 'key', privateKeyPath: key.privateKeyPath, passphrase: 's3cret pass' });
    expect(await run(connection, ['echo', 'ok'])).toEqual({ stdout: ['ok'], exitCode: 0 });
    await connection.close();
    await expect((await connect({ type: 'key', privateKeyPath: key.privateKeyPath })).connect()).rejects.toMatchObject({ code: 'PASSPHRASE_REQUIRED' });
    const wrong = await (await connect({ type: 'key', privateKeyPath: key.privateKeyPath, passphrase: 'guess' })).connect().catch((e: Error) => e);
    expect(wrong).toMatchObject({ code: 'PASSPHRASE_WRONG' });
    expect((wrong as Error).message).not.toContain('guess');
  });

  it('reports a key the server does not accept as an authentication failure', async () => {
    const key = await generateOperatorKey({ folder: await mkdtemp(path.join(server.dir, 'keys-')) });
    const connection = await connect({ type: 'key', privateKeyPath: key.privateKeyPath });
    await expect(connection.connect()).rejects.toMatchObject({ code: 'AUTH_FAILED' });
  });

  it.skipIf(!sshAgentAvailable())('logs in through a running ssh-agent, and says when there is none', async () => {
    const agent = await startAgent(await mkdtemp(path.join(server.dir, 'agent-')), server.clientPrivateKeyPath);
    try {
      const connection = await connect({ type: 'agent', agentSocket: agent.socket });
      expect(await run(connection, ['echo', 'via agent'])).toEqual({ stdout: ['via agent'], exitCode: 0 });
      await connection.close();
    } finally {
      await agent.stop();
    }
    const missing = await connect({ type: 'agent', agentSocket: path.join(server.dir, 'no-agent.sock') });
    await expect(missing.connect()).rejects.toMatchObject({ code: 'AGENT_UNAVAILABLE' });
  });
});

const isRoot = process.getuid?.() === 0;

// sshd with UsePAM no checks /etc/shadow, so a password login needs a real account: a throwaway one, root only.
describe.skipIf(!sshServerAvailable() || !isRoot)('SshConnection password authentication (needs root to add a throwaway user)', () => {
  const user = `wnwpw${process.pid}`;
  const password = `Pw-${Math.random().toString(36).slice(2)}-x`;
  let server: SshServer;
  beforeAll(async () => {
    execFileSync('useradd', ['-M', '-d', '/tmp', '-s', '/bin/sh', user]);
    execFileSync('chpasswd', { input: `${user}:${password}\n` });
    server = await startSshServer({ extraConfig: ['PasswordAuthentication yes'] });
  });
  afterAll(async () => {
    await server?.stop();
    execFileSync('userdel', [user], { stdio: 'ignore' });
  });
  const connect = async (secret: string) =>
    new SshConnection({ host: server.host, port: server.port, username: user, auth: { type: 'password', password: secret } }, await freshKnownHosts(server.dir, server));

  it('logs in with a password', async () => {
    const connection = await connect(password);
    expect(await run(connection, ['whoami'])).toEqual({ stdout: [user], exitCode: 0 });
    await connection.close();
  });

  it('refuses a wrong password without repeating it', async () => {
    const wrong = `${password}-wrong`;
    const error = await (await connect(wrong)).connect().catch((e: Error) => e);
    expect(error).toMatchObject({ code: 'AUTH_FAILED' });
    expect((error as Error).message).not.toContain(wrong);
  });
});
