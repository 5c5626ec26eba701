import { mkdirSync } from 'node:fs';
import { expect, test } from '../fixtures/web-host.js';

const screenshotDir = 'e2e/screenshots';
mkdirSync(screenshotDir, { recursive: true });

test('the wizard opens, walks the stepper without losing input, and restores it after a reload', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await expect(page.getByText('Windows Node Wizard').first()).toBeVisible();
  // The one-time token leaves the address bar once the page has it.
  await expect(page).not.toHaveURL(/token=/);

  const clusterCidr = page.getByLabel('Cluster (pod) CIDR');
  await expect(clusterCidr).toHaveValue('10.244.0.0/16');
  await clusterCidr.fill('10.200.0.0/16');

  await page.getByTestId('next-button').click();
  await page.getByLabel('Control-plane host').fill('cp.example.internal');
  await page.getByTestId('step-nodeConfig').click();
  await expect(page.getByLabel('Network interface')).toHaveValue('Ethernet');
  await page.getByTestId('step-install').click();
  await page.getByTestId('back-button').click();
  await page.getByTestId('step-ipPlan').click();
  await expect(clusterCidr).toHaveValue('10.200.0.0/16');
  await page.getByTestId('step-flannel').click();
  await expect(page.getByLabel('Control-plane host')).toHaveValue('cp.example.internal');

  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await page.reload();
  await expect(page.getByLabel('Control-plane host')).toHaveValue('cp.example.internal');
  await page.getByTestId('step-ipPlan').click();
  await expect(page.getByLabel('Cluster (pod) CIDR')).toHaveValue('10.200.0.0/16');
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await expect(page.locator('.MuiStepIcon-root.Mui-active')).toHaveText('1');
  await page.screenshot({ path: `${screenshotDir}/wizard-ip-plan.png` });
});

test('the local machine check streams its lines into the log drawer', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await page.getByTestId('step-install').click();
  await page.getByTestId('run-machine-check').click();
  const drawer = page.getByTestId('log-drawer');
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId('log-line').filter({ hasText: /Elevated: (yes|no)/ })).toBeVisible();
  await expect(drawer.getByTestId('log-line').filter({ hasText: '127.0.0.0/8' })).toBeVisible();
  await expect(drawer.getByText('succeeded').first()).toBeVisible();
  expect(await drawer.getByTestId('log-line').count()).toBeGreaterThan(3);
  await page.screenshot({ path: `${screenshotDir}/wizard-machine-check.png` });
});

test('dark theme follows the operating system', async ({ page, webHost }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(webHost.url);
  await expect(page.getByText('Windows Node Wizard').first()).toBeVisible();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe('rgb(255, 255, 255)');
  await page.screenshot({ path: `${screenshotDir}/wizard-dark.png` });
});

test('a page opened without the token cannot reach the main side and says what to do', async ({ page, webHost }) => {
  await page.goto(webHost.origin);
  await expect(page.getByRole('alert').filter({ hasText: /address the web host printed/ })).toBeVisible();
});
