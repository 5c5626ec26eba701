import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installSimulatedWindows, type SimulatedWindows } from '../../../../e2e/fixtures/powershell-simulation/index.js';
import { sshServerAvailable, startSshServer, type SshServer } from '../../../../e2e/fixtures/ssh-server.js';
import type { JobRequest, JobState, JobSummary } from '../../../../shared/jobs/job-types.js';
import type { NodeWork } from '../../../../shared/windows-node/windows-target.js';
import { KnownHostsStore } from '../../ssh/known-hosts.js';
import { SshConnectionPool } from '../../ssh/ssh-pool.js';
import { NodeProgressStore } from '../../windows-node/node-progress-store.js';
import { JobRunner } from '../job-runner.js';
import { nodeActionJob } from './node-action-jobs.js';
import { preflightJob } from './preflight-job.js';
import { nodeConfigText } from './testing/node-config-fixture.js';

/**
 * Remote mode: three Windows nodes over real SSH (three sshd on 127.0.0.1, each with a SIMULATED powershell.exe
 * and KubeCluster.ps1 behind it), worked on in parallel with a limit of two. One node's join fails; the
 * failure stays that node's, with its own log and verdict, and the other two join.
 */
describe.skipIf(!sshServerAvailable())('remote Windows nodes over SSH (SIMULATED Windows side)', () => {
  const nodes: Array<{ name: string; server: SshServer; windows: SimulatedWindows }> = [];
  let dir: string;
  let pool: SshConnectionPool;
  let runner: JobRunner;
  let progress: NodeProgressStore;
  const states: Array<{ id: string; state: JobState }> = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wnw-remote-nodes-'));
    const knownHosts = new KnownHostsStore(join(dir, 'data'));
    for (const name of ['win-a', 'win-b', 'win-c']) {
      const server = await startSshServer();
      const windows = await installSimulatedWindows(server, { hostname: name, kubeCluster: name === 'win-b' ? { join: { fail: 'KUBELET_BOOTSTRAP_FAILED' } } : {} });
      await knownHosts.trust(server.host, server.port, 'ssh-ed25519', server.hostKeyFingerprint);
      nodes.push({ name, server, windows });
    }
    pool = new SshConnectionPool(knownHosts);
    progress = new NodeProgressStore(join(dir, 'data'));
    const deps = { pool, powershell: { command: 'powershell.exe', prefixArgs: [] }, progress };
    runner = new JobRunner({
      logDir: join(dir, 'data', 'jobs'),
      emit: (event) => {
        if (event.name === 'job.state') states.push({ id: event.payload.id, state: event.payload.state });
      },
      definitions: { nodeInstall: nodeActionJob('nodeInstall', deps), nodeJoin: nodeActionJob('nodeJoin', deps), preflight: preflightJob(deps) },
    });
  }, 60_000);

  afterAll(async () => {
    await pool?.closeAll();
    for (const node of nodes) await node.server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const work = (node: (typeof nodes)[number]): NodeWork => ({
    target: {
      type: 'ssh',
      name: node.name,
      connection: { host: node.server.host, port: node.server.port, username: node.server.username, auth: { type: 'key', privateKeyPath: node.server.clientPrivateKeyPath } },
    },
    workDir: join(node.server.dir, 'k'),
    configFileName: 'Kubeclustervxlan.json',
  });

  async function runAll(requests: JobRequest[]): Promise<JobSummary[]> {
    const ids = requests.map((request) => runner.start(request));
    return Promise.all(ids.map(async (id) => (await runner.whenDone(id))!));
  }

  it('installs on three nodes, at most two at once, uploading each config over SFTP', async () => {
    const configText = nodeConfigText();
    const summaries = await runAll(nodes.map((node) => ({ kind: 'nodeInstall', node: work(node), source: { type: 'download' }, configText, concurrency: 2 })));
    expect(summaries.map((summary) => [summary.title, summary.state, summary.message])).toEqual(nodes.map((node) => [expect.stringContaining(node.name), 'succeeded', undefined]));
    // the third waited its turn
    const third = summaries[2]!;
    expect(states.filter((entry) => entry.id === third.id).map((entry) => entry.state)).toContain('queued');
    expect(readFileSync(third.logFile, 'utf8')).toMatch(/Queued: 2 jobs of this kind are running \(at most 2 at once\)/);
    for (const node of nodes) {
      expect(readFileSync(join(node.server.dir, 'k', 'Kubeclustervxlan.json'), 'utf8')).toBe(configText);
    }
  }, 120_000);

  it('joins in parallel: the failing node is reported alone, the others succeed, each with its own log', async () => {
    const configText = nodeConfigText();
    const summaries = await runAll(nodes.map((node) => ({ kind: 'nodeJoin', node: work(node), configText, concurrency: 3 })));
    const byNode = Object.fromEntries(nodes.map((node, index) => [node.name, summaries[index]!]));
    expect(byNode['win-a']!.state).toBe('succeeded');
    expect(byNode['win-c']!.state).toBe('succeeded');
    expect(byNode['win-b']!.state).toBe('failed');
    expect(byNode['win-b']!.message).toMatch(/kubelet/i);
    expect(new Set(summaries.map((summary) => summary.logFile)).size).toBe(3);
    expect(readFileSync(byNode['win-a']!.logFile, 'utf8')).toMatch(/Node win-a successfully joined/i);
    expect(readFileSync(byNode['win-b']!.logFile, 'utf8')).not.toMatch(/win-a|win-c/);
    const table = Object.fromEntries(progress.list().map((entry) => [entry.targetLabel.split(' ')[0], entry.state]));
    expect(table).toEqual({ 'win-a': 'succeeded', 'win-b': 'failed', 'win-c': 'succeeded' });
  }, 120_000);

  it('preflight over SSH reports the node’s checks', async () => {
    const [summary] = await runAll([{ kind: 'preflight', node: work(nodes[0]!), configText: nodeConfigText() }]);
    expect(summary!.state, summary!.message).toBe('succeeded');
    const result = runner.result(summary!.id);
    if (result?.kind !== 'preflight') throw new Error('no preflight report');
    const status = Object.fromEntries(result.report.checks.map((check) => [check.id, check.status]));
    expect(status).toMatchObject({ administrator: 'pass', 'windows-build': 'pass', interface: 'pass', 'bootstrap-token': 'skip' });
    expect(result.report.adapters.map((adapter) => adapter.name)).toEqual(['Ethernet']);
  }, 60_000);
});
