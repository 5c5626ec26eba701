/**
 * "Save diagnostics" through the web host in Chromium: a plan holding the join secrets, a machine check whose output
 * prints them, then one click downloads the bundle, which is opened with Info-ZIP's `unzip` and searched for every
 * secret in every encoding. The machine check also shows its progress: it runs with a STAND-IN `uname` that waits for
 * the test's signal, so the job is held at step 1 for as long as the test looks at it.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { defaultPlan, type Plan } from '../../shared/plan/plan-schema.js';
import { startWebHostProcess, type RunningWebHost } from '../fixtures/web-host.js';
import { leaks } from '../support/secret-search.js';
import { openSocket } from '../support/ws-client.js';

const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
const randomText = (length: number) => Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');

/** A `uname` first on PATH that prints the secrets, waits until `release` exists, then runs the real one. */
function standInUname(binDir: string, release: string, printed: string): void {
  const realUname = execFileSync('/bin/sh', ['-c', 'command -v uname'], { encoding: 'utf8' }).trim();
  const script = `#!/bin/sh\necho '${printed}'\nwhile [ ! -e '${release}' ]; do sleep 0.1; done\nexec '${realUname}' "$@"\n`;
  writeFileSync(join(binDir, 'uname'), script);
  chmodSync(join(binDir, 'uname'), 0o755);
}

const listEntries = (zip: string) => execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean);
const readEntry = (zip: string, name: string) => execFileSync('unzip', ['-p', zip, name], { maxBuffer: 64 * 1024 * 1024 });

test.describe('diagnostics bundle and job progress (web host)', () => {
  test.skip(!existsSync('/usr/bin/unzip'), 'needs unzip (apt-get install -y unzip)');
  let workDir: string;
  let host: RunningWebHost | undefined;
  const originalPath = process.env.PATH;

  test.afterEach(async () => {
    process.env.PATH = originalPath;
    if (host && host.process.exitCode === null && host.process.signalCode === null) {
      host.process.kill('SIGTERM');
      await new Promise((resolve) => host!.process.once('exit', resolve));
    }
    rmSync(workDir, { recursive: true, force: true });
  });

  test('shows step n of m while a job runs, then saves a bundle with the plan and the job log and no secret', async ({ page }) => {
    workDir = mkdtempSync(join(tmpdir(), 'wnw-diagnostics-e2e-'));
    const userDataDir = join(workDir, 'user-data');
    const binDir = join(workDir, 'bin');
    const release = join(workDir, 'release');
    execFileSync('mkdir', ['-p', userDataDir, binDir]);
    const token = `${randomText(6)}.${randomText(16)}`;
    const caHash = `sha256:${randomBytes(32).toString('hex')}`;
    const secrets = { token, 'token secret': token.split('.')[1]!, 'CA hash': caHash, 'CA hash hex': caHash.slice('sha256:'.length) };
    standInUname(binDir, release, `kubeadm join 10.0.0.4:6443 --token ${token} --discovery-token-ca-cert-hash ${caHash}`);
    // The host's child processes inherit this PATH; it is put back after the test.
    process.env.PATH = `${binDir}:${originalPath}`;
    host = await startWebHostProcess(userDataDir);

    // The operator's plan with the join secrets in it, saved before the page opens (as an earlier session left it).
    const socket = await openSocket(`ws://127.0.0.1:${new URL(host.url).port}/ipc?token=${new URL(host.url).searchParams.get('token')}`, host.origin);
    const plan: Plan = { ...defaultPlan(), name: 'Diagnostics e2e', secrets: { kubeadmToken: token, kubeadmCaHash: caHash } };
    plan.nodeConfig.config.Kubernetes.ControlPlane = { ...plan.nodeConfig.config.Kubernetes.ControlPlane, KubeadmToken: token, KubeadmCAHash: caHash };
    expect((await socket.call('plan.save', { plan })).ok).toBe(true);
    socket.close();

    await page.goto(host.url);
    await page.getByTestId('step-install').click();
    await page.getByTestId('run-machine-check').click();

    // Held at step 1 by the stand-in uname: the count, the step's name, the clock and a determinate bar at 0.
    const progress = page.getByTestId('machine-check-progress');
    await expect(progress).toHaveAttribute('data-state', 'running');
    await expect(progress.getByTestId('job-progress-label')).toHaveText('Step 1 of 3 — Operating system');
    await expect(progress.getByTestId('job-elapsed')).toHaveText(/^\d{2}:\d{2}$/);
    const bar = progress.getByRole('progressbar', { name: 'Progress of Check this machine' });
    await expect(bar).toHaveAttribute('aria-valuenow', '0');
    await expect(bar).toHaveAttribute('aria-valuetext', 'Step 1 of 3 — Operating system');
    const listed = page.getByTestId('log-drawer').getByTestId('job-item').first().getByTestId('job-progress');
    await expect(listed.getByTestId('job-progress-label')).toHaveText('Step 1 of 3 — Operating system');

    writeFileSync(release, '');
    await expect(progress).toHaveAttribute('data-state', 'succeeded', { timeout: 30_000 });
    await expect(progress.getByTestId('job-progress-label')).toHaveText('Done — 3 of 3 steps');
    await expect(bar).toHaveAttribute('aria-valuenow', '100');

    // One click: the bundle is written on the host and handed to the browser as a download.
    const drawer = page.getByTestId('log-drawer');
    const downloading = page.waitForEvent('download');
    await drawer.getByTestId('save-diagnostics').click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^wnw-diagnostics-[\dTZ-]+\.zip$/);
    const zip = join(workDir, download.suggestedFilename());
    await download.saveAs(zip);
    const result = page.getByTestId('diagnostics-result');
    await expect(result).toContainText(`Diagnostics saved to ${join(userDataDir, 'diagnostics', download.suggestedFilename())}`);
    await expect(result).toContainText(`Downloaded as ${download.suggestedFilename()}`);

    const names = listEntries(zip);
    const jobId = await page.getByTestId('log-drawer').getByTestId('job-item').first().getAttribute('data-job-id');
    expect(names).toEqual(expect.arrayContaining(['README.txt', 'app-info.json', 'plan.json', 'node-progress.json', `jobs/${jobId}.json`, `jobs/${jobId}.log`, `jobs/${jobId}.steps`]));
    const savedPlan = JSON.parse(readEntry(zip, 'plan.json').toString('utf8')) as Plan;
    expect(savedPlan.name).toBe('Diagnostics e2e');
    expect(savedPlan.secrets).toEqual({ kubeadmToken: '<redacted>', kubeadmCaHash: '<redacted>' });
    const log = readEntry(zip, `jobs/${jobId}.log`).toString('utf8');
    expect(log).toContain('--token [REDACTED-TOKEN] --discovery-token-ca-cert-hash sha256:[REDACTED-CA-HASH]');
    expect(log).toMatch(/Elevated: (yes|no)/);

    const found = names.flatMap((name) => leaks(readEntry(zip, name).toString('latin1'), secrets).map((secret) => `${secret} in ${name}`));
    expect(found).toEqual([]);
  });
});
