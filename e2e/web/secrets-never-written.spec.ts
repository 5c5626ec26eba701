/**
 * Secrets never reach a file: a realistic run through the web host (started as `npm run web` starts it, driven
 * over its WebSocket) against a REAL OpenSSH server with a SIMULATED control plane, with known secrets in the
 * saved plan and in job requests: kubeadm tokens, CA hashes, an SSH password, a key passphrase (right and
 * wrong) and the generated private key. Then every file under the user-data folder, and everything the host
 * printed, is searched for each secret, raw, as UTF-16, as hex and as base64 at every alignment. The one file
 * allowed to hold key material is the private key itself.
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { defaultPlan, type Plan } from '../../shared/plan/plan-schema.js';
import type { JobSummary } from '../../shared/jobs/job-types.js';
import type { Envelope } from '../../shared/ipc/envelope.js';
import { installSimulatedControlPlane } from '../fixtures/control-plane-simulation/index.js';
import { sshServerAvailable, startSshServer, type SshServer } from '../fixtures/ssh-server.js';
import { startWebHostProcess, type RunningWebHost } from '../fixtures/web-host.js';
import { leaks } from '../support/secret-search.js';
import { currentPlanFile } from '../../electron/services/files/plans/plan-library-paths.js';
import { openSocket, type TestSocket } from '../support/ws-client.js';

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
const randomText = (length: number) => Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
const kubeadmToken = () => `${randomText(6)}.${randomText(16)}`;
const caHash = () => `sha256:${randomBytes(32).toString('hex')}`;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

async function call<T>(socket: TestSocket, name: string, arg?: unknown): Promise<T> {
  const envelope = (await socket.call(name, arg)) as Envelope<T>;
  if (!envelope.ok) throw new Error(`${name}: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.value;
}

async function runJob(socket: TestSocket, request: unknown): Promise<JobSummary> {
  const { jobId } = await call<{ jobId: string }>(socket, 'jobs.start', request);
  let summary: JobSummary | undefined;
  await expect
    .poll(
      async () => {
        summary = (await call<JobSummary[]>(socket, 'jobs.list')).find((job) => job.id === jobId);
        return summary?.state;
      },
      { timeout: 30_000 },
    )
    .toMatch(/succeeded|failed|cancelled/);
  return summary!;
}

test.describe('secrets never written to disk (web host, REAL sshd, SIMULATED control plane)', () => {
  test.skip(!sshServerAvailable(), 'needs OpenSSH (apt-get install -y openssh-server)');
  let server: SshServer;
  let host: RunningWebHost | undefined;
  let userDataDir: string;
  test.beforeAll(async () => {
    server = await startSshServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  test.afterEach(async () => {
    if (host && host.process.exitCode === null && host.process.signalCode === null) {
      host.process.kill('SIGKILL');
      await new Promise((resolve) => host!.process.once('exit', resolve));
    }
    rmSync(userDataDir, { recursive: true, force: true });
  });

  test('no token, CA hash, password, passphrase or private key in any file the app wrote, nor in its output', async () => {
    test.setTimeout(120_000);
    const sim = await installSimulatedControlPlane(server, { nodes: [{ name: 'k8s-master' }] });
    userDataDir = mkdtempSync(join(tmpdir(), 'wnw-secrets-'));
    host = await startWebHostProcess(userDataDir);
    const token = new URL(host.url).searchParams.get('token');
    const socket = await openSocket(`ws://127.0.0.1:${new URL(host.url).port}/ipc?token=${token}`, host.origin);

    const secrets: Record<string, string> = {
      'plan token': kubeadmToken(),
      'plan CA hash': caHash(),
      'SSH password': `pw-${randomText(20)}`,
      'key passphrase': `pass phrase ${randomText(16)}`,
      'wrong passphrase': `wrong-${randomText(16)}`,
    };
    const planToken = secrets['plan token']!;
    const planCaHash = secrets['plan CA hash']!;
    // The secret halves alone are secrets too (the token's id is not).
    secrets['plan token secret'] = planToken.split('.')[1]!;
    secrets['plan CA hash hex'] = planCaHash.slice('sha256:'.length);

    // The operator's plan, with the join secrets in it, saved as the wizard autosaves it.
    const plan: Plan = {
      ...defaultPlan(),
      controlPlane: { host: server.host, port: String(server.port), username: server.username, authType: 'key', privateKeyPath: '' },
      secrets: { kubeadmToken: planToken, kubeadmCaHash: planCaHash },
    };
    await call(socket, 'plan.save', { plan });

    // Trust the host key as the operator does, and generate a passphrase-protected key the control plane accepts.
    const scanned = await call<{ keyType: string; fingerprint: string }>(socket, 'ssh.scanHostKey', { host: server.host, port: server.port });
    await call(socket, 'ssh.trustHostKey', { host: server.host, port: server.port, keyType: scanned.keyType, fingerprint: scanned.fingerprint });
    const key = await call<{ privateKeyPath: string; authorizedKeysLine: string }>(socket, 'ssh.generateKey', { passphrase: secrets['key passphrase'] });
    appendFileSync(join(server.dir, 'authorized_keys'), `${key.authorizedKeysLine}\n`);
    // The private key's own material: its body lines past the header and public key (encrypted private part).
    const body = readFileSync(key.privateKeyPath, 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
    body.slice(4, -1).forEach((line, index) => (secrets[`private key line ${index + 5}`] = line));
    expect(body.length).toBeGreaterThan(5);

    const connection = (auth: unknown) => ({ host: server.host, port: server.port, username: server.username, auth });
    const withKey = connection({ type: 'key', privateKeyPath: key.privateKeyPath, passphrase: secrets['key passphrase'] });

    // 1. Fetch join credentials with the key and its passphrase: the fetched token and CA hash are secrets too.
    const fetched = await runJob(socket, { kind: 'fetchJoinCredentials', connection: withKey });
    expect(fetched.state).toBe('succeeded');
    const result = await call<{ token: string; caHash: string }>(socket, 'jobs.result', { jobId: fetched.id });
    secrets['fetched token'] = result.token;
    secrets['fetched token secret'] = result.token.split('.')[1]!;
    secrets['fetched CA hash hex'] = result.caHash.slice('sha256:'.length);

    // 2. A wrong passphrase, and a password the server refuses: both fail, both logged.
    const wrongPassphrase = await runJob(socket, { kind: 'fetchJoinCredentials', connection: connection({ type: 'key', privateKeyPath: key.privateKeyPath, passphrase: secrets['wrong passphrase'] }) });
    expect(wrongPassphrase.state).toBe('failed');
    const password = await runJob(socket, { kind: 'fetchJoinCredentials', connection: connection({ type: 'password', password: secrets['SSH password'] }) });
    expect(password.state).toBe('failed');

    // 3. A control plane that prints the secrets back in an error: the log keeps the error, not the secrets.
    await sim.setFailure({ match: 'kubeadm token create', exitCode: 1, stderr: `error: bootstrap token "${planToken}" is invalid for CA ${planCaHash}\n`, times: 1 });
    const echoed = await runJob(socket, { kind: 'fetchJoinCredentials', connection: withKey });
    expect(echoed.state).toBe('failed');
    expect(echoed.message).toContain('[REDACTED');

    // 4. The plan saved again with the fetched secrets, as the Flannel step does, and loaded back.
    await call(socket, 'plan.save', { plan: { ...plan, secrets: { kubeadmToken: result.token, kubeadmCaHash: result.caHash } } });
    const loaded = await call<{ plan: Plan }>(socket, 'plan.load');
    expect(loaded.plan.secrets).toEqual({ kubeadmToken: result.token, kubeadmCaHash: result.caHash });
    for (const job of [fetched, wrongPassphrase, password, echoed]) {
      const log = await call<{ lines: Array<{ text: string }> }>(socket, 'jobs.log', { jobId: job.id });
      expect(log.lines.length, `the log of ${job.id}`).toBeGreaterThan(0);
    }
    socket.close();

    // The host stops as an operator stops it (Ctrl+C), writing what it still holds.
    host.process.kill('SIGINT');
    await new Promise((resolve) => host!.process.once('exit', resolve));

    const files = filesUnder(userDataDir);
    const names = files.map((file) => relative(userDataDir, file)).sort();
    // Not a vacuous pass: the plan, the trusted host, the key pair and every job's log and summary are there.
    const planFile = currentPlanFile(userDataDir)!;
    expect(names).toEqual(expect.arrayContaining([relative(userDataDir, planFile), 'known-hosts.json', join('ssh', 'id_ed25519'), join('ssh', 'id_ed25519.pub')]));
    for (const job of [fetched, wrongPassphrase, password, echoed]) {
      expect(names).toEqual(expect.arrayContaining([join('jobs', `${job.id}.log`), join('jobs', `${job.id}.json`)]));
    }
    expect(readFileSync(join(userDataDir, 'jobs', `${fetched.id}.log`), 'utf8')).toMatch(/--token \[REDACTED/);
    expect((JSON.parse(readFileSync(planFile, 'utf8')) as Plan).secrets.kubeadmToken).not.toBe('');

    const found: string[] = [];
    for (const file of files) {
      if (file === key.privateKeyPath) continue; // the key itself: its material is allowed only there
      for (const name of leaks(readFileSync(file).toString('latin1'), secrets)) found.push(`${name} in ${relative(userDataDir, file)}`);
    }
    for (const name of leaks(host.output.join('\n'), secrets)) found.push(`${name} in the host's output`);
    expect(found).toEqual([]);
    // And the check itself finds what it looks for.
    expect(leaks(`x${Buffer.from(`ab${secrets['SSH password']}`, 'utf16le').toString('base64')}x`, secrets)).toEqual(['SSH password']);
    expect(leaks(readFileSync(key.privateKeyPath, 'latin1'), secrets).length).toBeGreaterThan(0);
  });
});
