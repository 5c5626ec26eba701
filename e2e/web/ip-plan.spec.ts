import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/web-host.js';

const screenshotDir = 'e2e/screenshots';
mkdirSync(screenshotDir, { recursive: true });

/** The text under a field, found the way assistive technology finds it: through aria-describedby. */
async function helperOf(field: Locator): Promise<Locator> {
  const ids = await field.getAttribute('aria-describedby');
  expect(ids, 'the field has a description').toBeTruthy();
  return field.page().locator(ids!.split(/\s+/).map((id) => `[id="${id}"]`).join(', '));
}

/** Full-page shots of the top of the page, so the sticky title bar is where it belongs. */
async function screenshot(page: Page, path: string): Promise<void> {
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await page.mouse.move(0, 0);
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.screenshot({ path, fullPage: true });
}

async function openIpPlan(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByLabel('Cluster (pod) CIDR')).toBeVisible();
}

test('the IP plan shows each error at its field and in the summary, takes the suggestion, and is restored after a reload', async ({ page, webHost }) => {
  await openIpPlan(page, webHost.url);
  const nodes = page.getByLabel('Nodes (Linux + Windows)');
  const pods = page.getByLabel('Max pods per node');
  const cluster = page.getByLabel('Cluster (pod) CIDR');
  const dns = page.getByLabel('kube-dns service IP');
  const verdict = page.getByTestId('plan-verdict');
  const summary = page.getByTestId('plan-error-summary');
  await expect(verdict).toContainText('Plan is valid');
  await expect(await helperOf(page.getByLabel('Node subnet mask size'))).toContainText('a /24 gives each node 253 pod addresses');

  // A bad plan, typed field by field; each error appears under its field without submitting anything.
  await nodes.fill('300');
  await pods.fill('100');
  await cluster.fill('10.244.1.0/16');
  await expect(await helperOf(cluster)).toContainText('has host bits set: did you mean 10.244.0.0/16?');
  await expect(cluster).toHaveAttribute('aria-invalid', 'true');
  await expect(summary.locator('[data-code="CIDR_HOST_BITS_SET"]')).toBeVisible();

  await cluster.fill('10.244.0.0/16');
  await expect(await helperOf(cluster)).toContainText('holds 256 node subnets of /24, but the plan has 300 nodes');
  await dns.fill('10.96.0.1');
  await expect(await helperOf(dns)).toContainText('is its first address, taken by the kubernetes API service');

  await page.getByTestId('add-network').click();
  const lan = page.getByLabel('Existing network 1', { exact: true });
  await lan.fill('10.244.7.0/24');
  await expect(await helperOf(cluster)).toContainText('overlaps existing network 10.244.7.0/24 on 10.244.7.0–10.244.7.255');
  await expect(await helperOf(lan)).toContainText('Overlaps the Cluster CIDR 10.244.0.0/16');
  await page.getByTestId('add-network').click();
  const typo = page.getByLabel('Existing network 2', { exact: true });
  await typo.fill('192.168.1/24');
  await expect(await helperOf(typo)).toContainText('Existing network "192.168.1/24" is not an IPv4 CIDR');

  // The summary lists every error with its code, and the verdict and numbers explain it.
  await expect(verdict).toContainText('Plan has 4 errors');
  const codes = summary.getByTestId('plan-issue');
  await expect(codes).toHaveCount(4);
  for (const [code, field] of [['NODE_SUBNETS_EXHAUSTED', 'clusterCidr'], ['SUBNET_OVERLAP', 'clusterCidr'], ['DNS_RESERVED', 'dnsIp'], ['CIDR_INVALID', 'existingNetworks.1']]) {
    await expect(summary.locator(`[data-code="${code}"][data-field="${field}"]`)).toContainText(code!);
  }
  await expect(page.getByTestId('minimum-addresses')).toHaveText('30,300');
  await expect(page.getByTestId('cluster-addresses')).toHaveText('65,536');
  await expect(page.getByTestId('max-nodes')).toHaveText('256');
  await expect(page.getByTestId('headroom')).toHaveText('-44');
  await expect(page.getByTestId('suggested-cidr')).toHaveText('10.246.0.0/15');

  // The map shows the collision while it exists, and the HNS network is always there.
  const map = page.getByTestId('address-map');
  await expect(map).toBeVisible();
  await expect(map).toHaveAttribute('aria-label', /Cluster CIDR and Existing 1 on 10\.244\.7\.0–10\.244\.7\.255/);
  await expect(map.locator('[data-testid="address-map-overlap"][data-span="10.244.7.0–10.244.7.255"]')).toHaveCount(1);
  await expect(map.locator('[data-testid="address-map-range"][data-kind="hns"]')).toHaveAttribute('data-cidr', '192.168.255.0/30');
  await expect(page.getByTestId('hns-network').getByRole('textbox')).toHaveValue('192.168.255.0/30');
  await screenshot(page, `${screenshotDir}/ip-plan-errors.png`);

  // Each summary entry takes the caret to its field.
  await summary.locator('[data-code="DNS_RESERVED"]').click();
  await expect(dns).toBeFocused();

  // One click applies the suggestion; fixing the rest turns the plan valid.
  await page.getByTestId('use-suggested-cidr').click();
  await expect(cluster).toHaveValue('10.246.0.0/15');
  await expect(page.getByTestId('use-suggested-cidr')).toBeDisabled();
  await dns.fill('10.96.0.10');
  await page.getByRole('button', { name: 'Remove existing network 2' }).click();
  await expect(verdict).toContainText('Plan is valid');
  await expect(summary).toHaveCount(0);
  await expect(cluster).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByTestId('headroom')).toHaveText('+212');
  await expect(map.getByTestId('address-map-overlap')).toHaveCount(0);
  await screenshot(page, `${screenshotDir}/ip-plan-valid.png`);

  // The plan is part of the saved plan file: a reload brings every value back.
  await page.reload();
  await expect(cluster).toHaveValue('10.246.0.0/15');
  await expect(nodes).toHaveValue('300');
  await expect(dns).toHaveValue('10.96.0.10');
  await expect(page.getByTestId('existing-network')).toHaveCount(1);
  await expect(lan).toHaveValue('10.244.7.0/24');
  await expect(verdict).toContainText('Plan is valid');
});

test('the address map reads in the dark theme', async ({ page, webHost }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openIpPlan(page, webHost.url);
  await page.getByLabel('Cluster (pod) CIDR').fill('10.96.0.0/16');
  await page.getByTestId('add-network').click();
  await page.getByLabel('Existing network 1', { exact: true }).fill('192.168.1.0/24');
  const map = page.getByTestId('address-map');
  await expect(map.getByTestId('address-map-overlap')).toHaveCount(1);
  await expect(map.getByTestId('address-map-block')).toHaveCount(2);
  await screenshot(page, testInfo.outputPath('ip-plan-dark.png'));
});
