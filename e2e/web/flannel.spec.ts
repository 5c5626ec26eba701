/**
 * The Flannel step against a REAL OpenSSH server on 127.0.0.1 (host keys, key generation) and, for the job, a
 * SIMULATED control plane on that server (fake kubectl/sysctl/tee; there is no Kubernetes API server here).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { installSimulatedControlPlane, realErrorTexts } from '../fixtures/control-plane-simulation/index.js';
import { sshServerAvailable, startSshServer, type SshServer } from '../fixtures/ssh-server.js';
import { expect, test } from '../fixtures/web-host.js';
import { fillConnection, trustHostKey } from '../support/control-plane-connection.js';

const screenshotDir = 'e2e/screenshots';
mkdirSync(screenshotDir, { recursive: true });
const flannel012 = path.resolve('../shared/mission/data/flannel/kube-flannel-v0.12.0.yml');
const notFlannel = path.resolve('../shared/mission/data/sig-windows-tools/hostprocess/kube-proxy.yml');

/**
 * After the plan is saved, with no hover, focus ring or ripple: a modal dialog in the viewport it covers (once
 * faded in), the job with the page scrolled to its end above the log drawer, anything else as the full page.
 */
async function screenshot(page: Page, file: string, view: 'page' | 'dialog' | 'end' = 'page'): Promise<void> {
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await page.mouse.move(0, 0);
  if (view === 'dialog') await expect(page.locator('.MuiDialog-container')).toHaveCSS('opacity', '1');
  else await page.evaluate((end) => ((document.activeElement as HTMLElement | null)?.blur(), window.scrollTo(0, end ? document.body.scrollHeight : 0)), view === 'end');
  await expect(page.locator('.MuiTouchRipple-child')).toHaveCount(0);
  await page.screenshot({ path: `${screenshotDir}/${file}`, fullPage: view === 'page' });
}

async function openFlannel(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('step-flannel').click();
  await expect(page.getByLabel('Control-plane host')).toBeVisible();
}

