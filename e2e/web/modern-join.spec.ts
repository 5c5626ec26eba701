/**
 * The modern method end to end (containerd + PrepareNode.ps1 + kubeadm join, HostProcess flannel), in Chromium via
 * the web host: a SIMULATED v1.29.6 control plane with flannel v0.25.1 behind a REAL OpenSSH server, and a SIMULATED
 * elevated Windows machine (fake powershell.exe, Install-Containerd.ps1, PrepareNode.ps1, kubeadm) linked to it.
 * Detect → kubeadm method; Windows DaemonSets deployed; preflight finds the expired token, which is refreshed;
 * Install-Containerd.ps1 asks for a restart (the app is killed), install runs again after it; join; verify Ready.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { installSimulatedControlPlane, type SimulatedControlPlane } from '../fixtures/control-plane-simulation/index.js';
import { startSimulatedWindowsHost, type SimulatedWindowsHostProcess } from '../fixtures/simulated-windows-host-process.js';
import { sshServerAvailable, startSshServer, type SshServer } from '../fixtures/ssh-server.js';
import { fillConnection, trustHostKey } from '../support/control-plane-connection.js';
import { closeLogDrawer, filesUnder, screenshot } from '../support/page-evidence.js';

const hostprocess = join(import.meta.dirname, '../../../shared/mission/data/sig-windows-tools/hostprocess');
const EXPIRED = 'olddd1.0123456789abcdef';

test.describe('the modern method: containerd, PrepareNode.ps1 and kubeadm join', () => {
  test.skip(!sshServerAvailable(), 'needs OpenSSH (apt-get install -y openssh-server)');
  let server: SshServer;
  let sim: SimulatedControlPlane;
  let dir: string;
  let host: SimulatedWindowsHostProcess | undefined;

  test.beforeAll(async () => {
    server = await startSshServer({ isolatedHome: true });
    sim = await installSimulatedControlPlane(server, {
      kubernetesVersion: 'v1.29.6',
      flannelVersion: 'v0.25.1',
      flannelNetConf: '{\n  "Network": "10.244.0.0/16",\n  "Backend": {\n    "Type": "vxlan",\n    "VNI": 4096,\n    "Port": 4789\n  }\n}\n',
      tokens: [{ token: EXPIRED, ageSeconds: 25 * 3600 }],
    });
    dir = mkdtempSync(join(tmpdir(), 'wnw-modern-e2e-'));
  });
  test.afterAll(async () => {
    await host?.kill();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('detect, deploy the DaemonSets, refresh the expired token, install with a restart, join, verify', async ({ page }) => {
    test.setTimeout(240_000);
    const dataDir = join(dir, 'data');
    const windowsDir = join(dir, 'windows');
    const workDir = join(dir, 'node', 'k');
    const state = { hostname: 'win-node-1', containersNeedsRestart: true, controlPlaneStateDir: sim.stateDir };
    host = await startSimulatedWindowsHost(dataDir, windowsDir, state);
    await page.goto(host.url);

    await page.getByTestId('step-flannel').click();
    await fillConnection(page, server);
    await trustHostKey(page, server);

    // Step 3: the cluster says v1.29.6, so only the modern method is possible.
    await page.getByTestId('step-nodeConfig').click();
    await page.getByTestId('detect-cluster').click();
    await expect(page.getByTestId('detected-version')).toContainText('v1.29.6', { timeout: 30_000 });
    await expect(page.getByTestId('join-method-kubeadm')).toBeChecked();
    await expect(page.getByTestId('join-method-kubecluster')).toBeDisabled();
    await expect(page.getByTestId('join-method-reason')).toContainText('1.24');
    await page.getByLabel('Control-plane IP address').fill('10.0.0.4');
    await page.getByLabel('Kubeadm token').fill(EXPIRED);
    await page.getByLabel('CA cert hash').fill(`sha256:${'ab'.repeat(32)}`);
    await closeLogDrawer(page);
    await screenshot(page, 'modern-join-method.png');

    // Flannel step: the Windows DaemonSets from sig-windows-tools' HostProcess manifests.
    await page.getByTestId('step-flannel').click();
    await page.getByTestId('hostprocess-manifest-rbac-file').setInputFiles(join(hostprocess, 'kube-flannel-rbac.yml'));
    await page.getByTestId('hostprocess-manifest-flannelOverlay-file').setInputFiles(join(hostprocess, 'flannel-overlay.yml'));
    await page.getByTestId('hostprocess-manifest-kubeProxy-file').setInputFiles(join(hostprocess, 'kube-proxy.yml'));
    await page.getByTestId('deploy-windows-daemonsets').click();
    await expect(page.getByTestId('windows-daemonsets-status')).toHaveAttribute('data-state', 'succeeded', { timeout: 60_000 });
    expect(Object.keys((await sim.readState()).objects)).toContain('DaemonSet/kube-flannel/kube-flannel-ds-windows-amd64');
    await closeLogDrawer(page);

    // Step 4: preflight finds the expired token; one click fetches a fresh one.
    await page.getByTestId('step-install').click();
    await page.getByTestId('node-work-dir').fill(workDir);
    await page.getByTestId('run-preflight').click();
    const token = page.getByTestId('preflight-check-bootstrap-token');
    await expect(token).toHaveAttribute('data-status', 'fail', { timeout: 60_000 });
    await expect(page.getByTestId('preflight-check-containerd')).toHaveAttribute('data-status', 'warn');
    await page.getByTestId('preflight-refresh-token').click();
    await expect(page.getByTestId('refresh-token-done')).toBeVisible({ timeout: 30_000 });
    await page.getByTestId('rerun-preflight').first().click();
    await expect(token).toHaveAttribute('data-status', 'pass', { timeout: 60_000 });

    // Install: Install-Containerd.ps1 enables the Containers feature and asks for a restart.
    await page.getByTestId('install-node').click();
    await expect(page.getByTestId('node-job')).toHaveAttribute('data-state', 'succeeded', { timeout: 60_000 });
    await expect(page.getByTestId('node-progress')).toHaveAttribute('data-next', 'install');
    await closeLogDrawer(page);
    await screenshot(page, 'modern-restart.png');

    // The restart: the app dies, opens again on the same data, and install runs again to the end.
    await host.kill();
    host = await startSimulatedWindowsHost(dataDir, windowsDir, { ...state, containersNeedsRestart: false, containersFeature: 'Installed' });
    await page.goto(host.url);
    await page.getByTestId('step-install').click();
    await expect(page.getByTestId('node-progress-summary')).toContainText('run install again');
    await page.getByTestId('run-install-again').click();
    await expect(page.getByTestId('node-job')).toHaveAttribute('data-state', 'succeeded', { timeout: 60_000 });
    await expect(page.getByTestId('node-progress')).toHaveAttribute('data-next', 'join');

    // Join with the refreshed token, then verify over the control plane.
    await page.getByTestId('continue-with-join').click();
    await expect(page.getByTestId('node-job')).toHaveAttribute('data-state', 'succeeded', { timeout: 60_000 });
    await closeLogDrawer(page);
    await screenshot(page, 'modern-joined.png');
    await page.getByTestId('step-flannel').click();
    await page.getByTestId('check-host-key').click();
    await expect(page.getByTestId('host-key-trusted')).toBeVisible();
    await page.getByTestId('step-install').click();
    // The join registered the node (NotReady). The SIMULATED cluster moves pods on only when something lists them,
    // where a real one has the HostProcess flannel pod running by now and the node Ready.
    expect((await sim.readState()).nodes.map((node) => node.name)).toContain('win-node-1');
    await sim.setNodeReady('win-node-1', true);
    await page.getByLabel('Windows node name').fill('win-node-1');
    await page.getByTestId('verify-node').click();
    await expect(page.getByTestId('verify-node-status')).toHaveAttribute('data-state', 'succeeded', { timeout: 90_000 });

    const secrets = (await sim.readState()).tokens.map((issued) => issued.secret);
    for (const file of filesUnder(dataDir)) {
      const text = readFileSync(file, 'utf8');
      for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    }
  });
});
