/**
 * Help where it is needed, warnings at the moment they matter, copy buttons on what the operator must carry
 * elsewhere: a field's help and its "Why?" link, the KB4489899 warning that waits for the node's build, and the
 * clipboard holding exactly what the page shows (the node config file, a command, a key fingerprint).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/web-host.js';

const screenshotDir = 'e2e/screenshots';
const token = 'abcdef.0123456789abcdef';
const caHash = `sha256:${'0123456789abcdef'.repeat(4)}`;
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('a field explains itself in a popover with a Why link, and keeps its own label', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  const field = page.getByLabel('Service CIDR', { exact: true });
  await expect(field).toHaveValue('10.96.0.0/12');
  // The help button is named by hidden text, not aria-label, so looking the field up by its label never finds it.
  const help = page.getByRole('button', { name: 'Help: Service CIDR' });
  await expect(help).toHaveCount(1);
  await expect(page.getByLabel('Service CIDR').and(page.getByRole('button'))).toHaveCount(0);
  await expect(help).toHaveAttribute('aria-expanded', 'false');
  await help.click();
  const popover = page.getByRole('dialog', { name: 'Service CIDR' });
  await expect(popover).toBeVisible();
  // The popover is modal: the page behind it is hidden from the accessibility tree, so find the button by its id.
  await expect(page.getByTestId('help-ipPlan.serviceCidr')).toHaveAttribute('aria-expanded', 'true');
  await expect(popover.getByTestId('field-help-text')).toContainText('10.96.0.0/12 by default');
  await expect(popover.getByTestId('field-help-text')).toContainText('kube-proxy');
  const why = popover.getByRole('link', { name: /^Why\? Kubernetes guide: Plan IP Addressing$/ });
  await expect(why).toHaveAttribute('href', 'https://kubernetes.io/docs/setup/production-environment/windows/user-guide-windows-nodes/#plan-ip-addressing');
  await expect(why).toHaveAttribute('target', '_blank');
  await expect(why).toHaveAttribute('rel', /noopener/);

  mkdirSync(screenshotDir, { recursive: true });
  await page.mouse.move(0, 0);
  await expect(page.locator('.MuiTouchRipple-child')).toHaveCount(0);
  await page.screenshot({ path: `${screenshotDir}/field-help.png` });

  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(help).toBeFocused();
});

test('the node config copies as shown, and the KB4489899 warning waits for build 17763', async ({ page, webHost, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: webHost.origin });
  await page.goto(webHost.url);
  await page.getByTestId('step-nodeConfig').click();
  await page.getByLabel('Control-plane IP address').fill('10.0.0.4');
  await page.getByLabel('Control-plane user').fill('ubuntu');
  await page.getByLabel('Kubeadm token').fill(token);
  await page.getByLabel('CA cert hash').fill(caHash);
  await expect(page.getByTestId('config-verdict')).toContainText('Ready to export');

  // The file: Copy gives the real values, so compare with the preview once it shows them too.
  await page.getByTestId('show-secrets').click();
  const preview = page.getByTestId('config-preview');
  await expect(preview).toContainText(`"KubeadmToken": "${token}"`);
  await page.getByRole('button', { name: 'Copy Kubeclustervxlan.json' }).click();
  expect(await clipboard(page)).toBe(await preview.textContent());

  // vxlan is the default plugin; without the node's build nothing is claimed about it.
  await expect(page.getByLabel('CNI plugin')).toHaveValue('vxlan');
  const kb = page.getByTestId('kb4489899-warning');
  await expect(kb).toHaveCount(0);
  const build = page.getByLabel('Windows build');
  await build.fill('17763');
  await expect(kb).toBeVisible();
  await expect(kb).toContainText('KB4489899');
  await expect(kb.getByRole('link', { name: /^Why\?/ })).toHaveAttribute('href', /^https:\/\/kubernetes\.io\/.*#preparing-a-windows-node$/);

  // Its command, copied exactly as shown.
  const command = kb.getByTestId('warning-kb4489899-command');
  await kb.getByRole('button', { name: 'Copy the KB4489899 check' }).click();
  await expect(kb.getByTestId('warning-kb4489899-command-copy-notice')).toHaveText('Copied');
  expect(await clipboard(page)).toBe(await command.textContent());

  await build.fill('17763.379');
  await expect(kb).toHaveCount(0);
  await build.fill('17763.316');
  await expect(kb).toContainText('17763.316 is older than 17763.379');
  await page.getByLabel('CNI plugin').selectOption('bridge');
  await expect(kb).toHaveCount(0);
});

test('a generated key’s fingerprint copies exactly as shown', async ({ page, webHost, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: webHost.origin });
  await page.goto(webHost.url);
  await page.getByTestId('step-flannel').click();
  await page.getByTestId('generate-key').click();
  const fingerprint = page.getByTestId('generated-key-fingerprint');
  await expect(fingerprint).toHaveText(/^SHA256:[A-Za-z0-9+/]{43}$/);
  await page.getByRole('button', { name: 'Copy the key fingerprint' }).click();
  await expect(page.getByTestId('generated-key-fingerprint-copy-notice')).toHaveText('Copied');
  expect(await clipboard(page)).toBe(await fingerprint.textContent());
});
