import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHostProcess } from '../bench/bench-host.js';

const lineCount = 20_000;
const lineNumber = async (row: { textContent(): Promise<string | null> }) => Number(/^line (\d+):/.exec((await row.textContent()) ?? '')?.[1]);

// The benchmark's flood host (the real web host and renderer; "Check this machine" prints numbered lines).
test('a long log stays windowed: it follows the tail, stays put when scrolled up, and finds a line far back', async ({ page }) => {
  const host = await startHostProcess('e2e/bench/log-flood-host.ts', { WNW_RENDERER_DIR: '.vite/renderer/main_window' });
  try {
    writeFileSync(join(host.userDataDir, 'flood-lines'), String(lineCount));
    await page.goto(host.url);
    await page.getByTestId('step-install').click();
    await page.getByTestId('run-machine-check').click();
    const drawer = page.getByTestId('log-drawer');
    await expect(drawer.getByText('succeeded').first()).toBeVisible({ timeout: 30_000 });
    const rows = drawer.getByTestId('log-line');
    const scroller = drawer.getByTestId('log-lines');

    // at the tail, with only the rows in view (and a few around them) in the page
    await expect(rows.last()).toContainText(`line ${lineCount}:`);
    await expect(rows.last()).toBeInViewport();
    expect(await rows.count()).toBeLessThan(150);
    await expect(drawer.getByTestId('log-dropped')).toContainText('earlier lines not shown (window of 5,000)');

    // scrolled to the top of the window: it stays there, and offers the way back
    await scroller.evaluate((element) => (element.scrollTop = 0));
    await expect(drawer.getByRole('button', { name: 'Jump to latest' })).toBeVisible();
    const first = await lineNumber(rows.first());
    expect(first).toBeGreaterThan(lineCount - 5000);
    expect(first).toBeLessThan(lineCount - 4990);
    await expect(rows.first()).toBeInViewport();

    // a search scrolls to a line in the middle of the window
    const target = lineCount - 2500;
    await drawer.getByLabel('Search log').fill(`line ${target}:`);
    await expect(drawer.getByTestId('log-search-count')).toHaveText('1 of 1');
    const active = drawer.locator('[data-testid="log-line"][data-active-match]');
    await expect(active).toContainText(`line ${target}:`);
    await expect(active).toBeInViewport();

    await drawer.getByLabel('Search log').fill('');
    await drawer.getByRole('button', { name: 'Jump to latest' }).click();
    await expect(rows.last()).toContainText(`line ${lineCount}:`);
    await expect(rows.last()).toBeInViewport();
    await expect(drawer.getByRole('button', { name: 'Jump to latest' })).toHaveCount(0);
  } finally {
    await host.stop();
  }
});
