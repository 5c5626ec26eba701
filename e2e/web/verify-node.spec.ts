/**
 * The Install / Join / Reset step's "Verify the node": against a REAL OpenSSH server with a SIMULATED control
 * plane, the job waits while the Windows node is NotReady, then reports it once it becomes Ready.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { installSimulatedControlPlane } from '../fixtures/control-plane-simulation/index.js';
import { sshServerAvailable, startSshServer, type SshServer } from '../fixtures/ssh-server.js';
import { expect, test } from '../fixtures/web-host.js';
import { fillConnection, trustHostKey } from '../support/control-plane-connection.js';

const screenshotDir = 'e2e/screenshots';
mkdirSync(screenshotDir, { recursive: true });

async function screenshot(page: Page, file: string): Promise<void> {
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await page.mouse.move(0, 0);
  await page.evaluate(() => ((document.activeElement as HTMLElement | null)?.blur(), window.scrollTo(0, 0)));
  await expect(page.locator('.MuiTouchRipple-child')).toHaveCount(0);
  await page.screenshot({ path: `${screenshotDir}/${file}`, fullPage: true });
}

test.describe('verifying the Windows node over SSH', () => {
  test.skip(!sshServerAvailable(), 'needs OpenSSH (apt-get install -y openssh-server)');
  let server: SshServer;
  test.beforeAll(async () => {
    server = await startSshServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('waits while the node is NotReady on the SIMULATED control plane, then shows its facts', async ({ page, webHost }) => {
    const sim = await installSimulatedControlPlane(server, {
      podSubnet: '10.244.0.0/16',
      serviceSubnet: '10.96.0.0/12',
      dnsIp: '10.96.0.10',
      nodes: [{ name: 'k8s-master' }, { name: 'win-node-1', os: 'windows', ready: false, internalIP: '10.0.0.6' }],
    });
    await page.goto(webHost.url);
    await page.getByTestId('step-install').click();
    await expect(page.getByTestId('run-machine-check')).toBeVisible();
    const verify = page.getByTestId('verify-node');
    await page.getByLabel('Windows node name').fill('win-node-1');
    await expect(verify).toBeDisabled();
    await expect(page.getByTestId('verify-node-blocked')).toContainText('Complete the control-plane connection in the Flannel step');

    await page.getByRole('button', { name: 'Go to the Flannel step' }).click();
    await fillConnection(page, server);
    await trustHostKey(page, server);

    await page.getByTestId('step-install').click();
    await expect(page.getByLabel('Windows node name')).toHaveValue('win-node-1');
    await expect(page.getByTestId('verify-node-blocked')).toHaveCount(0);
    await verify.click();
    const drawer = page.getByTestId('log-drawer');
    await expect(drawer).toBeVisible();
    await expect(drawer.getByTestId('log-line').filter({ hasText: 'node win-node-1: NotReady' }).first()).toBeVisible({ timeout: 30_000 });
    const steps = page.getByTestId('verify-node-steps').getByTestId('job-step');
    await expect(steps).toHaveCount(3);
    await expect(steps.nth(1)).toHaveAttribute('data-state', 'running');
    await expect(verify).toBeDisabled();

    await sim.setNodeReady('win-node-1', true);
    await expect(page.getByTestId('verify-node-status')).toHaveAttribute('data-state', 'succeeded', { timeout: 30_000 });
    for (let index = 0; index < 3; index++) await expect(steps.nth(index)).toHaveAttribute('data-state', 'succeeded');
    const facts = page.getByTestId('verify-node-facts');
    await expect(facts).toContainText('10.0.0.6');
    await expect(facts).toContainText('windows');
    await page.getByRole('button', { name: 'Close the log drawer' }).click();
    await expect(drawer).toBeHidden();
    await screenshot(page, 'verify-node.png');
  });
});
