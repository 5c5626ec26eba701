import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobRequest, JobSummary } from '../../../../shared/jobs/job-types.js';
import { createSimulatedWindows, type SimulatedWindows } from '../../../../e2e/fixtures/powershell-simulation/index.js';
import { KnownHostsStore } from '../../ssh/known-hosts.js';
import { SshConnectionPool } from '../../ssh/ssh-pool.js';
import { NodeProgressStore } from '../../windows-node/node-progress-store.js';
import { JobRunner } from '../job-runner.js';
import { nodeActionJob } from './node-action-jobs.js';
import { nodeConfigText, testCaHash, testToken } from './testing/node-config-fixture.js';

/**
 * Install, join and reset of "this machine" against a SIMULATED powershell.exe and KubeCluster.ps1 (real child
 * processes; there is no Windows here): the app's own steps, the script's phases as steps, the verdict read
 * from the output, and the per-node progress that survives a restart.
 */
describe('node install, join and reset on this machine (SIMULATED Windows)', () => {
  let dir: string;
  let windows: SimulatedWindows;
  let runner: JobRunner;
  let progress: NodeProgressStore;
  const node = () => ({ target: { type: 'local' as const }, workDir: join(dir, 'k'), configFileName: 'Kubeclustervxlan.json' });
  const configText = nodeConfigText();

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wnw-node-jobs-'));
    windows = await createSimulatedWindows(join(dir, 'windows'), { hostname: 'win-node-1' });
    progress = new NodeProgressStore(join(dir, 'data'));
    runner = createRunner();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function createRunner(): JobRunner {
    const deps = { pool: new SshConnectionPool(new KnownHostsStore(join(dir, 'data'))), powershell: windows.launcher, progress };
    return new JobRunner({
      logDir: join(dir, 'data', 'jobs'),
      emit: () => undefined,
      definitions: { nodeInstall: nodeActionJob('nodeInstall', deps), nodeJoin: nodeActionJob('nodeJoin', deps), nodeReset: nodeActionJob('nodeReset', deps) },
    });
  }

  async function run(request: JobRequest): Promise<JobSummary> {
    const id = runner.start(request);
    const summary = await runner.whenDone(id);
    if (!summary) throw new Error('no summary');
    return summary;
  }

  const logOf = (summary: JobSummary) => readFileSync(summary.logFile, 'utf8');

  it('install prepares the pinned kubeadm folder, verifies it, writes the config and records the reboot', async () => {
    await windows.update({ kubeCluster: { install: { reboot: true } } });
    const summary = await run({ kind: 'nodeInstall', node: node(), source: { type: 'download' }, configText });
    expect(summary.state, summary.message).toBe('succeeded');
    const steps = Object.fromEntries(summary.steps.map((step) => [step.name, step.state]));
    expect(steps).toMatchObject({
      'Check administrator rights': 'succeeded',
      'Prepare the kubeadm folder': 'succeeded',
      'Verify KubeCluster.ps1': 'succeeded',
      'Write the configuration file': 'succeeded',
      'Enable the Containers feature': 'succeeded',
    });
    expect(readFileSync(join(dir, 'k', 'Kubeclustervxlan.json'), 'utf8')).toBe(configText);
    expect(progress.get('local')).toMatchObject({ action: 'install', state: 'rebooting', verdict: { code: 'REBOOT_REQUIRED' }, step: { name: 'Enable the Containers feature' } });
    // After a restart of the app the record is still there, still "rebooting".
    expect(new NodeProgressStore(join(dir, 'data')).get('local')).toMatchObject({ state: 'rebooting' });
    const runs = await windows.readRuns();
    expect(runs.map((entry) => entry.kind)).toEqual(['adminProbe', 'prepareKubeadmFolderScript', 'kubeadmFolderProbe', 'kubeClusterScript']);
  }, 60_000);

  it('a join whose kubeadm join fails is a failure although the script exits 0, and a retry is a new try in a new process', async () => {
    await windows.update({ kubeCluster: { join: { fail: 'KUBEADM_JOIN_FAILED' } } });
    const failed = await run({ kind: 'nodeJoin', node: node(), configText });
    expect(failed.state).toBe('failed');
    expect(failed.title).toMatch(/try 1\)$/);
    expect(failed.message).toMatch(/token|kubeadm join/i);
    expect(progress.get('local')).toMatchObject({ action: 'join', state: 'failed', joinAttempts: 1 });

    await windows.update({ kubeCluster: { join: {} } });
    const retried = await run({ kind: 'nodeJoin', node: node(), configText });
    expect(retried.state, retried.message).toBe('succeeded');
    expect(retried.title).toMatch(/try 2\)$/);
    expect(retried.logFile).not.toBe(failed.logFile);
    expect(logOf(retried)).toMatch(/successfully joined/);
    expect(progress.get('local')).toMatchObject({ action: 'join', state: 'succeeded', joinAttempts: 2, verdict: { code: 'JOINED' } });
    const kubeClusterRuns = (await windows.readRuns()).filter((entry) => entry.kind === 'kubeClusterScript');
    expect(kubeClusterRuns.length).toBe(3);
  }, 60_000);

  it('the token and CA hash of the config never reach a log', async () => {
    for (const name of readdirSync(join(dir, 'data', 'jobs'))) {
      const text = readFileSync(join(dir, 'data', 'jobs', name), 'utf8');
      expect(text).not.toContain(testToken);
      expect(text).not.toContain(testCaHash.slice(7));
    }
  });

  it('reset runs only confirmed, and ends the node’s join count', async () => {
    const summary = await run({ kind: 'nodeReset', node: node(), configText, confirmed: true });
    expect(summary.state, summary.message).toBe('succeeded');
    expect(progress.get('local')).toMatchObject({ action: 'reset', state: 'succeeded', joinAttempts: 0 });
  }, 60_000);

  it('refuses to run KubeCluster.ps1 from a folder that is not the kubeadm folder', async () => {
    const summary = await run({ kind: 'nodeJoin', node: { ...node(), workDir: join(dir, 'empty') }, configText });
    expect(summary.state).toBe('failed');
    expect(summary.message).toMatch(/KubeCluster\.ps1/);
    expect(summary.steps.find((step) => step.name === 'Verify KubeCluster.ps1')?.state).toBe('failed');
    expect((await windows.readRuns()).at(-1)?.kind).toBe('kubeadmFolderProbe');
  }, 60_000);

  it('stops when PowerShell is not elevated, before touching anything', async () => {
    await windows.update({ administrator: false });
    const summary = await run({ kind: 'nodeInstall', node: node(), source: { type: 'download' }, configText });
    expect(summary.state).toBe('failed');
    expect(summary.message).toMatch(/administrator/);
    expect((await windows.readRuns()).at(-1)?.kind).toBe('adminProbe');
    await windows.update({ administrator: true });
  }, 60_000);
});
