/**
 * `npm test`: every check and every test, in the order a failure is cheapest to find, then one closing line
 * `N passed, N failed, N skipped` that sums the unit and end-to-end tests (a broken check counts as failed).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { ensureSystemDependencies } from './system-deps.js';
import { playwrightCounts, vitestCounts, type Counts } from './test-counts.js';

const bin = (name: string) => `node_modules/.bin/${name}`;
const reports = { vitest: '.tmp/vitest-results.json', playwright: '.tmp/playwright-results.json' };

function step(title: string, command: string, args: string[]): boolean {
  console.log(`\n=== ${title}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  const ok = result.status === 0;
  console.log(`=== ${title}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return ok;
}

ensureSystemDependencies();
mkdirSync('.tmp', { recursive: true });
for (const path of Object.values(reports)) rmSync(path, { force: true });

const checks = {
  typecheck: step('Type check', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']),
  lint: step('Lint', bin('eslint'), ['--max-warnings', '0', '.']),
  // Electron's security checklist as a static scan; fails on any HIGH or MEDIUM finding (see SECURITY.md).
  electronegativity: step('Electron security scan (electronegativity)', bin('tsx'), ['e2e/support/electronegativity.ts']),
};
step('Unit and integration tests (Vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports.vitest}`]);
step('End-to-end tests (Playwright, Debian Chromium)', bin('playwright'), ['test']);

const suites: Array<[string, Counts | undefined]> = [
  ['unit', vitestCounts(reports.vitest)],
  ['e2e', playwrightCounts(reports.playwright)],
];
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
console.log('\n=== Summary');
for (const [name, counts] of Object.entries(checks)) {
  console.log(`${name}: ${counts ? 'ok' : 'FAILED'}`);
  if (!counts) total.failed++;
}
for (const [name, counts] of suites) {
  if (!counts) {
    console.log(`${name}: no report (the runner itself failed)`);
    total.failed++;
    continue;
  }
  console.log(`${name}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exit(total.failed === 0 && total.passed > 0 ? 0 : 1);
