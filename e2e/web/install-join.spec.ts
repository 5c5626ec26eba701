/**
 * The operator's whole Install / Join / Reset step on a SIMULATED elevated Windows machine (fake powershell.exe and
 * KubeCluster.ps1, ../fixtures/powershell-simulation) with a SIMULATED control plane behind a REAL OpenSSH server:
 * preflight finds the expired token and the missing key and fixes both, install restarts the "machine" (the
 * host is killed), the reopened app shows where it stopped and continues with join, and verify sees the node Ready.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { installSimulatedControlPlane, type SimulatedControlPlane } from '../fixtures/control-plane-simulation/index.js';
import { startSimulatedWindowsHost, type SimulatedWindowsHostProcess } from '../fixtures/simulated-windows-host-process.js';
import { sshServerAvailable, startSshServer, type SshServer } from '../fixtures/ssh-server.js';
import { fillConnection, trustHostKey } from '../support/control-plane-connection.js';
import { filesUnder, screenshot } from '../support/page-evidence.js';

const nodePublicKey = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQDsimulatedWindowsNodeKey+/= administrator@win-node-1';

test.describe('install, restart, join and verify a Windows node', () => {
  test.skip(!sshServerAvailable(), 'needs OpenSSH (apt-get install -y openssh-server)');
  let server: SshServer;
  let sim: SimulatedControlPlane;
  let dir: string;
  let host: SimulatedWindowsHostProcess | undefined;

  test.beforeAll(async () => {
    server = await startSshServer({ isolatedHome: true });
    sim = await installSimulatedControlPlane(server, {
      podSubnet: '10.244.0.0/16',
      serviceSubnet: '10.96.0.0/12',
      dnsIp: '10.96.0.10',
      nodes: [{ name: 'k8s-master' }, { name: 'win-node-1', os: 'windows', ready: false, internalIP: '10.0.0.6' }],
    });
    dir = mkdtempSync(join(tmpdir(), 'wnw-install-e2e-'));
  });
  test.afterAll(async () => {
    await host?.kill();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('preflight fixes, install with a restart, continue with join, verify Ready', async ({ page }) => {
    test.setTimeout(180_000);
    const dataDir = join(dir, 'data');
    const windowsDir = join(dir, 'windows');
    const workDir = join(dir, 'node', 'k');
    const state = { hostname: 'win-node-1', publicKey: nodePublicKey, kubeCluster: { install: { reboot: true } } };
    host = await startSimulatedWindowsHost(dataDir, windowsDir, state);
    await page.goto(host.url);

    // The control plane, as in the Flannel step; then a node config whose token the cluster does not know.
    await page.getByTestId('step-flannel').click();
    await fillConnection(page, server);
    await trustHostKey(page, server);
    await page.getByTestId('step-nodeConfig').click();
    await page.getByLabel('Control-plane IP address').fill('10.0.0.4');
    // join copies the kubeconfig as this user, so the node's key belongs in this user's authorized_keys
    await page.getByLabel('Control-plane user').fill(server.username);
    await page.getByLabel('Kubeadm token').fill('zzzzzz.0123456789abcdef');
    await page.getByLabel('CA cert hash').fill(`sha256:${'ab'.repeat(32)}`);
    await expect(page.getByTestId('config-verdict')).toContainText('Ready to export');

    await page.getByTestId('step-install').click();
    await page.getByTestId('node-work-dir').fill(workDir);
    await page.getByTestId('run-preflight').click();
    const token = page.getByTestId('preflight-check-bootstrap-token');
    await expect(token).toHaveAttribute('data-status', 'fail', { timeout: 60_000 });
    await expect(page.getByTestId('preflight-check-ssh-key-authorized')).toHaveAttribute('data-status', 'fail');
    await expect(page.getByTestId('preflight-check-virtual-machine')).toHaveAttribute('data-status', 'warn');
    await expect(page.getByTestId('preflight-fix-virtual-machine')).toContainText('Set-VMNetworkAdapter -MacAddressSpoofing On');
    await expect(page.getByTestId('preflight-adapters')).toContainText('Ethernet');
    await screenshot(page, 'install-preflight.png');

    // One click each: a fresh token from the control plane, and the node's key in authorized_keys (after consent).
    await page.getByTestId('preflight-refresh-token').click();
    await expect(page.getByTestId('refresh-token-done')).toBeVisible({ timeout: 30_000 });
    await page.getByTestId('preflight-authorize-key').click();
    await expect(page.getByTestId('authorize-key-line')).toContainText(nodePublicKey);
    await page.getByTestId('authorize-key-confirm').click();
    await expect(page.getByTestId('authorize-key-done')).toBeVisible({ timeout: 30_000 });
    await page.getByTestId('rerun-preflight').first().click();
    await expect(token).toHaveAttribute('data-status', 'pass', { timeout: 60_000 });
    await expect(page.getByTestId('preflight-check-ssh-key-authorized')).toHaveAttribute('data-status', 'pass');

    // Install: the script restarts the machine; the app has saved where it stopped.
    await page.getByTestId('install-node').click();
    const job = page.getByTestId('node-job');
    await expect(job).toHaveAttribute('data-state', 'succeeded', { timeout: 60_000 });
    await expect(page.getByTestId('node-progress')).toHaveAttribute('data-next', 'join');
    await expect(page.getByTestId('node-progress-summary')).toContainText('restarts');
    await page.getByRole('button', { name: 'Close the log drawer' }).click();
    await screenshot(page, 'install-restart.png');

    // The machine restarts: the app dies without a word, and is opened again on the same data.
    await host.kill();
    host = await startSimulatedWindowsHost(dataDir, windowsDir, { ...state, kubeCluster: {} });
    await page.goto(host.url);
    await page.getByTestId('step-install').click();
    await expect(page.getByTestId('node-progress-summary')).toContainText('Install stopped at step');
    await page.getByTestId('continue-with-join').click();
    await expect(job).toHaveAttribute('data-state', 'succeeded', { timeout: 60_000 });
    await expect(page.getByTestId('node-progress')).toHaveAttribute('data-next', 'verify');
    await expect(page.getByTestId('node-job-steps')).toContainText('Run kubeadm join');
    await screenshot(page, 'install-joined.png');

    // Verify over the control plane: the node becomes Ready.
    await page.getByTestId('step-flannel').click();
    await page.getByTestId('check-host-key').click();
    await expect(page.getByTestId('host-key-trusted')).toBeVisible();
    await page.getByTestId('step-install').click();
    await sim.setNodeReady('win-node-1', true);
    await page.getByLabel('Windows node name').fill('win-node-1');
    await page.getByTestId('verify-node').click();
    await expect(page.getByTestId('verify-node-status')).toHaveAttribute('data-state', 'succeeded', { timeout: 60_000 });
    await expect(page.getByTestId('verify-node-facts')).toContainText('10.0.0.6');

    // Every file the app wrote (plans, job logs and summaries, node progress): no token secret, no CA hash.
    const secrets = (await sim.readState()).tokens.map((issued) => issued.secret).concat('0123456789abcdef', 'ab'.repeat(32));
    for (const file of filesUnder(dataDir)) {
      const text = readFileSync(file, 'utf8');
      for (const secret of secrets) expect(text.includes(secret), `${secret} in ${file}`).toBe(false);
    }
  });
});
