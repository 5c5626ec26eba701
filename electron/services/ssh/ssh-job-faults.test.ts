/**
 * SSH faults as the operator meets them: inside a job, against a REAL OpenSSH server with a SIMULATED control
 * plane. For each one the job fails with a sentence that names the problem, its log file keeps that sentence and
 * everything before it, and running the job again once the cause is fixed succeeds. (A connection killed
 * mid-stream: configure-control-plane.test.ts; a remote command that ignores SIGTERM: ssh-exec.test.ts.)
 */
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installSimulatedControlPlane, type SimulatedControlPlane } from '../../../e2e/fixtures/control-plane-simulation/index.js';
import { sshServerAvailable, startSshServer, type SshServer } from '../../../e2e/fixtures/ssh-server.js';
import type { JobSummary } from '../../../shared/jobs/job-types.js';
import type { SshProfile } from '../../../shared/ssh/ssh-profile-schema.js';
import { fetchJoinCredentials } from '../jobs/control-plane/fetch-join-credentials.js';
import { runRemote } from '../jobs/control-plane/remote-commands.js';
import { connectForJob, withSshErrors } from '../jobs/control-plane/ssh-job.js';
import type { JobDefinition, JobDefinitions } from '../jobs/job-definition.js';
import { JobRunner } from '../jobs/job-runner.js';
import type { KnownHostsStore } from './known-hosts.js';
import { generateOperatorKey } from './key-generation.js';
import { SshConnectionPool } from './ssh-pool.js';
import { freshKnownHosts } from './testing/sshd-sessions.js';

let server: SshServer;
let sim: SimulatedControlPlane;
let pool: SshConnectionPool | undefined;

beforeAll(async () => {
  server = await startSshServer();
  sim = await installSimulatedControlPlane(server, { nodes: [{ name: 'k8s-master' }] });
});
afterEach(async () => {
  await pool?.closeAll();
  await sim.clearFailures();
});
afterAll(() => server?.stop());

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

const good = (): SshProfile => ({ host: server.host, port: server.port, username: server.username, auth: { type: 'key', privateKeyPath: server.clientPrivateKeyPath } });

/** A runner for the real fetchJoinCredentials job (and, for the timeout, a job that runs one command). */
async function harness(knownHosts?: KnownHostsStore) {
  const store = knownHosts ?? (await freshKnownHosts(server.dir, server));
  pool = new SshConnectionPool(store);
  const connectionPool = pool;
  const hangingCommand: JobDefinition<{ kind: 'verifyNode'; connection: SshProfile; nodeName: string; timeoutSeconds?: number }> = {
    kind: 'verifyNode',
    title: () => 'One command with a 1.5 s timeout',
    steps: () => ['Connect to the control plane', 'Run the command'],
    conflictKey: () => 'timeout',
    run: (context, request) =>
      withSshErrors(async () => {
        const connection = connectionPool.get(request.connection);
        await connectForJob(context, connection, request.connection, 'Connect to the control plane');
        await context.step('Run the command', () => runRemote(context, connection, ['kubeadm', 'token', 'list'], { timeoutMs: 1_500, logStdout: true }));
      }),
  };
  const runner = new JobRunner({
    logDir: await mkdtemp(join(server.dir, 'jobs-')),
    definitions: { fetchJoinCredentials: fetchJoinCredentials({ pool }), verifyNode: hangingCommand as JobDefinitions['verifyNode'] },
    emit: () => {},
  });
  const run = async (connection: SshProfile): Promise<JobSummary> => (await runner.whenDone(runner.start({ kind: 'fetchJoinCredentials', connection })))!;
  const runCommand = async (connection: SshProfile): Promise<JobSummary> => (await runner.whenDone(runner.start({ kind: 'verifyNode', connection, nodeName: 'unused' })))!;
  return { run, runCommand, store };
}

/** The failed job: its message matches, its log ends with that message, and its steps say where it stopped. */
function expectClearFailure(summary: JobSummary, message: RegExp, failedStep = 'Connect to the control plane'): void {
  expect(summary.state).toBe('failed');
  expect(summary.message).toMatch(message);
  const log = readFileSync(summary.logFile, 'utf8').trimEnd().split('\n');
  expect(log.at(-1)).toContain(summary.message);
  expect(summary.steps.find((step) => step.name === failedStep)?.state).toBe('failed');
}

describe.skipIf(!sshServerAvailable())('SSH faults inside a job: a clear error, a kept log, a working retry (REAL sshd, SIMULATED control plane)', () => {
  it('connection refused', async () => {
    const { run } = await harness();
    const port = await closedPort();
    expectClearFailure(await run({ ...good(), port }), new RegExp(`127\\.0\\.0\\.1:${port} refused the connection: is sshd running and listening on port ${port}\\?`));
    expect((await run(good())).state).toBe('succeeded');
  });

  it('a host name that does not resolve', async () => {
    const { run } = await harness();
    expectClearFailure(await run({ ...good(), host: 'wnw-no-such-host.invalid' }), /Cannot resolve the host name "wnw-no-such-host\.invalid": check its spelling and DNS\./);
    expect((await run(good())).state).toBe('succeeded');
  });

  it('authentication refused, without the key file’s passphrase in any message', async () => {
    const { run } = await harness();
    const stranger = await generateOperatorKey({ folder: await mkdtemp(join(server.dir, 'keys-')), passphrase: 'stranger-passphrase-123' });
    const refused = await run({ ...good(), auth: { type: 'key', privateKeyPath: stranger.privateKeyPath, passphrase: 'stranger-passphrase-123' } });
    expectClearFailure(refused, /refused the credentials: check the user name and the key, agent or password\./);
    expect(readFileSync(refused.logFile, 'utf8')).not.toContain('stranger-passphrase-123');
    expect((await run(good())).state).toBe('succeeded');
  });

  it('a host key that changed: refused before any credential is sent; trusted again only after forgetting it', async () => {
    const store = await freshKnownHosts(server.dir);
    await store.trust(server.host, server.port, 'ssh-ed25519', `SHA256:${'x'.repeat(43)}`);
    const { run } = await harness(store);
    const from = server.logs().length;
    expectClearFailure(await run(good()), /WARNING.*CHANGED.*man-in-the-middle/s);
    expect(server.logs().slice(from)).not.toMatch(/Accepted|Failed publickey/);
    expect((await run(good())).state).toBe('failed'); // nothing changed: still refused
    await store.forget(server.host, server.port);
    await store.trust(server.host, server.port, 'ssh-ed25519', server.hostKeyFingerprint);
    expect((await run(good())).state).toBe('succeeded');
  });

  it('a command that never answers is stopped at its timeout', async () => {
    const { runCommand } = await harness();
    await sim.setFailure({ match: 'kubeadm token list', hangAfterLines: 0, times: 1 });
    const started = Date.now();
    const hung = await runCommand(good());
    expect(Date.now() - started).toBeLessThan(15_000);
    expectClearFailure(hung, /^kubeadm did not finish within 2 s\.$/, 'Run the command');
    expect(readFileSync(hung.logFile, 'utf8')).toContain('$ kubeadm token list');
    const retried = await runCommand(good());
    expect(retried.state).toBe('succeeded');
  }, 30_000);
});
