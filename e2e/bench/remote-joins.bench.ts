/**
 * Item 5: joining 1 vs 10 remote Windows nodes at once. Each node is its own OpenSSH sshd on 127.0.0.1 with the
 * SIMULATED powershell.exe and KubeCluster.ps1 on its PATH (e2e/fixtures/powershell-simulation), set up here; the
 * main side runs in a process of its own (remote-joins-main.ts), so the fixtures' memory is not counted as its.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { installSimulatedWindows } from '../fixtures/powershell-simulation/index.js';
import { startSshServer, type SshServer } from '../fixtures/ssh-server.js';
import { median, ratios, type Section } from './measure.js';

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

export interface JoinSeries {
  one: number[];
  all: number[];
  rssOne: number[];
  rssAll: number[];
  heapOne: number[];
  heapAll: number[];
  cpuOne: number[];
  cpuAll: number[];
  busyAll: number[];
}

export interface JoinResults {
  unpaced: JoinSeries;
  paced: JoinSeries;
  /** The main side's RSS once loaded, before the first job. */
  idleRss: number;
}

/** What the main side needs to reach one simulated node, and the simulation's state file (for the pace). */
export interface SimulatedNode {
  host: string;
  port: number;
  username: string;
  privateKeyPath: string;
  hostKeyFingerprint: string;
  workDir: string;
  stateFile: string;
}

function runMainSide(options: RemoteJoinOptions, nodes: SimulatedNode[]): Promise<JoinResults> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'e2e/bench/remote-joins-main.ts', JSON.stringify(options), JSON.stringify(nodes)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.once('error', reject).once('exit', (code) => {
      if (code !== 0) return reject(new Error(`remote-joins-main.ts exited with ${code}`));
      resolve(JSON.parse(output.trim().split('\n').at(-1)!) as JoinResults);
    });
  });
}

/** Item 5, as BENCHMARKS.md shows it. */
export async function remoteJoinBenchmarks(options: RemoteJoinOptions): Promise<Section> {
  // each sshd fixture arms an 'exit' listener, to stop its daemon should this process die early
  process.setMaxListeners(Math.max(process.getMaxListeners(), 10 + 2 * options.nodes));
  const servers: SshServer[] = [];
  let results: JoinResults;
  try {
    const nodes: SimulatedNode[] = [];
    for (let i = 0; i < options.nodes; i++) {
      const server = await startSshServer();
      servers.push(server);
      const windows = await installSimulatedWindows(server, { hostname: `win-${i}` });
      nodes.push({
        host: server.host,
        port: server.port,
        username: server.username,
        privateKeyPath: server.clientPrivateKeyPath,
        hostKeyFingerprint: server.hostKeyFingerprint,
        workDir: join(server.dir, 'k'),
        stateFile: windows.stateFile,
      });
    }
    results = await runMainSide(options, nodes);
  } finally {
    for (const server of servers) await server.stop();
  }
  const { unpaced, paced, idleRss } = results;
  const n = options.nodes;
  return {
    title: 'Parallel remote joins',
    method:
      `${n} simulated Windows nodes, each its own OpenSSH sshd on 127.0.0.1 with the SIMULATED powershell.exe and KubeCluster.ps1 on its PATH. ` +
      'The main side is a Node process of its own (`remote-joins-main.ts`) running the real `JobRunner`, `nodeJoin` job and `SshConnectionPool`, as the app runs them (a fresh pool per measured batch, so handshakes are included). ' +
      'A join is the app\'s whole job: connect, check administrator rights, verify the kubeadm folder, write the config over SFTP, run KubeCluster.ps1 -join and read its verdict. The nodes are installed first (not timed), then one warm-up join of all. ' +
      `Each run times a join of node 1 alone, then of all ${n} at once (concurrency ${n}), side by side, twice: **unpaced**, the simulation answering as fast as it can, and **paced**, the simulated KubeCluster.ps1 pausing ${options.pacedLineDelayMs} ms between its output lines, so a join waits on its node as a real one does (a real join takes minutes). ` +
      'Every PowerShell run of the simulation is a new Node process (and KubeCluster.ps1 one more, through tsx), all on this machine: unpaced, the ten simulated nodes compete with the main side for its two cores. ' +
      'Memory: that process sampled every 10 ms during the batch (RSS, and V8 heap in use; it runs through tsx, whose loader is part of the RSS); CPU: the main process\'s user + system time for the batch; machine busy: all cores, from /proc/stat.',
    measurements: [
      { name: 'unpaced: join 1 node', unit: 'ms', runs: unpaced.one, digits: 0 },
      { name: `unpaced: join ${n} nodes at once`, unit: 'ms', runs: unpaced.all, digits: 0 },
      { name: `unpaced: ${n} ÷ 1 (wall time)`, unit: '×', runs: ratios(unpaced.all, unpaced.one), digits: 2 },
      { name: `unpaced: machine CPU busy during the ${n}-node batch`, unit: '%', runs: unpaced.busyAll, digits: 0 },
      { name: 'paced: join 1 node', unit: 'ms', runs: paced.one, digits: 0 },
      { name: `paced: join ${n} nodes at once`, unit: 'ms', runs: paced.all, digits: 0 },
      { name: `paced: ${n} ÷ 1 (wall time)`, unit: '×', runs: ratios(paced.all, paced.one), digits: 2, target: '≤ 1.5×', meets: (value) => value <= 1.5 },
      { name: 'main side RSS once loaded, before the first job', unit: 'MB', runs: [idleRss], digits: 0 },
      { name: 'main side peak RSS, 1 node', unit: 'MB', runs: paced.rssOne, digits: 0 },
      { name: `main side peak RSS, ${n} nodes`, unit: 'MB', runs: paced.rssAll, digits: 0 },
      { name: 'main side peak V8 heap, 1 node', unit: 'MB', runs: paced.heapOne, digits: 0 },
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
