/**
 * Item 2: ten short control-plane commands against one loopback sshd, three ways, measured side by side in
 * each run: ten OpenSSH `ssh` invocations (what a script does), ten exec channels over one reused ssh2
 * connection (SshConnection), and ten commands in one long-lived shell on one connection (JobShell, what the
 * control-plane jobs use).
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { startSshServer, type SshServer } from '../fixtures/ssh-server.js';
import { withJobShell } from '../../electron/services/ssh/job-shell.js';
import { SshConnection } from '../../electron/services/ssh/ssh-connection.js';
import { freshKnownHosts } from '../../electron/services/ssh/testing/sshd-sessions.js';
import { median, ratios, timeAsync, type Section } from './measure.js';

const execFileAsync = promisify(execFile);
const commandCount = 10;
/** Short commands of the kind the control-plane job runs (a read, a check), each with its own expected line. */
const commands = Array.from({ length: commandCount }, (_, i) => ['echo', `step ${i}`]);

/** The system `ssh` with the fixture's key and host key only: no ~/.ssh, no config, no prompts. */
async function opensshArgs(server: SshServer): Promise<string[]> {
  const knownHosts = path.join(server.dir, 'openssh_known_hosts');
  await writeFile(knownHosts, `[${server.host}]:${server.port} ${server.hostPublicKey}\n`);
  return [
    '-F', '/dev/null',
    '-i', server.clientPrivateKeyPath,
    '-p', String(server.port),
    '-o', 'IdentitiesOnly=yes',
    '-o', `UserKnownHostsFile=${knownHosts}`,
    '-o', 'GlobalKnownHostsFile=/dev/null',
    '-o', 'StrictHostKeyChecking=yes',
    '-o', 'BatchMode=yes',
    '-o', 'LogLevel=ERROR',
    `${server.username}@${server.host}`,
  ];
}

function expectOutput(got: string[], way: string): void {
  const expected = commands.map((argv) => argv.slice(1).join(' '));
  if (got.join('\n') !== expected.join('\n')) throw new Error(`${way} printed ${JSON.stringify(got)}, not ${JSON.stringify(expected)}`);
}

export async function sshCommandBenchmarks(runs = 7): Promise<Section> {
  const server = await startSshServer();
  try {
    const sshArgs = await opensshArgs(server);
    const knownHosts = await freshKnownHosts(server.dir, server);
    const profile = { host: server.host, port: server.port, username: server.username, auth: { type: 'key' as const, privateKeyPath: server.clientPrivateKeyPath } };

    const openssh = async () => {
      const got: string[] = [];
      for (const argv of commands) got.push((await execFileAsync('ssh', [...sshArgs, ...argv])).stdout.trimEnd());
      expectOutput(got, 'ssh');
    };
    const reused = async () => {
      const connection = new SshConnection(profile, knownHosts);
      const got: string[] = [];
      for (const argv of commands) await connection.exec(argv, { onLines: (stream, lines) => stream === 'stdout' && got.push(...lines) });
      await connection.close();
      expectOutput(got, 'SshConnection.exec');
    };
    const shell = async () => {
      const connection = new SshConnection(profile, knownHosts);
      const got: string[] = [];
      await withJobShell(connection, async (remote) => {
        for (const argv of commands) await remote.exec(argv, { onLines: (stream, lines) => stream === 'stdout' && got.push(...lines) });
      });
      await connection.close();
      expectOutput(got, 'JobShell.exec');
    };

    // one warm-up of each (page cache, sshd's first fork), then the runs, the three ways interleaved
    await openssh();
    await reused();
    await shell();
    const series = { openssh: [] as number[], reused: [] as number[], shell: [] as number[] };
    for (let run = 0; run < runs; run++) {
      series.openssh.push(await timeAsync(openssh));
      series.reused.push(await timeAsync(reused));
      series.shell.push(await timeAsync(shell));
    }
    const perCommand = (values: number[]) => values.map((value) => value / commandCount);
    return {
      title: 'Control-plane commands over SSH',
      method:
        `${commandCount} short commands (\`echo step N\`) against one OpenSSH sshd on 127.0.0.1 (the test fixture: ed25519 keys, no PAM), timed from nothing to the last output line, three ways interleaved in each run after one warm-up of each: ` +
        `**ssh** — ${commandCount} separate \`ssh\` invocations with the fixture's key and host key (\`-F /dev/null\`, \`BatchMode=yes\`, \`StrictHostKeyChecking=yes\`), what a script does; ` +
        `**exec** — one ssh2 connection (\`SshConnection\`, connect included) and one exec channel per command, what the jobs used before; ` +
        `**shell** — one ssh2 connection and one long-lived \`sh\` on it (\`JobShell\` over \`ShellSession\`, what the control-plane jobs use now: one per job, ended with it): each command runs as \`( exec argv ) </dev/null\` followed by a marker line with its exit status on stdout and one on stderr, so each command's lines, per stream, and its status stay exact. ` +
        `Each run checks that every way printed exactly the ${commandCount} expected lines. Ratios are per run, same run.`,
      measurements: [
        { name: `${commandCount} × \`ssh\` (one process and session each)`, unit: 'ms', runs: series.openssh, digits: 0 },
        { name: `one ssh2 connection, ${commandCount} exec channels`, unit: 'ms', runs: series.reused, digits: 0 },
        { name: `one ssh2 connection, one shell, ${commandCount} commands`, unit: 'ms', runs: series.shell, digits: 0 },
        // before: no target, the row the fix is measured against
        { name: 'exec channels ÷ `ssh` (before: the jobs until now)', unit: '×', runs: ratios(series.reused, series.openssh), digits: 2 },
        { name: 'shell ÷ `ssh` (the jobs now)', unit: '×', runs: ratios(series.shell, series.openssh), digits: 2, target: '≤ 0.3×', meets: (value) => value <= 0.3 },
        { name: 'per command: `ssh`', unit: 'ms', runs: perCommand(series.openssh), digits: 1 },
        { name: 'per command: exec channel (one connect ÷ 10 included)', unit: 'ms', runs: perCommand(series.reused), digits: 1 },
        { name: 'per command: shell (one connect and shell ÷ 10 included)', unit: 'ms', runs: perCommand(series.shell), digits: 1 },
      ],
      notes: [
        `Reusing the connection saves the TCP, key exchange and authentication of every command, but sshd still forks a session and a login shell for every exec channel, so exec stays at ≈ ${median(ratios(series.reused, series.openssh)).toFixed(2)}× and misses 0.3×. ` +
          'The fix is a design choice: `electron/services/ssh/shell-session.ts` runs the commands one after another in one `sh` per connection, paying the session once. ' +
          'Cancel and timeout stop the whole shell by its process group (TERM, then KILL), and the next command starts a fresh one; commands get `/dev/null` as stdin, and a command cannot change the shell (it runs in a subshell that `exec`s it). ' +
          'The control-plane jobs (configure flannel, detect the cluster, deploy the Windows DaemonSets, verify a node, the preflight\'s control-plane checks) open one `JobShell` per job and send their stdin-less steps through it; commands that need stdin (`kubectl apply -f -`, `tee`) keep their own exec channel, and jobs of a single command (fetch the join token, authorize a key) stay on exec, where a shell would save nothing.',
      ],
    };
  } finally {
    await server.stop();
  }
}
