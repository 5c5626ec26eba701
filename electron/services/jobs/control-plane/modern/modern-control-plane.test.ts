import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installSimulatedControlPlane, type SimulatedControlPlane } from '../../../../../e2e/fixtures/control-plane-simulation/index.js';
import { sshServerAvailable, startSshServer, type SshServer } from '../../../../../e2e/fixtures/ssh-server.js';
import { freshKnownHosts } from '../../../ssh/testing/sshd-sessions.js';
import { SshConnectionPool } from '../../../ssh/ssh-pool.js';
import { JobRunner } from '../../job-runner.js';
import { deployWindowsDaemonSets } from './deploy-windows-daemonsets.js';
import { detectCluster } from './detect-cluster.js';

const hostprocess = new URL('../../../../../../shared/mission/data/sig-windows-tools/hostprocess/', import.meta.url);
const manifests = {
  rbac: readFileSync(new URL('kube-flannel-rbac.yml', hostprocess), 'utf8'),
  flannelOverlay: readFileSync(new URL('flannel-overlay.yml', hostprocess), 'utf8'),
  kubeProxy: readFileSync(new URL('kube-proxy.yml', hostprocess), 'utf8'),
};

/** The modern method's control-plane jobs against a SIMULATED v1.29.6 cluster with flannel v0.25.1, over real SSH. */
describe.skipIf(!sshServerAvailable())('detect the cluster and deploy the Windows DaemonSets (SIMULATED control plane)', () => {
  let server: SshServer;
  let sim: SimulatedControlPlane;
  let pool: SshConnectionPool;
  let runner: JobRunner;
  beforeAll(async () => {
    server = await startSshServer();
    sim = await installSimulatedControlPlane(server, {
      kubernetesVersion: 'v1.29.6',
      flannelVersion: 'v0.25.1',
      flannelNetConf: '{\n  "Network": "10.244.0.0/16",\n  "Backend": {\n    "Type": "vxlan",\n    "VNI": 4096,\n    "Port": 4789\n  }\n}\n',
    });
    pool = new SshConnectionPool(await freshKnownHosts(server.dir, server));
    runner = new JobRunner({
      logDir: await mkdtemp(join(server.dir, 'jobs-')),
      definitions: { detectCluster: detectCluster({ pool }), deployWindowsDaemonSets: deployWindowsDaemonSets({ pool, pollIntervalMs: 200 }) },
      emit: () => {},
    });
  }, 60_000);
  afterAll(async () => {
    await pool?.closeAll();
    await server?.stop();
  });
  const connection = () => ({ host: server.host, port: server.port, username: server.username, auth: { type: 'key' as const, privateKeyPath: server.clientPrivateKeyPath } });

  it('detects v1.29.6, flannel v0.25.1 and the API server endpoint', async () => {
    const id = runner.start({ kind: 'detectCluster', connection: connection() });
    const summary = await runner.whenDone(id);
    expect(summary?.state, summary?.message).toBe('succeeded');
    expect(runner.result(id)).toMatchObject({ kind: 'detectCluster', kubernetesVersion: 'v1.29.6', flannelVersion: 'v0.25.1', apiServerPort: 6443 });
    expect(readFileSync(summary!.logFile, 'utf8')).toMatch(/containerd \+ kubeadm/);
  }, 60_000);

  it('renders the manifests with the cluster’s values, applies them, and checks they select only Windows nodes', async () => {
    const summary = await runner.whenDone(runner.start({ kind: 'deployWindowsDaemonSets', connection: connection(), serviceCidr: '10.96.0.0/12', manifests }));
    expect(summary?.state, summary?.message).toBe('succeeded');
    expect(summary?.steps.every((step) => step.state === 'succeeded')).toBe(true);
    const log = readFileSync(summary!.logFile, 'utf8');
    expect(log).toMatch(/FLANNEL_VERSION → v0\.25\.1|v0\.25\.1/);
    expect(log).toMatch(/kube-flannel-ds-windows-amd64: Windows nodes only/);
    const objects = Object.keys((await sim.readState()).objects);
    expect(objects).toEqual(expect.arrayContaining(['DaemonSet/kube-flannel/kube-flannel-ds-windows-amd64', 'DaemonSet/kube-system/kube-proxy-windows']));
    const applied = JSON.stringify((await sim.readState()).objects['DaemonSet/kube-flannel/kube-flannel-ds-windows-amd64']);
    expect(applied).toContain('sigwindowstools/flannel:v0.25.1-hostprocess');
    expect(applied).not.toContain('KUBERNETES_SERVICE_HOST_VALUE');
  }, 60_000);

  it('refuses to render without a Linux flannel, naming the step to run first', async () => {
    await sim.setFailure({ match: 'kubectl get ds -A -o json', stdout: '{"apiVersion":"v1","items":[],"kind":"List","metadata":{"resourceVersion":""}}\n', exitCode: 0 });
    const summary = await runner.whenDone(runner.start({ kind: 'deployWindowsDaemonSets', connection: connection(), serviceCidr: '10.96.0.0/12', manifests }));
    expect(summary?.state).toBe('failed');
    expect(summary?.message).toMatch(/configure the control plane \(flannel\) first/);
    await sim.clearFailures();
  }, 60_000);
});