test.describe('Flannel step', () => {
  test.skip(!sshServerAvailable(), 'needs OpenSSH (apt-get install -y openssh-server)');
  let server: SshServer;
  test.beforeAll(async () => {
    server = await startSshServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('an unknown host key is shown for comparison and trusted only on request; a changed key is refused', async ({ page, webHost }) => {
    await openFlannel(page, webHost.url);
    await fillConnection(page, server);
    // Nothing listens on port 1: the SSH failure is shown at the host key section, in the main side's words.
    await page.getByLabel('SSH port').fill('1');
    await page.getByTestId('check-host-key').click();
    await expect(page.getByTestId('host-key-error')).toContainText('127.0.0.1:1');
    await page.getByLabel('SSH port').fill(String(server.port));
    const run = page.getByTestId('configure-control-plane');
    const dialog = page.getByTestId('host-key-dialog');

    await page.getByTestId('check-host-key').click();
    await expect(dialog.getByRole('heading', { name: 'Trust this control plane?' })).toBeVisible();
    await expect(page.getByTestId('host-key-fingerprint')).toHaveText(server.hostKeyFingerprint);
    await expect(dialog).toContainText(`127.0.0.1:${server.port}`);
    await expect(dialog).toContainText('ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub');
    await dialog.getByRole('button', { name: 'Refuse' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('host-key-refused')).toContainText(server.hostKeyFingerprint);
    await expect(run).toBeDisabled();
    await expect(page.getByTestId('run-missing')).toContainText('The host key was refused');

    await page.getByTestId('check-host-key').click();
    await expect(page.getByTestId('host-key-fingerprint')).toHaveText(server.hostKeyFingerprint);
    await screenshot(page, 'flannel-host-key.png', 'dialog');
    await page.getByTestId('trust-host-key').click();
    await expect(page.getByTestId('host-key-trusted')).toContainText(`Host key trusted: ${server.hostKeyFingerprint}`);
    await expect(page.getByTestId('run-missing')).not.toContainText('host key');

    // Another key recorded for this host, as after a reinstall or an attack: no way to trust it from the warning.
    const knownHosts = path.join(webHost.userDataDir, 'known-hosts.json');
    const other = `SHA256:${'A'.repeat(43)}`;
    const known = { version: 1, hosts: { [`127.0.0.1:${server.port}`]: { keyType: 'ssh-ed25519', fingerprint: other, addedAt: new Date().toISOString() } } };
    writeFileSync(knownHosts, JSON.stringify(known));
    await page.getByTestId('check-host-key').click();
    const changed = page.getByTestId('host-key-changed');
    await expect(changed).toContainText('may be an attack');
    await expect(page.getByTestId('host-key-known-fingerprint')).toHaveText(other);
    await expect(page.getByTestId('host-key-new-fingerprint')).toContainText(server.hostKeyFingerprint);
    await expect(changed.getByRole('button', { name: /trust/i })).toHaveCount(0);
    await expect(run).toBeDisabled();

    await page.getByTestId('forget-host-key').click();
    const confirm = page.getByTestId('confirm-forget-host-key');
    await expect(confirm).toBeDisabled();
    await page.getByTestId('forget-host-key-confirmation').fill('127.0.0.');
    await expect(confirm).toBeDisabled();
    await page.getByTestId('forget-host-key-confirmation').fill('127.0.0.1');
    await confirm.click();
    await expect(page.getByText('The old key is forgotten')).toBeVisible();
    await trustHostKey(page, server);
    expect(readFileSync(knownHosts, 'utf8')).toContain(server.hostKeyFingerprint);
  });

  test('a generated key fills the key file and gives the authorized_keys line to copy', async ({ page, webHost, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: webHost.origin });
    await openFlannel(page, webHost.url);
    await page.getByTestId('generate-key').click();
    const line = page.getByTestId('authorized-keys-line');
    await expect(line).toHaveText(/^ssh-ed25519 [A-Za-z0-9+/=]+ windows-node-wizard$/);
    await expect(page.getByLabel('Private key file')).toHaveValue(path.join(webHost.userDataDir, 'ssh', 'id_ed25519'));
    await expect(page.getByTestId('generated-key')).toContainText('~/.ssh/authorized_keys');
    await page.getByRole('button', { name: 'Copy authorized_keys' }).click();
    await expect(page.getByTestId('generated-key').getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await line.textContent());
  });

  test('the manifest is patched in place: generated files, diff and commands, and a clear refusal of other files', async ({ page, webHost }) => {
    await openFlannel(page, webHost.url);
    await page.getByTestId('manifest-file').setInputFiles(flannel012);
    await expect(page.getByTestId('manifest-name')).toHaveText('kube-flannel-v0.12.0.yml');
    const netConf = page.getByTestId('net-conf-json');
    await expect(netConf).toContainText('"VNI": 4096');
    await expect(netConf).toContainText('"Port": 4789');
    await expect(netConf).toContainText('"Network": "10.244.0.0/16"');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save net-conf.json' }).click();
    expect((await download).suggestedFilename()).toBe('net-conf.json');
    expect(readFileSync((await (await download).path())!, 'utf8')).toContain('"VNI": 4096');

    await page.getByRole('tab', { name: 'cni-conf.json' }).click();
    await expect(page.getByTestId('cni-conf-json')).toContainText('"name": "vxlan0"');
    await page.getByRole('tab', { name: 'Changes' }).click();
    await expect(page.getByTestId('kubectl-patch-commands')).toContainText('kubectl patch ds/kube-flannel-ds-amd64 -n kube-system --type strategic --patch');
    await page.getByRole('tab', { name: 'Diff' }).click();
    const diff = page.getByTestId('manifest-diff');
    expect(await diff.textContent()).toContain('+        "VNI": 4096');
    await expect(diff.locator('[data-kind="remove"]').first()).toHaveText('-      "name": "cbr0",');
    await expect(page.getByTestId('run-missing')).not.toContainText('kube-flannel.yml');
    await screenshot(page, 'flannel-manifest.png');

    await page.reload();
    await expect(page.getByTestId('manifest-name')).toHaveText('kube-flannel-v0.12.0.yml');
    await page.getByTestId('manifest-file').setInputFiles(notFlannel);
    const errors = page.getByTestId('manifest-errors');
    await expect(errors.locator('[data-code="CONFIGMAP_NOT_FOUND"]')).toContainText('No ConfigMap named kube-flannel-cfg');
    await expect(errors.locator('[data-code="DAEMONSET_NOT_FOUND"]')).toBeVisible();
    await expect(page.getByTestId('net-conf-json')).toHaveCount(0);
    await expect(page.getByTestId('run-missing')).toContainText('The manifest cannot be patched');
  });

  test('configure control plane streams its log, names a failed step, and succeeds when run again (SIMULATED cluster)', async ({ page, webHost }) => {
    test.setTimeout(120_000);
    const sim = await installSimulatedControlPlane(server, { podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/12', dnsIp: '10.96.0.10', nodes: [{ name: 'master' }] });
    await sim.setFailure({ match: 'kubectl apply', exitCode: 1, stderr: realErrorTexts.kubectlConnectionRefused(), times: 1 });
    await openFlannel(page, webHost.url);
    await fillConnection(page, server);
    await trustHostKey(page, server);
    await page.getByTestId('manifest-file').setInputFiles(flannel012);
    const run = page.getByTestId('configure-control-plane');
    await expect(page.getByTestId('run-missing')).toHaveCount(0);
    await run.click();

    const steps = page.getByTestId('control-plane-steps').getByTestId('job-step');
    const drawer = page.getByTestId('log-drawer');
    await expect(drawer).toBeVisible();
    // Four steps over SSH come first; on a loaded two-core machine they take longer than the default 5 s.
    await expect(steps.nth(4)).toHaveAttribute('data-state', 'failed', { timeout: 30_000 });
    await expect(page.getByTestId('control-plane-outcome')).toContainText('Stopped at step 5: Apply the flannel manifest');
    await expect(page.getByTestId('control-plane-message')).toContainText('was refused');
    await expect(drawer.getByTestId('log-line').filter({ hasText: 'was refused' }).first()).toBeVisible();

    await expect(run).toHaveText('Run again');
    await run.click();
    // Verification waits for the pods (polling every 3 s), so lines arrive while the job still runs.
    await expect(steps.nth(6)).toHaveAttribute('data-state', 'running', { timeout: 30_000 });
    await expect(drawer.getByTestId('log-line').filter({ hasText: 'kubectl apply' }).first()).toBeVisible();
    await expect(page.getByTestId('control-plane-outcome')).toContainText('Flannel runs on the control plane', { timeout: 60_000 });
    for (let i = 0; i < 7; i++) await expect(steps.nth(i)).toHaveAttribute('data-state', 'succeeded');
    await expect(drawer.getByTestId('log-line').filter({ hasText: 'node selector beta.kubernetes.io/os=linux' }).first()).toBeVisible();
    await page.setViewportSize({ width: 1280, height: 1280 });
    await screenshot(page, 'flannel-job.png', 'end');
  });
});
