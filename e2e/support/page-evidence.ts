import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

const screenshotDir = 'e2e/screenshots';

/**
 * A full-page screenshot for the README, once the plan is saved and no hover, focus ring or ripple shows; just the
 * window (`fullPage: false`) when a dialog is the subject.
 */
export async function screenshot(page: Page, file: string, { fullPage = true } = {}): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await expect(page.locator('.MuiTouchRipple-child')).toHaveCount(0);
  // the sticky title bar is drawn where the window is scrolled to: at the top, it heads the full-page image
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${screenshotDir}/${file}`, fullPage });
}

export async function closeLogDrawer(page: Page): Promise<void> {
  const close = page.getByRole('button', { name: 'Close the log drawer' });
  if (await close.isVisible()) await close.click();
}

/** Every file under a folder, for greps over all the app wrote. */
export function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
