import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installSimulatedControlPlane, type SimulatedControlPlane } from '../../../../e2e/fixtures/control-plane-simulation/index.js';
import { sshServerAvailable, startSshServer, type SshServer } from '../../../../e2e/fixtures/ssh-server.js';
import type { JobRequest } from '../../../../shared/jobs/job-types.js';
import { freshKnownHosts } from '../../ssh/testing/sshd-sessions.js';
import { SshConnectionPool } from '../../ssh/ssh-pool.js';
import { JobRunner } from '../job-runner.js';
import { verifyNode, type VerifyNodeRequest } from './verify-node.js';

let server: SshServer;
let pool: SshConnectionPool;
beforeAll(async () => {
  server = await startSshServer();
});
afterAll(async () => {
  await pool?.closeAll();
  await server?.stop();
});

async function runnerFor(pollIntervalMs: number): Promise<JobRunner> {
  pool = new SshConnectionPool(await freshKnownHosts(server.dir, server));
  const definitions = { verifyNode: verifyNode({ pool, pollIntervalMs }) };
  return new JobRunner({ logDir: await mkdtemp(join(server.dir, 'jobs-')), definitions, emit: () => {} });
}

function request(nodeName: string, timeoutSeconds?: number): JobRequest {
  const verify: VerifyNodeRequest = {
    kind: 'verifyNode',
    connection: { host: server.host, port: server.port, username: server.username, auth: { type: 'key', privateKeyPath: server.clientPrivateKeyPath } },
    nodeName,
    ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }),
  };
  return verify;
}

async function nodePolls(sim: SimulatedControlPlane): Promise<number> {
  return (await sim.readState()).commands.filter((command) => command.program === 'kubectl' && command.args.join(' ') === 'get nodes -o json').length;
}

describe.skipIf(!sshServerAvailable())('verify node over real SSH against a SIMULATED control plane', () => {
  it('waits while the Windows node is NotReady, then reports its OS, kubelet version and internal IP', async () => {
    const sim = await installSimulatedControlPlane(server, {
      kubernetesVersion: 'v1.16.2',
      nodes: [{ name: 'k8s-master' }, { name: 'win-h2a5c8d1f3g', os: 'windows', ready: false, internalIP: '10.0.0.6' }],
    });
    const runner = await runnerFor(200);
    // Upper case, as Windows prints its own host name; Kubernetes registered it lower case.
    const id = runner.start(request('WIN-H2A5C8D1F3G', 60));

    const deadline = Date.now() + 20_000;
    while ((await nodePolls(sim)) < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    await sim.setNodeReady('win-h2a5c8d1f3g', true);

    const summary = await runner.whenDone(id);
    expect(summary).toMatchObject({ state: 'succeeded' });
    expect(summary?.steps.map((step) => step.state)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    const log = readFileSync(summary!.logFile, 'utf8');
    expect(log).toMatch(/node WIN-H2A5C8D1F3G: NotReady \(KubeletNotReady: runtime network not ready.*\) — \d+ s of 60 s/);
    expect(log).toMatch(/node WIN-H2A5C8D1F3G: Ready — \d+ s of 60 s/);
    expect(log).toContain('OS: windows (Windows Server 2019 Datacenter');
    expect(log).toContain('Kubelet: v1.16.2');
    expect(log).toContain('Internal IP: 10.0.0.6');
    expect(await nodePolls(sim)).toBeGreaterThanOrEqual(4);
  }, 40_000);

  it('fails at the wait step, naming what it saw and the fix, when the node never registers', async () => {
    await installSimulatedControlPlane(server, { nodes: [{ name: 'k8s-master' }] });
    const runner = await runnerFor(500);
    const id = runner.start(request('win-never-joined', 5));
    const summary = await runner.whenDone(id);
    expect(summary).toMatchObject({ state: 'failed', message: expect.stringContaining('did not register with the control plane within 5 s') });
    expect(summary?.message).toContain('kubectl describe node win-never-joined');
    expect(summary?.steps.map((step) => step.state)).toEqual(['succeeded', 'failed', 'skipped']);
    expect(readFileSync(summary!.logFile, 'utf8')).toMatch(/node win-never-joined: not registered yet — \d+ s of 5 s/);
  }, 40_000);
});
