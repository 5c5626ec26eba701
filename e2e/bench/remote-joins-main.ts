/**
 * The main side of the parallel-joins benchmark (remote-joins.bench.ts), in a process of its own so that its memory
 * and CPU are the main side's alone: Node, the real JobRunner, node jobs and SSH connection pool, as the app runs
 * them. Takes the options and the simulated nodes as JSON arguments; prints the measured series as its last line.
 */
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { JobRequest, JobSummary } from '../../shared/jobs/job-types.js';
import type { NodeWork } from '../../shared/windows-node/windows-target.js';
import { JobRunner } from '../../electron/services/jobs/job-runner.js';
import { nodeActionJob } from '../../electron/services/jobs/windows-node/node-action-jobs.js';
import { nodeConfigText } from '../../electron/services/jobs/windows-node/testing/node-config-fixture.js';
import { KnownHostsStore } from '../../electron/services/ssh/known-hosts.js';
import { SshConnectionPool } from '../../electron/services/ssh/ssh-pool.js';
import { NodeProgressStore } from '../../electron/services/windows-node/node-progress-store.js';
import { timeAsync } from './measure.js';
import type { JoinResults, JoinSeries, RemoteJoinOptions, SimulatedNode } from './remote-joins.bench.js';

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

async function measureRemoteJoins(options: RemoteJoinOptions, simulated: SimulatedNode[]): Promise<JoinResults> {
  const dir = mkdtempSync(join(tmpdir(), 'wnw-bench-joins-'));
  try {
    const knownHosts = new KnownHostsStore(join(dir, 'data'));
    const nodes: NodeWork[] = [];
    for (const [i, node] of simulated.entries()) {
      await knownHosts.trust(node.host, node.port, 'ssh-ed25519', node.hostKeyFingerprint);
      nodes.push({
        target: { type: 'ssh', name: `win-${i}`, connection: { host: node.host, port: node.port, username: node.username, auth: { type: 'key', privateKeyPath: node.privateKeyPath } } },
        workDir: node.workDir,
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

    const idleRss = process.memoryUsage().rss / 2 ** 20;
    await batch('nodeInstall', nodes); // setup (the kubeadm folder on every node), not timed
    await batch('nodeJoin', nodes); // warm-up
    // the simulation reads its state file on every run, so changing the pace needs no restart
    const setPace = (lineDelayMs: number) => {
      for (const node of simulated) {
        const state = JSON.parse(readFileSync(node.stateFile, 'utf8')) as Record<string, unknown>;
        writeFileSync(`${node.stateFile}.tmp`, JSON.stringify({ ...state, lineDelayMs }));
        renameSync(`${node.stateFile}.tmp`, node.stateFile);
      }
    };
    const newSeries = (): JoinSeries => ({ one: [], all: [], rssOne: [], rssAll: [], heapOne: [], heapAll: [], cpuOne: [], cpuAll: [], busyAll: [] });
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
      (all ? series.heapAll : series.heapOne).push(peak.heap);
      if (all) {
        series.busyAll.push((100 * (ticks.busy - ticksBefore.busy)) / (ticks.total - ticksBefore.total));
      }
    };
    for (let run = 0; run < options.runs; run++) {
      setPace(0);
      await measure(unpaced, false);
      await measure(unpaced, true);
      setPace(options.pacedLineDelayMs);
      await measure(paced, false);
      await measure(paced, true);
    }
    return { unpaced, paced, idleRss };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}


const [optionsJson, nodesJson] = process.argv.slice(2);
console.log(JSON.stringify(await measureRemoteJoins(JSON.parse(optionsJson ?? '{}') as RemoteJoinOptions, JSON.parse(nodesJson ?? '[]') as SimulatedNode[])));
