/**
 * A user-data folder with secrets everywhere a diagnostics bundle reads: a saved plan holding the join secrets and
 * an imported secret field, REAL jobs (real child processes) that print tokens, CA hashes, a password and a private
 * key, a preflight and a fetched-credentials result in memory, and node progress quoting a token.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JobRequest } from '../../../../shared/jobs/job-types.js';
import { Redactor } from '../../../../shared/logs/redact.js';
import { defaultPlan, type Plan } from '../../../../shared/plan/plan-schema.js';
import { PlanStore } from '../../files/plan-store.js';
import { JobFailure, type JobContext, type JobDefinitions } from '../../jobs/job-definition.js';
import { JobRunner } from '../../jobs/job-runner.js';
import { FileKeySecretBox } from '../../secrets/file-key-secret-box.js';
import { NodeProgressStore } from '../../windows-node/node-progress-store.js';
import type { DiagnosticsSources } from '../collect-entries.js';

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
const randomText = (length: number) => Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');

export function makeSecrets() {
  const planToken = `${randomText(6)}.${randomText(16)}`;
  const planCaHash = `sha256:${randomBytes(32).toString('hex')}`;
  const fetchedToken = `${randomText(6)}.${randomText(16)}`;
  const keyBody = randomBytes(48).toString('base64');
  return {
    'plan token': planToken,
    'plan token secret': planToken.split('.')[1]!,
    'plan CA hash': planCaHash,
    'plan CA hash hex': planCaHash.slice('sha256:'.length),
    'fetched token': fetchedToken,
    'fetched token secret': fetchedToken.split('.')[1]!,
    'typed password': `pw-${randomText(20)}`,
    'imported secret field': `imported-${randomText(20)}`,
    'private key body': keyBody,
  };
}
export type Secrets = ReturnType<typeof makeSecrets>;

/** Prints lines from a real child process, so they reach the log the way a program's output does. */
async function print(context: JobContext, lines: readonly string[]): Promise<void> {
  const result = await context.run({ command: process.execPath, args: ['-e', 'process.stdout.write(process.argv[1])', `${lines.join('\n')}\n`] });
  if (result.exitCode !== 0) throw new JobFailure(`the printing process exited with ${result.exitCode}`);
}

function definitions(secrets: Secrets): Partial<JobDefinitions> {
  return {
    localMachineCheck: {
      kind: 'localMachineCheck',
      title: () => 'Check this machine',
      steps: () => ['Print the join command', 'Print a private key'],
      conflictKey: () => 'localMachineCheck',
      run: async (context) => {
        await context.step('Print the join command', () =>
          print(context, [`kubeadm join 10.0.0.4:6443 --token ${secrets['plan token']} --discovery-token-ca-cert-hash ${secrets['plan CA hash']}`, 'visible marker line']),
        );
        await context.step('Print a private key', () =>
          print(context, ['-----BEGIN OPENSSH PRIVATE KEY-----', secrets['private key body'], '-----END OPENSSH PRIVATE KEY-----', `field: ${secrets['imported secret field']}`]),
        );
      },
    },
    // Prints the password BEFORE it is known as a secret, so the log on disk holds it: only the bundle's redaction catches it.
    verifyNode: {
      kind: 'verifyNode',
      title: () => 'Verify the node',
      steps: () => ['Log in'],
      conflictKey: () => 'verifyNode',
      run: async (context) => {
        await context.step('Log in', () => print(context, [`login with ${secrets['typed password']}`]));
        context.addSecret(secrets['typed password']);
        throw new JobFailure(`login refused for "${secrets['typed password']}" with token ${secrets['plan token']}`);
      },
    },
    preflight: {
      kind: 'preflight',
      title: () => 'Preflight of this machine',
      steps: () => ['Check the node', 'Report'],
      conflictKey: () => 'preflight',
      run: async (context) => {
        await context.step('Check the node', () => print(context, ['Administrator rights: yes']));
        await context.step('Report', async () =>
          context.setResult({
            kind: 'preflight',
            report: { checks: [{ id: 'bootstrap-token', title: 'Bootstrap token', status: 'pass', detail: `Token ${secrets['plan token']} is valid.` }], adapters: [] },
          }),
        );
      },
    },
    fetchJoinCredentials: {
      kind: 'fetchJoinCredentials',
      title: () => 'Fetch the join token',
      steps: () => ['Create a token'],
      conflictKey: () => 'fetchJoinCredentials',
      run: async (context) => {
        await context.step('Create a token', () => print(context, [`created ${secrets['fetched token']}`]));
        context.addSecret(secrets['fetched token']);
        context.setResult({ kind: 'fetchJoinCredentials', apiServer: '10.0.0.4:6443', ipAddress: '10.0.0.4', token: secrets['fetched token'], caHash: secrets['plan CA hash'] });
      },
    },
  };
}

