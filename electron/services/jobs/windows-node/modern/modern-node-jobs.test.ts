import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installSimulatedControlPlane, type SimulatedControlPlane } from '../../../../../e2e/fixtures/control-plane-simulation/index.js';
import { createSimulatedWindows, type SimulatedWindows } from '../../../../../e2e/fixtures/powershell-simulation/index.js';
import { sshServerAvailable, startSshServer, type SshServer } from '../../../../../e2e/fixtures/ssh-server.js';
import type { JobRequest, JobSummary } from '../../../../../shared/jobs/job-types.js';
import { freshKnownHosts } from '../../../ssh/testing/sshd-sessions.js';
import { SshConnectionPool } from '../../../ssh/ssh-pool.js';
import { NodeProgressStore } from '../../../windows-node/node-progress-store.js';
import { JobRunner } from '../../job-runner.js';
import { modernNodeJob } from './modern-node-jobs.js';

/**
 * The modern method on "this machine": a SIMULATED powershell.exe running SIMULATED Install-Containerd.ps1,
 * PrepareNode.ps1 and kubeadm (real child processes), linked to a SIMULATED control plane behind a real sshd.
 */
describe.skipIf(!sshServerAvailable())('containerd + kubeadm join on this machine (SIMULATED Windows and control plane)', () => {
  let dir: string;
  let server: SshServer;
  let sim: SimulatedControlPlane;
  let windows: SimulatedWindows;
  let runner: JobRunner;
  let pool: SshConnectionPool;
  let progress: NodeProgressStore;
  const node = () => ({ target: { type: 'local' as const }, workDir: join(dir, 'k') });
  let token = '';
  let caHash = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wnw-modern-'));
    server = await startSshServer();
    sim = await installSimulatedControlPlane(server, { kubernetesVersion: 'v1.24.17', nodes: [{ name: 'k8s-master' }] });
    windows = await createSimulatedWindows(join(dir, 'windows'), { hostname: 'win-modern-1', containersNeedsRestart: true, controlPlaneStateDir: sim.stateDir });
    pool = new SshConnectionPool(await freshKnownHosts(server.dir, server));
    progress = new NodeProgressStore(join(dir, 'data'));
    const deps = { pool, powershell: windows.launcher, progress };
    runner = new JobRunner({
      logDir: join(dir, 'data', 'jobs'),
      emit: () => undefined,
      definitions: { modernNodeInstall: modernNodeJob('modernNodeInstall', deps), modernNodeJoin: modernNodeJob('modernNodeJoin', deps), modernNodeReset: modernNodeJob('modernNodeReset', deps) },
    });
  }, 60_000);
  afterAll(async () => {
    await pool?.closeAll();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function run(request: JobRequest): Promise<JobSummary> {
    const summary = await runner.whenDone(runner.start(request));
    if (!summary) throw new Error('no summary');
    return summary;
  }
  const stepStates = (summary: JobSummary) => Object.fromEntries(summary.steps.map((step) => [step.name, step.state]));

  it('install: Install-Containerd.ps1 asks for a restart first; run again, it installs containerd and PrepareNode.ps1', async () => {
    const request: JobRequest = { kind: 'modernNodeInstall', node: node(), source: 'download', containerdVersion: '1.7.1', kubernetesVersion: 'v1.24.17' };
    const first = await run(request);
    expect(first.state, first.message).toBe('succeeded');
    expect(stepStates(first)).toMatchObject({ 'Download the pinned scripts': 'succeeded', 'Verify Install-Containerd.ps1 and PrepareNode.ps1': 'succeeded', 'Install containerd': 'succeeded', 'Prepare the node (PrepareNode.ps1)': 'pending' });
    expect(progress.get('local')).toMatchObject({ method: 'kubeadm', action: 'install', state: 'rebooting', verdict: { code: 'REBOOT_REQUIRED' } });

    const second = await run(request);
    expect(second.state, second.message).toBe('succeeded');
    expect(stepStates(second)['Prepare the node (PrepareNode.ps1)']).toBe('succeeded');
    expect(progress.get('local')).toMatchObject({ method: 'kubeadm', action: 'install', state: 'succeeded' });
  }, 90_000);

  it('join: an expired token fails with the fix; a fresh one joins, with the CRI socket below 1.25', async () => {
    const issued = await runRemoteToken();
    token = issued.token;
    caHash = issued.caHash;
    await windows.update({ modern: { join: { fail: 'expiredToken' } } });
    const failed = await run({ kind: 'modernNodeJoin', node: node(), apiServer: issued.apiServer, token, caHash, kubernetesVersion: 'v1.24.17' });
    expect(failed.state).toBe('failed');
    expect(failed.message).toMatch(/token/i);
    await windows.update({ modern: {} });
    const joined = await run({ kind: 'modernNodeJoin', node: node(), apiServer: issued.apiServer, token, caHash, kubernetesVersion: 'v1.24.17' });
    expect(joined.state, joined.message).toBe('succeeded');
    expect(joined.title).toMatch(/try 2\)$/);
    expect((await sim.readState()).nodes.map((entry) => entry.name)).toContain('win-modern-1');
    const joinRun = (await windows.readRuns()).filter((entry) => entry.kind === 'kubeadmJoinScript').at(-1);
    // 1.24 is below 1.25: the join named containerd's CRI socket (the SIMULATED kubeadm refuses it otherwise)
    expect(joinRun?.parameters).toMatchObject({ criSocket: true, apiServer: issued.apiServer });
  }, 90_000);

  it('never writes the token or the CA hash to a log', () => {
    for (const name of readdirSync(join(dir, 'data', 'jobs'))) {
      const text = readFileSync(join(dir, 'data', 'jobs', name), 'utf8');
      expect(text).not.toContain(token.split('.')[1]);
      expect(text).not.toContain(caHash.slice(7));
    }
  });

  it('reset: kubeadm reset and clean-up on the node, then the node deleted from the cluster over SSH', async () => {
    const summary = await run({
      kind: 'modernNodeReset',
      node: node(),
      confirmed: true,
      nodeName: 'win-modern-1',
      controlPlane: { host: server.host, port: server.port, username: server.username, auth: { type: 'key', privateKeyPath: server.clientPrivateKeyPath } },
    });
    expect(summary.state, summary.message).toBe('succeeded');
    expect(stepStates(summary)).toMatchObject({ 'Reset the node': 'succeeded', 'Remove the node from the cluster': 'succeeded' });
    expect((await sim.readState()).nodes.map((entry) => entry.name)).not.toContain('win-modern-1');
  }, 90_000);

  /** A fresh token the way the wizard gets one: kubeadm token create --print-join-command on the control plane. */
  async function runRemoteToken(): Promise<{ apiServer: string; token: string; caHash: string }> {
    const connection = pool.get({ host: server.host, port: server.port, username: server.username, auth: { type: 'key', privateKeyPath: server.clientPrivateKeyPath } });
    const lines: string[] = [];
    await connection.exec(['kubeadm', 'token', 'create', '--print-join-command'], { onLines: (_stream, batch) => lines.push(...batch) });
    const match = /kubeadm join (\S+) --token (\S+)\s+--discovery-token-ca-cert-hash (\S+)/.exec(lines.join(' '));
    if (!match) throw new Error(`no join command in ${lines.join('\n')}`);
    return { apiServer: match[1]!, token: match[2]!, caHash: match[3]! };
  }
});
