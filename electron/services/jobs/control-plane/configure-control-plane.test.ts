import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installSimulatedControlPlane, realErrorTexts, type SimulatedControlPlane } from '../../../../e2e/fixtures/control-plane-simulation/index.js';
import { sshServerAvailable, startSshServer, type SshServer } from '../../../../e2e/fixtures/ssh-server.js';
import type { JobRequest } from '../../../../shared/jobs/job-types.js';
import { freshKnownHosts, killSessions } from '../../ssh/testing/sshd-sessions.js';
import { SshConnectionPool } from '../../ssh/ssh-pool.js';
import { JobRunner } from '../job-runner.js';
import { configureControlPlane, sysctlFile } from './configure-control-plane.js';

const manifest = readFileSync('../shared/mission/data/flannel/kube-flannel-v0.12.0.yml', 'utf8');
const plan = { clusterCidr: '10.244.0.0/16', serviceCidr: '10.96.0.0/12', dnsIp: '10.96.0.10' };

let server: SshServer;
let pools: SshConnectionPool[] = [];

beforeAll(async () => {
  server = await startSshServer();
});
afterAll(() => server?.stop());
afterEach(async () => {
  await Promise.all(pools.map((pool) => pool.closeAll()));
  pools = [];
});

/** A runner with only the control-plane job, a fresh known-hosts store (trusting the server unless told not to). */
async function setup(options: { trust?: boolean } = {}) {
  const knownHosts = await freshKnownHosts(server.dir, options.trust === false ? undefined : { host: server.host, port: server.port, hostKeyFingerprint: server.hostKeyFingerprint });
  const pool = new SshConnectionPool(knownHosts);
  pools.push(pool);
  const runner = new JobRunner({
    logDir: await mkdtemp(join(server.dir, 'jobs-')),
    definitions: { configureControlPlane: configureControlPlane({ pool }) },
    emit: () => {},
  });
  const request: Extract<JobRequest, { kind: 'configureControlPlane' }> = {
    kind: 'configureControlPlane',
    connection: { host: server.host, port: server.port, username: server.username, auth: { type: 'key', privateKeyPath: server.clientPrivateKeyPath } },
    plan,
    manifest,
    verifyTimeoutSeconds: 30,
  };
  const run = async () => {
    const summary = await runner.whenDone(runner.start(request));
    return { summary: summary!, log: readFileSync(summary!.logFile, 'utf8') };
  };
  return { run, request, runner };
}

/** The SIMULATED control plane: kubectl/kubeadm/sysctl/tee programs on the real sshd, with state. */
async function simulate(overrides: Parameters<typeof installSimulatedControlPlane>[1] = {}): Promise<SimulatedControlPlane> {
  return installSimulatedControlPlane(server, {
    kubernetesVersion: 'v1.16.0',
    podSubnet: '10.244.0.0/16',
    serviceSubnet: '10.96.0.0/12',
    dnsIp: '10.96.0.10',
    nodes: [{ name: 'k8s-master', os: 'linux', ready: true }],
    ...overrides,
  });
}

describe.skipIf(!sshServerAvailable())('configure control plane, over real SSH, against a SIMULATED control plane', () => {
  it('runs every step, leaves flannel configured for Windows, and is safe to run again', async () => {
    const sim = await simulate();
    const { run } = await setup();
    const first = await run();
    expect(first.summary.message).toBeUndefined();
    expect(first.summary.state).toBe('succeeded');
    expect(first.summary.steps.every((step) => step.state === 'succeeded')).toBe(true);
    expect(first.log).toContain('configmap/kube-flannel-cfg created');
    expect(first.log).toMatch(/daemonset\.apps\/kube-flannel-ds-amd64 patched/);
    expect(first.log).toMatch(/Flannel pods \d+ of \d+ Running/);

    const state = await sim.readState();
    expect(state.sysctl['net.bridge.bridge-nf-call-iptables']).toBe('1');
    expect(state.files[sysctlFile]).toContain('net.bridge.bridge-nf-call-iptables = 1');
    const config = state.objects['ConfigMap/kube-system/kube-flannel-cfg'] as { data: Record<string, string> };
    expect(JSON.parse(config.data['net-conf.json']!)).toEqual({ Network: '10.244.0.0/16', Backend: { Type: 'vxlan', VNI: 4096, Port: 4789 } });

    const second = await run();
    expect(second.summary.state).toBe('succeeded');
    expect(second.log).toContain('configmap/kube-flannel-cfg unchanged');
  }, 60_000);

  it('refuses to change a cluster that disagrees with the plan, showing both sides', async () => {
    const sim = await simulate({ podSubnet: '10.200.0.0/16', dnsIp: '10.96.0.11' });
    const { run } = await setup();
    const { summary, log } = await run();
    expect(summary.state).toBe('failed');
    expect(summary.steps.find((step) => step.state === 'failed')?.name).toBe('Compare the plan with the cluster');
    // The node's pod range was allocated from the cluster's podSubnet, so it disagrees too.
    expect(summary.message).toMatch(/disagrees with the plan in 3 places/);
    expect(log).toMatch(/Pod range of node k8s-master: plan 10\.244\.0\.0\/16, cluster 10\.200\.\d+\.0\/24/);
    expect(log).toContain('Pod subnet (kubeadm podSubnet): plan 10.244.0.0/16, cluster 10.200.0.0/16');
    expect(log).toContain('kube-dns Service IP: plan 10.96.0.10, cluster 10.96.0.11');
    const commands = (await sim.readState()).commands.map((command) => [command.program, ...command.args].join(' '));
    expect(commands.some((command) => command.includes('apply'))).toBe(false);
  }, 60_000);

  it('a failing kubectl ends the job at its step with its error; a re-run succeeds', async () => {
    const sim = await simulate();
    await sim.setFailure({ match: 'kubectl apply', exitCode: 1, stderr: realErrorTexts.kubectlConnectionRefused(), times: 1 });
    const { run } = await setup();
    const failed = await run();
    expect(failed.summary.state).toBe('failed');
    expect(failed.summary.steps.find((step) => step.state === 'failed')?.name).toBe('Apply the flannel manifest');
    expect(failed.summary.message).toMatch(/kubectl apply -f failed: The connection to the server .* was refused/);
    expect(failed.log).toContain('$ kubectl apply -f -');
    expect((await run()).summary.state).toBe('succeeded');
  }, 60_000);

  it('a connection killed mid-stream fails the job at that step, keeps the log, and a re-run reconnects', async () => {
    const sim = await simulate();
    await sim.setFailure({ match: 'kubectl apply', hangAfterLines: 2, times: 1 });
    const { run } = await setup();
    const running = run();
    await expect.poll(async () => (await sim.readState()).commands.some((command) => command.args.includes('apply')), { timeout: 20_000 }).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await killSessions(server.pid);
    const failed = await running;
    expect(failed.summary.state).toBe('failed');
    expect(failed.summary.steps.find((step) => step.state === 'failed')?.name).toBe('Apply the flannel manifest');
    expect(failed.log).toContain('podsecuritypolicy.policy/psp.flannel.unprivileged created');
    expect((await run()).summary.state).toBe('succeeded');
  }, 60_000);

  it('never connects to a host whose key is not trusted', async () => {
    await simulate();
    const { run } = await setup({ trust: false });
    const { summary } = await run();
    expect(summary.state).toBe('failed');
    expect(summary.steps[0]).toEqual({ name: 'Connect to the control plane', state: 'failed' });
    expect(summary.message).toContain(server.hostKeyFingerprint);
  }, 30_000);
});
