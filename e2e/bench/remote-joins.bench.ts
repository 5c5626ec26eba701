/**
 * Item 5: joining 1 vs 10 remote Windows nodes at once. Each node is its own OpenSSH sshd on 127.0.0.1 with the
 * SIMULATED powershell.exe and KubeCluster.ps1 on its PATH (e2e/fixtures/powershell-simulation); the main side is
 * this process: the real JobRunner, node jobs and SSH connection pool, as the app runs them.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installSimulatedWindows, type SimulatedWindows } from '../fixtures/powershell-simulation/index.js';
import { startSshServer, type SshServer } from '../fixtures/ssh-server.js';
import type { JobRequest, JobSummary } from '../../shared/jobs/job-types.js';
import type { NodeWork } from '../../shared/windows-node/windows-target.js';
import { JobRunner } from '../../electron/services/jobs/job-runner.js';
import { nodeActionJob } from '../../electron/services/jobs/windows-node/node-action-jobs.js';
import { nodeConfigText } from '../../electron/services/jobs/windows-node/testing/node-config-fixture.js';
import { KnownHostsStore } from '../../electron/services/ssh/known-hosts.js';
import { SshConnectionPool } from '../../electron/services/ssh/ssh-pool.js';
import { NodeProgressStore } from '../../electron/services/windows-node/node-progress-store.js';
import { median, ratios, timeAsync, type Section } from './measure.js';

export interface RemoteJoinOptions {
  runs: number;
  nodes: number;
  /**
   * Pause between the simulated KubeCluster.ps1's output lines for the paced runs. A real join waits minutes on
   * its node (images, kubelet); the simulation answers at once, so unpaced runs time the simulated nodes' own
   * processes, which here share the main side's two cores.
   */
  pacedLineDelayMs: number;
}

interface Peak {
  rss: number;
  heap: number;
}

/** Busy and total jiffies of all CPUs so far (/proc/stat), to tell how busy the whole machine was. */
function cpuTicks(): { busy: number; total: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { busy: total - idle, total };
}

