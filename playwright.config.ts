import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests. The `web` project drives the web host in Debian's Chromium (never a downloaded
 * browser); the `electron` project drives the desktop app where an Electron binary exists.
 */
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '.tmp/playwright-results.json' }]],
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    {
      name: 'web',
      testIgnore: '**/electron/**',
      use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions, viewport: { width: 1280, height: 800 } },
    },
    { name: 'electron', testMatch: '**/electron/**/*.spec.ts' },
  ],
});
