import { mkdirSync, readFileSync } from 'node:fs';
import { expect, test } from '../fixtures/web-host.js';

const screenshotDir = 'e2e/screenshots';
mkdirSync(screenshotDir, { recursive: true });

test('the log viewer searches, filters, shows times and saves the log of a job', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await page.getByTestId('step-install').click();
  await page.getByTestId('run-machine-check').click();
  const drawer = page.getByTestId('log-drawer');
  await expect(drawer).toBeVisible();
  await expect(drawer.getByText('succeeded').first()).toBeVisible();
  const lines = drawer.getByTestId('log-line');
  await expect(lines.filter({ hasText: /Elevated: (yes|no)/ })).toBeVisible();

  // Search: one match, counted, highlighted and marked as the current match.
  await drawer.getByLabel('Search log').fill('Elevated');
  await expect(drawer.getByTestId('log-search-count')).toHaveText('1 of 1');
  await expect(drawer.locator('mark')).toHaveCount(1);
  await expect(drawer.locator('mark')).toHaveText('Elevated');
  await expect(drawer.locator('[data-testid="log-line"][data-active-match]')).toContainText('Elevated');
  await drawer.getByRole('button', { name: 'Next match' }).click();
  await expect(drawer.getByTestId('log-search-count')).toHaveText('1 of 1');
  await drawer.getByLabel('Search log').fill('no such text anywhere');
  await expect(drawer.getByTestId('log-search-count')).toHaveText('No matches');
  await expect(drawer.locator('mark')).toHaveCount(0);
  await drawer.getByLabel('Search log').fill('');

  // Filter to the app's own messages: every shown line is an info line.
  const allCount = await lines.count();
  await drawer.getByRole('button', { name: 'App messages' }).click();
  await expect(drawer.getByRole('button', { name: 'App messages' })).toHaveAttribute('aria-pressed', 'true');
  await expect(lines.first()).toBeVisible();
  const streams = await lines.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-stream')));
  expect(streams.length).toBeGreaterThan(0);
  expect(streams.length).toBeLessThan(allCount);
  expect(new Set(streams)).toEqual(new Set(['info']));
  await drawer.getByRole('button', { name: 'All' }).click();
  await expect(lines).toHaveCount(allCount);

  // Timestamps.
  await expect(drawer.getByTestId('log-time')).toHaveCount(0);
  await drawer.getByLabel('Timestamps').check();
  await expect(drawer.getByTestId('log-time').first()).toHaveText(/^\d{2}:\d{2}:\d{2}\.\d{3}$/);
  await expect(lines.first()).toHaveText(/^\d{2}:\d{2}:\d{2}\.\d{3}/);

  // The full log's place on disk.
  await expect(drawer.getByTestId('log-file')).toContainText('Full log on disk:');

  // Save downloads the window as <jobId>.log.
  const downloadPromise = page.waitForEvent('download');
  await drawer.getByRole('button', { name: 'Save', exact: true }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/\.log$/);
  const saved = readFileSync(await download.path(), 'utf8');
  expect(saved).toMatch(/Elevated: (yes|no)/);

  await drawer.getByLabel('Search log').fill('Elevated');
  await expect(drawer.locator('mark')).toHaveCount(1);
  await page.waitForTimeout(300); // let the search field's label finish moving
  await page.screenshot({ path: `${screenshotDir}/log-viewer.png` });
});