export const requests: JobRequest[] = [
  { kind: 'localMachineCheck' },
  { kind: 'verifyNode', connection: { host: '10.0.0.4', port: 22, username: 'root', auth: { type: 'agent' } }, nodeName: 'win-1' },
  { kind: 'preflight', node: { target: { type: 'local' }, workDir: 'C:\\k', configFileName: 'Kubeclustervxlan.json' }, configText: '{}' },
  { kind: 'fetchJoinCredentials', connection: { host: '10.0.0.4', port: 22, username: 'root', auth: { type: 'agent' } } },
];

function planWithSecrets(secrets: Secrets): Plan {
  const plan = defaultPlan();
  const config = plan.nodeConfig.config;
  config.Kubernetes.ControlPlane = { ...config.Kubernetes.ControlPlane, IpAddress: '10.0.0.4', KubeadmToken: secrets['plan token'], KubeadmCAHash: secrets['plan CA hash'] };
  return {
    ...plan,
    controlPlane: { ...plan.controlPlane, host: '10.0.0.4', privateKeyPath: '/home/op/.ssh/id_ed25519' },
    secrets: { kubeadmToken: secrets['plan token'], kubeadmCaHash: secrets['plan CA hash'] },
    nodeConfig: { ...plan.nodeConfig, extras: [{ parent: 'Kubernetes.ControlPlane', key: 'BootstrapPassword', after: null, value: secrets['imported secret field'] }] },
  };
}

/** Runs every job to its end and returns the app's services over the folder, as the composition root wires them. */
export async function populateUserData(userDataDir: string, secrets: Secrets) {
  const redactor = new Redactor();
  const jobsDir = join(userDataDir, 'jobs');
  const jobs = new JobRunner({ logDir: jobsDir, definitions: definitions(secrets), emit: () => undefined, redactor });
  const plans = new PlanStore(userDataDir, new FileKeySecretBox(join(userDataDir, 'secret.key')));
  await plans.save(planWithSecrets(secrets));
  const nodeProgress = new NodeProgressStore(userDataDir);
  const ids: Record<string, string> = {};
  for (const request of requests) {
    const id = jobs.start(request);
    await jobs.whenDone(id);
    ids[request.kind] = id;
  }
  nodeProgress.started('local', 'This machine', 'join', ids.verifyNode!);
  nodeProgress.update('local', ids.verifyNode!, { state: 'failed', verdict: { outcome: 'failure', code: 'TOKEN', message: `token ${secrets['plan token']} rejected` } });
  const sources: DiagnosticsSources = {
    appInfo: async () => ({ name: 'Windows Node Wizard', version: '9.9.9', platform: 'linux', arch: 'x64', elevated: false, transport: 'web', userDataDir }),
    loadPlan: () => plans.load(),
    jobs,
    jobsDir,
    nodeProgress: () => nodeProgress.list(),
    redactor,
  };
  const rawLog = (kind: string) => readFileSync(join(jobsDir, `${ids[kind]}.log`), 'utf8');
  return { sources, ids, jobs, rawLog };
}
