/**
 * A saved plan that cannot be read (a torn or hand-edited plan.json): the wizard still opens, tells the operator,
 * keeps the unreadable file aside byte for byte, starts from defaults, and saves the next change normally.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startWebHostProcess, type RunningWebHost } from '../fixtures/web-host.js';
import { currentPlanFile } from '../../electron/services/files/plans/plan-library-paths.js';

let host: RunningWebHost | undefined;
let userDataDir: string;

test.afterEach(async () => {
  if (host && host.process.exitCode === null && host.process.signalCode === null) {
    host.process.kill('SIGTERM');
    await new Promise((resolve) => host!.process.once('exit', resolve));
  }
  rmSync(userDataDir, { recursive: true, force: true });
});

test('a corrupt saved plan: the operator is told, the file is kept aside, the wizard opens and saves again', async ({ page }) => {
  userDataDir = mkdtempSync(join(tmpdir(), 'wnw-corrupt-'));
  const torn = '{"version": 1, "name": "My clus';
  writeFileSync(join(userDataDir, 'plan.json'), torn);
  host = await startWebHostProcess(userDataDir);

  await page.goto(host.url);
  const status = page.getByTestId('save-status');
  await expect(status).toHaveAttribute('data-kind', 'error');
  await expect(status).toContainText('Could not load the saved plan: The saved plan could not be read and was kept as');
  await expect(status).toContainText('the wizard starts from defaults');

  const kept = readdirSync(userDataDir).filter((name) => name.startsWith('plan.json.corrupt-'));
  expect(kept).toHaveLength(1);
  expect(readFileSync(join(userDataDir, kept[0]!), 'utf8')).toBe(torn);
  await expect(status).toContainText(kept[0]!);

  // The wizard works from defaults, and the next change is saved as a fresh plan beside the kept one.
  const clusterCidr = page.getByLabel('Cluster (pod) CIDR');
  await expect(clusterCidr).toHaveValue('10.244.0.0/16');
  await clusterCidr.fill('10.200.0.0/16');
  await expect(status).toContainText('Saved');
  // The fresh plan is the open plan of the library (plans/<id>.json), beside nothing but the kept file.
  expect((JSON.parse(readFileSync(currentPlanFile(userDataDir)!, 'utf8')) as { ipPlan: { clusterCidr: string } }).ipPlan.clusterCidr).toBe('10.200.0.0/16');
  expect(readFileSync(join(userDataDir, kept[0]!), 'utf8')).toBe(torn);

  await page.reload();
  await expect(page.getByLabel('Cluster (pod) CIDR')).toHaveValue('10.200.0.0/16');
  await expect(status).toContainText('Saved');
});
