import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installSimulatedControlPlane } from '../../../../e2e/fixtures/control-plane-simulation/index.js';
import { sshServerAvailable, startSshServer, type SshServer } from '../../../../e2e/fixtures/ssh-server.js';
import type { WizardEvent } from '../../../../shared/ipc/contract-types.js';
import { freshKnownHosts } from '../../ssh/testing/sshd-sessions.js';
import { SshConnectionPool } from '../../ssh/ssh-pool.js';
import { JobRunner } from '../job-runner.js';
import { fetchJoinCredentials } from './fetch-join-credentials.js';

let server: SshServer;
let pool: SshConnectionPool;
beforeAll(async () => {
  server = await startSshServer();
});
afterAll(async () => {
  await pool?.closeAll();
  await server?.stop();
});

describe.skipIf(!sshServerAvailable())('fetch join credentials over real SSH from a SIMULATED control plane', () => {
  it.each(['v1.16.0', 'v1.22.0'])('returns token, CA hash and address (kubeadm %s) and never logs the secrets', async (kubernetesVersion) => {
    const sim = await installSimulatedControlPlane(server, { kubernetesVersion, nodes: [{ name: 'k8s-master' }] });
    pool = new SshConnectionPool(await freshKnownHosts(server.dir, server));
    const logDir = await mkdtemp(join(server.dir, 'jobs-'));
    const events: WizardEvent[] = [];
    const runner = new JobRunner({ logDir, definitions: { fetchJoinCredentials: fetchJoinCredentials({ pool }) }, emit: (event) => events.push(event) });
    const id = runner.start({
      kind: 'fetchJoinCredentials',
      connection: { host: server.host, port: server.port, username: server.username, auth: { type: 'key', privateKeyPath: server.clientPrivateKeyPath } },
    });
    const summary = await runner.whenDone(id);
    expect(summary?.state).toBe('succeeded');

    const found = runner.result(id);
    if (found?.kind !== 'fetchJoinCredentials') throw new Error(`expected join credentials, got ${JSON.stringify(found)}`);
    const result = found;
    const issued = (await sim.readState()).tokens.at(-1)!;
    expect(result).toMatchObject({ kind: 'fetchJoinCredentials', token: `${issued.id}.${issued.secret}` });
    expect(result.caHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(result.apiServer).toMatch(/^[\d.]+:6443$/);
    expect(result.ipAddress).toBe(result.apiServer.split(':')[0]);

    // Not in any file the job wrote, nor in any event a window received.
    for (const name of readdirSync(logDir)) {
      const text = readFileSync(join(logDir, name), 'utf8');
      expect(text).not.toContain(result.token);
      expect(text).not.toContain(result.caHash.slice(7));
    }
    const streamed = JSON.stringify(events);
    expect(streamed).not.toContain(result.token);
    expect(streamed).not.toContain(result.caHash.slice(7));
    expect(readFileSync(summary!.logFile, 'utf8')).toMatch(/kubeadm join .*--token \[REDACTED/);
  }, 30_000);

  it('fails, naming the step, when kubeadm cannot create a token', async () => {
    const sim = await installSimulatedControlPlane(server, { nodes: [{ name: 'k8s-master' }] });
    await sim.setFailure({ match: 'kubeadm token create', exitCode: 1, stderr: 'failed to load admin kubeconfig: open /etc/kubernetes/admin.conf: permission denied' });
    pool = new SshConnectionPool(await freshKnownHosts(server.dir, server));
    const runner = new JobRunner({ logDir: await mkdtemp(join(server.dir, 'jobs-')), definitions: { fetchJoinCredentials: fetchJoinCredentials({ pool }) }, emit: () => {} });
    const id = runner.start({
      kind: 'fetchJoinCredentials',
      connection: { host: server.host, port: server.port, username: server.username, auth: { type: 'key', privateKeyPath: server.clientPrivateKeyPath } },
    });
    const summary = await runner.whenDone(id);
    expect(summary).toMatchObject({ state: 'failed', message: expect.stringContaining('permission denied') });
    expect(summary?.steps[1]).toEqual({ name: 'Create a join token', state: 'failed' });
    expect(runner.result(id)).toBeNull();
  }, 30_000);
});
