import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sshServerAvailable, startSshServer, type SshServer } from '../../../e2e/fixtures/ssh-server.js';
import { scanHostKey } from './host-key-scan.js';

/** A TCP listener that is not an SSH server: it stays silent, or answers like a web server. */
async function fakeServer(behaviour: 'silent' | 'http'): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    if (behaviour === 'http') socket.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    close: () => {
      sockets.forEach((socket) => socket.destroy());
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe('scanHostKey errors (no SSH server needed)', () => {
  it('says the port is closed', async () => {
    const closed = await fakeServer('silent');
    await closed.close();
    await expect(scanHostKey({ host: '127.0.0.1', port: closed.port })).rejects.toMatchObject({
      code: 'CONNECTION_REFUSED',
      message: expect.stringMatching(/is sshd running/),
    });
  });

  it('times out on a server that never speaks', async () => {
    const silent = await fakeServer('silent');
    try {
      const started = Date.now();
      await expect(scanHostKey({ host: '127.0.0.1', port: silent.port, timeoutMs: 500 })).rejects.toMatchObject({ code: 'TIMEOUT' });
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await silent.close();
    }
  });

  it('says when the port is not an SSH server', async () => {
    const http = await fakeServer('http');
    try {
      await expect(scanHostKey({ host: '127.0.0.1', port: http.port, timeoutMs: 3_000 })).rejects.toMatchObject({ code: 'HANDSHAKE_FAILED' });
    } finally {
      await http.close();
    }
  });

  it('says when the name does not resolve', async () => {
    // .invalid never resolves (RFC 6761); without DNS at all the lookup fails the same way
    await expect(scanHostKey({ host: 'control-plane.invalid', port: 22, timeoutMs: 10_000 })).rejects.toMatchObject({ code: 'HOST_NOT_FOUND' });
  });
});

describe.skipIf(!sshServerAvailable())('scanHostKey against a real OpenSSH server', () => {
  let server: SshServer;
  beforeAll(async () => {
    // DEBUG1 makes sshd log every authentication request, so we can prove none was made
    server = await startSshServer({ extraConfig: ['LogLevel DEBUG1'] });
  });
  afterAll(() => server?.stop());

  it('returns the fingerprint exactly as ssh-keygen -lf prints it, and never authenticates', async () => {
    const scanned = await scanHostKey({ host: server.host, port: server.port });
    expect(scanned).toEqual({ host: server.host, port: server.port, keyType: 'ssh-ed25519', fingerprint: server.hostKeyFingerprint });
    await expect.poll(() => server.logs()).toMatch(/Disconnected from|Connection (closed|reset) by/);
    expect(server.logs()).not.toMatch(/userauth-request|Accepted|Failed (none|password|publickey)/);
    expect(server.logs()).not.toContain('host-key-scan');
  });
});
