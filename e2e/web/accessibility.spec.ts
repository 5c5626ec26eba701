/**
 * axe-core (WCAG 2.0/2.1 A and AA, plus best practices) over every step and the states that matter, in the light
 * and the dark theme; the app follows the OS colour scheme, which Playwright's `colorScheme` emulates. Zero
 * violations, with no rule switched off. The dialogs that need a machine to talk to use a REAL OpenSSH server on
 * 127.0.0.1 (host keys) and a SIMULATED elevated Windows machine (preflight, reset).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from '@playwright/test';
import { startSimulatedWindowsHost, type SimulatedWindowsHostProcess } from '../fixtures/simulated-windows-host-process.js';
import { sshServerAvailable, startSshServer, type SshServer } from '../fixtures/ssh-server.js';
import { expect, test } from '../fixtures/web-host.js';
import { fillConnection } from '../support/control-plane-connection.js';
import { closeLogDrawer } from '../support/page-evidence.js';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const flannel012 = path.resolve('../shared/mission/data/flannel/kube-flannel-v0.12.0.yml');

/** Each violation with the elements it hit and axe's own summary of the fix, so a failure says what to change. */
function describeViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`);
      return `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.help}\n${nodes.join('\n')}`;
    })
    .join('\n');
}

/**
 * Waits for transitions (dialogs fading in, the drawer sliding up) so colours are measured as the user sees them;
 * spinners repeat forever and are left running.
 */
async function expectNoViolations(page: Page, state: string): Promise<void> {
  // Two frames first: a transition React has just asked for starts only then.
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const finite = document.getAnimations().filter((animation) => animation.effect?.getTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
  for (const dialog of await page.locator('.MuiDialog-container').all()) await expect(dialog).toHaveCSS('opacity', '1');
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  // Soft, so one run lists every state's violations rather than stopping at the first.
  expect.soft(results.violations.map((violation) => violation.id), `${state}:\n${describeViolations(results.violations)}`).toEqual([]);
  // A scan that checked nothing would pass too: make sure it saw the page.
  expect(results.passes.length, `${state}: axe found rules to check`).toBeGreaterThan(10);
}

type StepId = 'ipPlan' | 'flannel' | 'nodeConfig' | 'install';
async function openStep(page: Page, id: StepId): Promise<void> {
  await page.getByTestId(`step-${id}`).click();
  await expect(page.getByTestId(`step-${id}`)).toHaveAttribute('aria-selected', 'true');
}

/** A node config with no errors, so the install step's actions are not blocked by it. */
async function fillNodeConfig(page: Page): Promise<void> {
  await openStep(page, 'nodeConfig');
  await page.getByLabel('Control-plane IP address').fill('10.0.0.4');
  await page.getByLabel('Control-plane user').fill('root');
  await page.getByLabel('Kubeadm token').fill('abcdef.0123456789abcdef');
  await page.getByLabel('CA cert hash').fill(`sha256:${'ab'.repeat(32)}`);
  await expect(page.getByTestId('config-verdict')).toContainText('Ready to export');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('every step, the IP plan with errors, a patched manifest and the log drawer have no axe violations', async ({ page, webHost }) => {
      await page.goto(webHost.url);
      await expect(page.getByLabel('Cluster (pod) CIDR')).toBeVisible();
      await expectNoViolations(page, 'IP plan');

      await openStep(page, 'flannel');
      await expectNoViolations(page, 'Flannel');
      await page.getByTestId('manifest-file').setInputFiles(flannel012);
      await expect(page.getByTestId('net-conf-json')).toContainText('"VNI": 4096');
      await page.getByRole('tab', { name: 'Diff' }).click();
      await expect(page.getByTestId('manifest-diff')).toBeVisible();
      await page.getByTestId('generate-key').click();
      await expect(page.getByTestId('authorized-keys-line')).toBeVisible();
      await expectNoViolations(page, 'Flannel with a patched manifest, its diff and a generated key');

      await openStep(page, 'nodeConfig');
      await expectNoViolations(page, 'Node config');
      await openStep(page, 'install');
      await expectNoViolations(page, 'Install');
      await page.getByTestId('node-target-mode-remote').check();
      await page.getByTestId('add-remote-node').click();
      await expect(page.getByTestId('remote-node-row-0')).toBeVisible();
      await expectNoViolations(page, 'Install on remote nodes');
      await page.getByTestId('node-target-mode-local').check();

      await page.getByTestId('run-machine-check').click();
      const drawer = page.getByTestId('log-drawer');
      await expect(drawer.getByText('succeeded').first()).toBeVisible();
      await expect(drawer.getByLabel('Search log')).toBeVisible();
      await expectNoViolations(page, 'Install with the log drawer open');
      await drawer.getByLabel('Search log').fill('Elevated');
      await expect(drawer.locator('mark')).toHaveCount(1);
      await drawer.getByLabel('Timestamps').check();
      await expect(drawer.getByTestId('log-time').first()).toBeVisible();
      await expectNoViolations(page, 'The log drawer with a search match and timestamps');
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();

      // The IP plan with errors, and the steps that report them.
      await openStep(page, 'ipPlan');
      await page.getByLabel('Nodes (Linux + Windows)').fill('300');
      await page.getByLabel('Cluster (pod) CIDR').fill('10.244.1.0/16');
      await page.getByLabel('kube-dns service IP').fill('10.96.0.1');
      await page.getByTestId('add-network').click();
      await page.getByLabel('Existing network 1', { exact: true }).fill('10.244.7.0/24');
      await expect(page.getByTestId('plan-error-summary')).toBeVisible();
      await expectNoViolations(page, 'IP plan with errors');

      await openStep(page, 'flannel');
      await expect(page.getByTestId('run-missing')).toContainText('The manifest cannot be patched');
      await expectNoViolations(page, 'Flannel with a manifest that cannot be patched');

      // containerd + kubeadm: its method panel, the Windows DaemonSets on the Flannel step, and its install step.
      await openStep(page, 'nodeConfig');
      await page.getByTestId('kubernetes-version').fill('1.29.6');
      await page.getByTestId('join-method-kubeadm').check();
      await expect(page.getByTestId('join-method-panel')).toHaveAttribute('data-method', 'kubeadm');
      await expectNoViolations(page, 'Node config with containerd + kubeadm');
      await openStep(page, 'flannel');
      await expect(page.getByTestId('hostprocess-manifests')).toBeVisible();
      await expectNoViolations(page, 'Flannel with the Windows DaemonSets');
      await openStep(page, 'install');
      await expect(page.getByTestId('install-intro')).toHaveAttribute('data-method', 'kubeadm');
      await expectNoViolations(page, 'Install with containerd + kubeadm');
    });

    test('the plans and print-summary dialogs have no axe violations', async ({ page, webHost }) => {
      await page.goto(webHost.url);
      await expect(page.getByLabel('Cluster (pod) CIDR')).toBeVisible();
      await page.getByTestId('plans-button').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'The plans dialog');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
      await page.getByTestId('print-summary').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectNoViolations(page, 'The print-summary dialog');
    });

    test.describe('with a REAL OpenSSH server', () => {
      test.skip(!sshServerAvailable(), 'needs OpenSSH (apt-get install -y openssh-server)');
      let server: SshServer;
      test.beforeAll(async () => {
        server = await startSshServer();
      });
      test.afterAll(async () => {
        await server?.stop();
      });

      test('the control-plane host-key dialogs and a changed key have no axe violations', async ({ page, webHost }) => {
        await page.goto(webHost.url);
        await openStep(page, 'flannel');
        await fillConnection(page, server);
        await page.getByTestId('check-host-key').click();
        const dialog = page.getByTestId('host-key-dialog');
        await expect(page.getByTestId('host-key-fingerprint')).toHaveText(server.hostKeyFingerprint);
        await expectNoViolations(page, 'The trust-this-control-plane dialog');
        await page.getByTestId('trust-host-key').click();
        await expect(dialog).toBeHidden();
        await expect(page.getByTestId('host-key-trusted')).toContainText(server.hostKeyFingerprint);
        await expectNoViolations(page, 'Flannel with a trusted host key');

        // Another key recorded for this host, as after a reinstall: the warning and the forget dialog.
        const other = `SHA256:${'A'.repeat(43)}`;
        const known = { version: 1, hosts: { [`127.0.0.1:${server.port}`]: { keyType: 'ssh-ed25519', fingerprint: other, addedAt: new Date().toISOString() } } };
        writeFileSync(path.join(webHost.userDataDir, 'known-hosts.json'), JSON.stringify(known));
        await page.getByTestId('check-host-key').click();
        await expect(page.getByTestId('host-key-changed')).toContainText('may be an attack');
        await expectNoViolations(page, 'Flannel with a changed host key');
        await page.getByTestId('forget-host-key').click();
        await expect(page.getByTestId('confirm-forget-host-key')).toBeDisabled();
        await expectNoViolations(page, 'The forget-host-key dialog');
        await page.keyboard.press('Escape');
        await expect(page.getByTestId('confirm-forget-host-key')).toBeHidden();
      });

      // A fresh host, so the node's key is unknown and its trust dialog opens.
      test('the node trust dialog and the reset confirmation have no axe violations', async ({ page, webHost }) => {
        await page.goto(webHost.url);
        await fillNodeConfig(page);
        await expectNoViolations(page, 'Node config, ready to export');
        await openStep(page, 'install');
        await page.getByTestId('node-target-mode-remote').check();
        await page.getByTestId('add-remote-node').click();
        await page.getByTestId('remote-node-name-0').fill('win-node-1');
        await page.getByTestId('remote-node-host-0').fill(server.host);
        await page.getByTestId('remote-node-port-0').fill(String(server.port));
        await page.getByTestId('remote-node-username-0').fill(server.username);
        await page.getByTestId('remote-node-privateKeyPath-0').fill(server.clientPrivateKeyPath);
        await page.getByTestId('remote-node-check-host-key-0').click();
        await expect(page.getByTestId('node-host-key-fingerprint')).toHaveText(server.hostKeyFingerprint);
        await expectNoViolations(page, 'The trust-this-node dialog');
        await page.getByTestId('node-trust-host-key').click();
        await expect(page.getByTestId('remote-node-host-key-0')).toHaveAttribute('data-status', 'trusted');
        await expectNoViolations(page, 'Install on a remote node with a trusted host key');

        await page.getByTestId('reset-node').click();
        const reset = page.getByTestId('reset-dialog');
        await expect(reset.getByRole('heading', { name: /^Reset / })).toBeVisible();
        await expectNoViolations(page, 'The reset confirmation');
        await page.getByTestId('reset-confirm-checkbox').check();
        await expect(page.getByTestId('reset-confirm')).toBeEnabled();
        await expectNoViolations(page, 'The reset confirmation, ticked');
        await reset.getByRole('button', { name: 'Cancel' }).click();
        await expect(reset).toBeHidden();
      });
    });

    test.describe('on a SIMULATED elevated Windows machine', () => {
      let dir: string;
      let host: SimulatedWindowsHostProcess | undefined;
      test.beforeAll(() => {
        dir = mkdtempSync(path.join(tmpdir(), 'wnw-a11y-e2e-'));
      });
      test.afterAll(async () => {
        await host?.kill();
        rmSync(dir, { recursive: true, force: true });
      });

      test('the preflight report has no axe violations', async ({ page }) => {
        const state = { hostname: 'win-node-1', publicKey: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIsimulatedNodeKey administrator@win-node-1' };
        host = await startSimulatedWindowsHost(path.join(dir, 'data'), path.join(dir, 'windows'), state);
        await page.goto(host.url);
        await fillNodeConfig(page);
        await openStep(page, 'install');
        await page.getByTestId('node-work-dir').fill(path.join(dir, 'node', 'k'));
        await page.getByTestId('run-preflight').click();
        await expect(page.getByTestId('preflight-check-virtual-machine')).toHaveAttribute('data-status', 'warn', { timeout: 60_000 });
        await closeLogDrawer(page);
        await expectNoViolations(page, 'Install with the preflight report');
      });
    });
  });
}