/** Samples this process's memory every 10 ms while `work` runs; MB. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peak: Peak }> {
  const peak: Peak = { rss: 0, heap: 0 };
  const sample = () => {
    const usage = process.memoryUsage();
    peak.rss = Math.max(peak.rss, usage.rss / 2 ** 20);
    peak.heap = Math.max(peak.heap, usage.heapUsed / 2 ** 20);
  };
  sample();
  const timer = setInterval(sample, 10);
  try {
    const result = await work();
    sample();
    return { result, peak };
  } finally {
    clearInterval(timer);
  }
}

export interface JoinSeries {
  one: number[];
  all: number[];
  rssOne: number[];
  rssAll: number[];
  heapAll: number[];
  cpuOne: number[];
  cpuAll: number[];
  busyAll: number[];
}

/** Runs in its own process (remote-joins-main.ts), so its memory is the main side's alone. */
export async function measureRemoteJoins(options: RemoteJoinOptions): Promise<{ unpaced: JoinSeries; paced: JoinSeries }> {
  const dir = mkdtempSync(join(tmpdir(), 'wnw-bench-joins-'));
  const servers: SshServer[] = [];
  try {
    const knownHosts = new KnownHostsStore(join(dir, 'data'));
    const nodes: NodeWork[] = [];
    const simulations: SimulatedWindows[] = [];
    for (let i = 0; i < options.nodes; i++) {
      const server = await startSshServer();
      servers.push(server);
      simulations.push(await installSimulatedWindows(server, { hostname: `win-${i}` }));
      await knownHosts.trust(server.host, server.port, 'ssh-ed25519', server.hostKeyFingerprint);
      nodes.push({
        target: {
          type: 'ssh',
          name: `win-${i}`,
          connection: { host: server.host, port: server.port, username: server.username, auth: { type: 'key', privateKeyPath: server.clientPrivateKeyPath } },
        },
        workDir: join(server.dir, 'k'),
        configFileName: 'Kubeclustervxlan.json',
      });
    }
    const configText = nodeConfigText();
    // a fresh pool per measured batch, so each one pays its own handshakes, as a new session of the app would
    const batch = async (kind: 'nodeInstall' | 'nodeJoin', targets: NodeWork[]): Promise<JobSummary[]> => {
      const pool = new SshConnectionPool(knownHosts);
      const progress = new NodeProgressStore(join(dir, 'data'));
      const deps = { pool, powershell: { command: 'powershell.exe', prefixArgs: [] }, progress };
      const runner = new JobRunner({
        logDir: join(dir, 'data', 'jobs'),
        emit: () => undefined,
        definitions: { nodeInstall: nodeActionJob('nodeInstall', deps), nodeJoin: nodeActionJob('nodeJoin', deps) },
      });
      try {
        const requests: JobRequest[] = targets.map((node) =>
          kind === 'nodeInstall'
            ? { kind, node, source: { type: 'download' }, configText, concurrency: options.nodes }
            : { kind, node, configText, concurrency: options.nodes },
        );
        const ids = requests.map((request) => runner.start(request));
        const summaries = await Promise.all(ids.map(async (id) => (await runner.whenDone(id))!));
        const failed = summaries.filter((summary) => summary.state !== 'succeeded');
        if (failed.length > 0) {
          const tail = (summary: JobSummary) => readFileSync(summary.logFile, 'utf8').trimEnd().split('\n').slice(-8).join('\n');
          throw new Error(`${kind} failed: ${failed.map((summary) => `${summary.title}: ${summary.message}\n${tail(summary)}`).join('\n')}`);
        }
        return summaries;
      } finally {
        await pool.closeAll();
      }
    };

    await batch('nodeInstall', nodes); // setup (the kubeadm folder on every node), not timed
    await batch('nodeJoin', nodes); // warm-up
    const setPace = (lineDelayMs: number) => Promise.all(simulations.map((windows) => windows.update({ lineDelayMs })));
    const newSeries = (): JoinSeries => ({ one: [], all: [], rssOne: [], rssAll: [], heapAll: [], cpuOne: [], cpuAll: [], busyAll: [] });
    const unpaced = newSeries();
    const paced = newSeries();
    const measure = async (series: JoinSeries, all: boolean) => {
      const cpuBefore = process.cpuUsage();
      const ticksBefore = cpuTicks();
      let ms = 0;
      const { peak } = await withPeakMemory(async () => {
        ms = await timeAsync(() => batch('nodeJoin', all ? nodes : nodes.slice(0, 1)));
      });
      const used = process.cpuUsage(cpuBefore);
      const ticks = cpuTicks();
      (all ? series.all : series.one).push(ms);
      (all ? series.rssAll : series.rssOne).push(peak.rss);
      (all ? series.cpuAll : series.cpuOne).push((used.user + used.system) / 1000);
      if (all) {
        series.heapAll.push(peak.heap);
        series.busyAll.push((100 * (ticks.busy - ticksBefore.busy)) / (ticks.total - ticksBefore.total));
      }
    };
    for (let run = 0; run < options.runs; run++) {
      await setPace(0);
      await measure(unpaced, false);
      await measure(unpaced, true);
      await setPace(options.pacedLineDelayMs);
      await measure(paced, false);
      await measure(paced, true);
    }
    return { unpaced, paced };
  } finally {
    for (const server of servers) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Item 5, as BENCHMARKS.md shows it. The measuring runs in a child process (remote-joins-main.ts) whose memory
 * is only the main side's: Node, the job runner, ssh2 and the node jobs.
 */
export async function remoteJoinBenchmarks(options: RemoteJoinOptions): Promise<Section> {
  const { unpaced, paced } = await new Promise<{ unpaced: JoinSeries; paced: JoinSeries }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'e2e/bench/remote-joins-main.ts', JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('error', reject).once('exit', (code) => {
      if (code !== 0) return reject(new Error(`remote-joins-main.ts exited with ${code}`));
      resolve(JSON.parse(output.trim().split('\n').at(-1)!) as { unpaced: JoinSeries; paced: JoinSeries });
    });
  });
  const n = options.nodes;
  return {
    title: 'Parallel remote joins',
    method:
      `${n} simulated Windows nodes, each its own OpenSSH sshd on 127.0.0.1 with the SIMULATED powershell.exe and KubeCluster.ps1 on its PATH. ` +
      'The main side is a Node process of its own (`remote-joins-main.ts`) running the real `JobRunner`, `nodeJoin` job and `SshConnectionPool`, as the app runs them (a fresh pool per measured batch, so handshakes are included). ' +
      'A join is the app\'s whole job: connect, check administrator rights, verify the kubeadm folder, write the config over SFTP, run KubeCluster.ps1 -join and read its verdict. The nodes are installed first (not timed), then one warm-up join of all. ' +
      `Each run times a join of node 1 alone, then of all ${n} at once (concurrency ${n}), side by side, twice: **unpaced**, the simulation answering as fast as it can, and **paced**, the simulated KubeCluster.ps1 pausing ${options.pacedLineDelayMs} ms between its output lines, so a join waits on its node as a real one does (a real join takes minutes). ` +
      'Every PowerShell run of the simulation is a new Node process (and KubeCluster.ps1 one more, through tsx), all on this machine: unpaced, the ten simulated nodes compete with the main side for its two cores. ' +
      'Memory: that process sampled every 10 ms during the batch (RSS, and V8 heap in use); CPU: the main process\'s user + system time for the batch; machine busy: all cores, from /proc/stat.',
    measurements: [
      { name: 'unpaced: join 1 node', unit: 'ms', runs: unpaced.one, digits: 0 },
      { name: `unpaced: join ${n} nodes at once`, unit: 'ms', runs: unpaced.all, digits: 0 },
      { name: `unpaced: ${n} ÷ 1 (wall time)`, unit: '×', runs: ratios(unpaced.all, unpaced.one), digits: 2 },
      { name: `unpaced: machine CPU busy during the ${n}-node batch`, unit: '%', runs: unpaced.busyAll, digits: 0 },
      { name: 'paced: join 1 node', unit: 'ms', runs: paced.one, digits: 0 },
      { name: `paced: join ${n} nodes at once`, unit: 'ms', runs: paced.all, digits: 0 },
      { name: `paced: ${n} ÷ 1 (wall time)`, unit: '×', runs: ratios(paced.all, paced.one), digits: 2, target: '≤ 1.5×', meets: (value) => value <= 1.5 },
      { name: 'main side peak RSS, 1 node', unit: 'MB', runs: paced.rssOne, digits: 0 },
      { name: `main side peak RSS, ${n} nodes`, unit: 'MB', runs: paced.rssAll, digits: 0 },
      { name: `main side peak V8 heap, ${n} nodes`, unit: 'MB', runs: paced.heapAll, digits: 0 },
      { name: 'main side CPU time, 1 node (unpaced)', unit: 'ms', runs: unpaced.cpuOne, digits: 0 },
      { name: `main side CPU time, ${n} nodes (unpaced)`, unit: 'ms', runs: unpaced.cpuAll, digits: 0 },
    ],
    notes: [
      `Unpaced, ${n} joins take ${median(ratios(unpaced.all, unpaced.one)).toFixed(1)}× one join's time with the machine ${median(unpaced.busyAll).toFixed(0)}% busy: the simulated nodes' processes fill both cores. ` +
        `The main side is not what waits: its CPU for the ${n} joins is ${(median(unpaced.cpuAll) / 1000).toFixed(2)} s of the batch's ${(median(unpaced.all) / 1000).toFixed(1)} s, and nothing serialises the nodes (concurrency ${n}, one connection and job each). ` +
        `Paced like a real node, where the node does the waiting, ${n} joins take ${median(ratios(paced.all, paced.one)).toFixed(2)}× one.`,
    ],
  };
}
