/**
 * Several saved plans (a plan = a cluster) in the web host: create two with different values and switch between
 * them (every field and the step come back), rename, duplicate, delete and undo, export with the secrets
 * encrypted and import the file back (a wrong passphrase first), and a reload keeps the open plan.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/web-host.js';
import { screenshot } from '../support/page-evidence.js';

const token = 'fedcba.9876543210fedcba';
const caHash = `sha256:${'9876543210abcdef'.repeat(4)}`;
const passphrase = 'correct horse battery';

const plansDialog = (page: Page) => page.getByTestId('plans-dialog');
const row = (page: Page, name: string) => plansDialog(page).getByTestId('plan-row').filter({ has: page.getByTestId('plan-name').getByText(name, { exact: true }) });
const clusterCidr = (page: Page) => page.getByLabel('Cluster (pod) CIDR');

async function openPlans(page: Page): Promise<void> {
  await page.getByTestId('plans-button').click();
  await expect(plansDialog(page)).toBeVisible();
}

async function createPlan(page: Page, name: string): Promise<void> {
  await openPlans(page);
  await page.getByTestId('new-plan-name').fill(name);
  await page.getByTestId('create-plan').click();
  await expect(plansDialog(page)).toBeHidden();
  await expect(page.getByTestId('current-plan-name')).toHaveText(name);
}

async function switchTo(page: Page, name: string): Promise<void> {
  await openPlans(page);
  await row(page, name).getByTestId('plan-open').click();
  await expect(plansDialog(page)).toBeHidden();
  await expect(page.getByTestId('current-plan-name')).toHaveText(name);
}

test('plans: switch, rename, duplicate, delete with undo, export with secrets and import back, reload', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await expect(page.getByTestId('current-plan-name')).toHaveText('My cluster');

  // Two plans with different values, each left on a different step.
  await createPlan(page, 'Alpha');
  await expect(clusterCidr(page)).toHaveValue('10.244.0.0/16');
  await clusterCidr(page).fill('10.11.0.0/16');
  await page.getByTestId('step-flannel').click();

  await createPlan(page, 'Beta');
  await expect(page.getByTestId('step-ipPlan')).toHaveAttribute('aria-selected', 'true');
  await expect(clusterCidr(page)).toHaveValue('10.244.0.0/16');
  await clusterCidr(page).fill('10.22.0.0/16');
  await page.getByTestId('step-nodeConfig').click();
  await page.getByLabel('Kubeadm token').fill(token);
  await page.getByLabel('CA cert hash').fill(caHash);

  // Switching restores the step each plan was on, and every field.
  await switchTo(page, 'Alpha');
  await expect(page.getByTestId('step-flannel')).toHaveAttribute('aria-selected', 'true');
  await page.getByTestId('step-ipPlan').click();
  await expect(clusterCidr(page)).toHaveValue('10.11.0.0/16');
  await switchTo(page, 'Beta');
  await expect(page.getByTestId('step-nodeConfig')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Kubeadm token')).toHaveValue(token);
  await page.getByTestId('step-ipPlan').click();
  await expect(clusterCidr(page)).toHaveValue('10.22.0.0/16');

  // The list: most recent first, the open one marked, with its step.
  await openPlans(page);
  await expect(plansDialog(page).getByTestId('plan-name')).toHaveText(['Beta', 'Alpha']);
  await expect(row(page, 'Beta').getByTestId('plan-current')).toBeVisible();
  await expect(row(page, 'Alpha').getByTestId('plan-details')).toContainText('Step: IP plan');

  // Rename in place: an empty name is refused at the field; the open plan's new name shows in the app bar.
  await row(page, 'Beta').getByTestId('plan-rename').click();
  const renameInput = plansDialog(page).getByTestId('plan-rename-input');
  await renameInput.fill('   ');
  await expect(plansDialog(page).getByText('The plan name is empty')).toBeVisible();
  await expect(plansDialog(page).getByTestId('plan-rename-save')).toBeDisabled();
  await renameInput.fill('Beta EU');
  await renameInput.press('Enter');
  await expect(row(page, 'Beta EU')).toBeVisible();
  await expect(row(page, 'Beta EU').getByTestId('plan-rename')).toBeFocused();
  await expect(page.getByTestId('current-plan-name')).toHaveText('Beta EU');
  // Escape leaves a rename unchanged, and the dialog open.
  await row(page, 'Alpha').getByTestId('plan-rename').click();
  await plansDialog(page).getByTestId('plan-rename-input').fill('Not kept');
  await page.keyboard.press('Escape');
  await expect(plansDialog(page)).toBeVisible();
  await expect(row(page, 'Alpha')).toBeVisible();

  // Duplicate, then delete the copy and bring it back with Undo.
  await row(page, 'Alpha').getByTestId('plan-duplicate').click();
  await expect(row(page, 'Copy of Alpha')).toBeVisible();
  await row(page, 'Copy of Alpha').getByTestId('plan-delete').click();
  await expect(page.getByTestId('plan-deleted')).toHaveText('Deleted “Copy of Alpha”');
  await expect(row(page, 'Copy of Alpha')).toHaveCount(0);
  await page.getByTestId('plan-undo-delete').click();
  await expect(row(page, 'Copy of Alpha')).toBeVisible();

  // Export with the secrets opted in: a short passphrase is refused; the file holds neither secret in clear.
  await row(page, 'Beta EU').getByTestId('plan-export').click();
  const exportDialog = page.getByTestId('export-plan-dialog');
  await exportDialog.getByLabel('Include secrets (encrypted)').check();
  await exportDialog.getByTestId('export-passphrase').fill('short');
  await exportDialog.getByTestId('export-passphrase-repeat').fill('short');
  await exportDialog.getByTestId('export-plan-submit').click();
  await expect(exportDialog).toContainText('Use at least 8 characters');
  await exportDialog.getByTestId('export-passphrase').fill(passphrase);
  await exportDialog.getByTestId('export-passphrase-repeat').fill(passphrase);
  const download = page.waitForEvent('download');
  await exportDialog.getByTestId('export-plan-submit').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Beta-EU.wnw-plan.json');
  // Saved under its own name, as the operator's browser would, so the import names the file.
  const exportedPath = join(mkdtempSync(join(tmpdir(), 'wnw-plan-export-')), file.suggestedFilename());
  await file.saveAs(exportedPath);
  const exported = readFileSync(exportedPath, 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ format: 'windows-node-wizard-plan', version: 1, plan: { name: 'Beta EU' }, secrets: { kdf: { name: 'scrypt' } } });
  for (const secret of [token, caHash, caHash.slice('sha256:'.length), Buffer.from(token).toString('base64'), Buffer.from(token).toString('hex')]) expect(exported).not.toContain(secret);
  await expect(exportDialog).toBeHidden();

  // Import it back: a wrong passphrase first (nothing imported), then the right one.
  await plansDialog(page).getByTestId('import-plan-file').setInputFiles(exportedPath);
  const importPassphrase = plansDialog(page).getByTestId('import-passphrase');
  await importPassphrase.fill('not the passphrase');
  await plansDialog(page).getByTestId('import-plan-submit').click();
  await expect(plansDialog(page)).toContainText("The passphrase does not open this plan's secrets");
  await expect(plansDialog(page).getByTestId('plan-row')).toHaveCount(3);
  await importPassphrase.fill(passphrase);
  await plansDialog(page).getByTestId('import-plan-submit').click();
  await expect(plansDialog(page).getByTestId('import-plan-outcome')).toContainText('Imported Beta-EU.wnw-plan.json as “Beta EU (imported)”');
  await expect(plansDialog(page).getByTestId('plan-row')).toHaveCount(4);
  await screenshot(page, 'plans.png', { fullPage: false });

  await row(page, 'Beta EU (imported)').getByTestId('plan-open').click();
  await expect(page.getByTestId('current-plan-name')).toHaveText('Beta EU (imported)');
  await expect(clusterCidr(page)).toHaveValue('10.22.0.0/16');
  await page.getByTestId('step-nodeConfig').click();
  await expect(page.getByLabel('Kubeadm token')).toHaveValue(token);
  await expect(page.getByLabel('CA cert hash')).toHaveValue(caHash);

  // A reload keeps the open plan, its step and its fields.
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await page.reload();
  await expect(page.getByTestId('current-plan-name')).toHaveText('Beta EU (imported)');
  await expect(page.getByTestId('step-nodeConfig')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Kubeadm token')).toHaveValue(token);
  rmSync(dirname(exportedPath), { recursive: true, force: true });
});
