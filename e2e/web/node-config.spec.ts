/**
 * The Node config step: import of the published example and of a broken file, validation at each field,
 * export as a download, and (against a REAL OpenSSH server with a SIMULATED control plane) fetching the join
 * token and CA hash.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { installSimulatedControlPlane } from '../fixtures/control-plane-simulation/index.js';
import { sshServerAvailable, startSshServer, type SshServer } from '../fixtures/ssh-server.js';
import { expect, test } from '../fixtures/web-host.js';
import { fillConnection, trustHostKey } from '../support/control-plane-connection.js';
import { currentPlanFile } from '../../electron/services/files/plans/plan-library-paths.js';

const screenshotDir = 'e2e/screenshots';
mkdirSync(screenshotDir, { recursive: true });
const seed = path.resolve('../shared/mission/data/seed-Kubeclustervxlan.jsonc');
const token = 'abcdef.0123456789abcdef';
const caHash = `sha256:${'0123456789abcdef'.repeat(4)}`;
const field = (page: Page, name: string) => page.locator(`[data-field="${name}"]`);

/** The text under a field, found the way assistive technology finds it: through aria-describedby. */
async function helperOf(input: Locator): Promise<Locator> {
  const ids = await input.getAttribute('aria-describedby');
  expect(ids, 'the field has a description').toBeTruthy();
  return input.page().locator(ids!.split(/\s+/).map((id) => `[id="${id}"]`).join(', '));
}

async function screenshot(page: Page, file: string, fullPage = true): Promise<void> {
  await expect(page.getByTestId('save-status')).toContainText('Saved');
  await page.mouse.move(0, 0);
  await page.evaluate((top) => ((document.activeElement as HTMLElement | null)?.blur(), top && window.scrollTo(0, 0)), fullPage);
  await expect(page.locator('.MuiTouchRipple-child')).toHaveCount(0);
  await page.screenshot({ path: `${screenshotDir}/${file}`, fullPage });
}

/** Every file under a folder, as text: the secrets must be in none of them in clear. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [readFileSync(full, 'latin1')];
  });
}

async function exportedFile(page: Page): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByTestId('export-config').click();
  const file = await download;
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

test('the published example: placeholders refused at their fields with line:column, fixed, exported as the preview shows', async ({ page, webHost }) => {
  await page.goto(webHost.url);
  await page.getByLabel('Cluster (pod) CIDR').fill('10.200.0.0/16');
  await page.getByTestId('step-nodeConfig').click();
  await page.getByTestId('import-config').setInputFiles(seed);

  const report = page.getByTestId('import-issues');
  await expect(page.getByTestId('import-verdict')).toContainText('Imported seed-Kubeclustervxlan.jsonc with 3 errors');
  await expect(report.locator('[data-field="Kubernetes.ControlPlane.IpAddress"]')).toContainText('28:27');
  await expect(report.locator('[data-field="Kubernetes.ControlPlane.KubeadmToken"]')).toContainText('30:30');
  await expect(report.locator('[data-field="Kubernetes.ControlPlane.KubeadmCAHash"]')).toContainText('31:31');
  await expect(report.locator('[data-code="COMMENTS_DROPPED"]')).toContainText('2:16');
  await expect(page.getByTestId('import-network-note')).toContainText('cluster 10.200.0.0/16');

  const ip = page.getByLabel('Control-plane IP address');
  const tokenField = page.getByLabel('Kubeadm token');
  const hashField = page.getByLabel('CA cert hash');
  await expect(ip).toHaveValue('kubemasterIP');
  await expect(tokenField).toHaveValue('token');
  await expect(tokenField).toHaveAttribute('type', 'password');
  for (const input of [ip, tokenField, hashField]) await expect(await helperOf(input)).toContainText('placeholder: give the real value');
  await expect(await helperOf(field(page, 'Kubernetes.Network.ClusterCidr'))).toContainText('pods’ range');
  await expect(field(page, 'Kubernetes.Network.ClusterCidr')).toHaveValue('10.200.0.0/16');
  await expect(page.getByTestId('error-count')).toHaveText('3 errors');
  await expect(page.getByTestId('export-config')).toBeDisabled();
  await expect(page.getByTestId('export-blocked')).toContainText('Fix the 3 errors');

  await ip.fill('10.0.0.4');
  await tokenField.fill(token);
  await hashField.fill(caHash);
  await expect(page.getByTestId('config-verdict')).toContainText('Ready to export');
  await expect(page.getByTestId('export-holds-secrets')).toContainText('clear text');
  const preview = page.getByTestId('config-preview');
  await expect(preview).toContainText('"KubeadmToken": "******.****************"');
  await expect(preview).not.toContainText(token);
  await screenshot(page, 'node-config.png');

  await page.getByTestId('show-secrets').click();
  await expect(preview).toContainText(`"KubeadmToken": "${token}"`);
  const shown = (await preview.textContent())!;
  expect(() => JSON.parse(shown) as unknown).not.toThrow();
  expect(shown).toContain('\n    "Cri": {\n        "Name": "dockerd",');
  const file = await exportedFile(page);
  expect(file.name).toBe('Kubeclustervxlan.json');
  expect(file.text).toBe(shown);
  const exported = JSON.parse(file.text) as { Kubernetes: { Network: unknown; ControlPlane: Record<string, string> } };
  expect(exported.Kubernetes.Network).toEqual({ ServiceCidr: '10.96.0.0/12', ClusterCidr: '10.200.0.0/16' });
  expect(exported.Kubernetes.ControlPlane).toEqual({ IpAddress: '10.0.0.4', Username: 'localadmin', KubeadmToken: token, KubeadmCAHash: caHash });

  // Saved sealed: the plan file holds the address but neither secret, and a reload restores both.
  const planFile = readFileSync(currentPlanFile(webHost.userDataDir)!, 'utf8');
  expect(planFile).toContain('10.0.0.4');
  for (const text of filesUnder(webHost.userDataDir)) expect(text.includes(token) || text.includes(caHash)).toBe(false);
  await page.reload();
  await expect(page.getByLabel('Kubeadm token')).toHaveValue(token);
  await expect(page.getByLabel('CA cert hash')).toHaveValue(caHash);
});

test('a broken file is reported with line and column and changes nothing; a 2019 file is migrated', async ({ page, webHost }, testInfo) => {
  await page.goto(webHost.url);
  await page.getByTestId('step-nodeConfig').click();
  await page.getByLabel('Network interface').fill('Ethernet 2');
  await page.getByLabel('Kubernetes release').fill('1.16.0');
  await expect(field(page, 'Kubernetes.Source.Url')).toHaveValue('https://dl.k8s.io/v1.16.0/kubernetes-node-windows-amd64.tar.gz');

  const broken = testInfo.outputPath('Kubeclustervxlan.json');
  writeFileSync(broken, readFileSync(seed, 'utf8').replace(/\n {4}},\n {4}"Cni"/, '\n    "Cni"'));
  await page.getByTestId('import-config').setInputFiles(broken);
  await expect(page.getByTestId('import-verdict')).toContainText('Kubeclustervxlan.json could not be read');
  const issues = page.getByTestId('import-issues').getByTestId('config-issue');
  await expect(issues.first()).toHaveAttribute('data-code', 'JSON_SYNTAX');
  await expect(issues.first().getByTestId('issue-position')).toHaveText(/^\d+:\d+$/);
  await expect(page.getByLabel('Network interface')).toHaveValue('Ethernet 2');
  await expect(page.getByLabel('Kubernetes release')).toHaveValue('1.16.0');

  const master = testInfo.outputPath('Kubecluster2019.json');
  const original = readFileSync('../shared/mission/data/sig-windows-tools/v1.15.0-2019-06/Kubeclustervxlan.json', 'utf8');
  writeFileSync(master, original.replace('"Install"', '"Notes" : "kept",\n    "Install"'));
  await page.getByTestId('import-config').setInputFiles(master);
  await expect(page.getByTestId('import-migrated')).toContainText('Kubernetes.Master was migrated to Kubernetes.ControlPlane');
  await expect(page.getByTestId('import-extras')).toContainText('1 field KubeCluster.ps1 does not read was kept');
  await expect(page.getByLabel('Network interface')).toHaveValue('Ethernet');
  await expect(page.getByTestId('config-preview')).toContainText('"ControlPlane": {');
  await expect(page.getByTestId('config-preview')).toContainText('"Notes": "kept"');
  await expect(page.getByTestId('config-preview')).not.toContainText('"Master"');
});

test.describe('fetching the join token over SSH', () => {
  test.skip(!sshServerAvailable(), 'needs OpenSSH (apt-get install -y openssh-server)');
  let server: SshServer;
  test.beforeAll(async () => {
    server = await startSshServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('fetch fills the token and CA hash from the SIMULATED control plane, the log redacts them, export carries them', async ({ page, webHost }) => {
    const sim = await installSimulatedControlPlane(server, { podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/12', dnsIp: '10.96.0.10', nodes: [{ name: 'k8s-master' }] });
    await page.goto(webHost.url);
    await page.getByTestId('step-nodeConfig').click();
    const fetchButton = page.getByTestId('fetch-join-credentials');
    await expect(fetchButton).toBeDisabled();
    await expect(page.getByTestId('fetch-blocked')).toContainText('Complete the control-plane connection in the Flannel step');

    await page.getByRole('button', { name: 'Go to the Flannel step' }).click();
    await fillConnection(page, server);
    await trustHostKey(page, server);

    await page.getByTestId('step-nodeConfig').click();
    await expect(page.getByTestId('fetch-blocked')).toHaveCount(0);
    await fetchButton.click();
    const drawer = page.getByTestId('log-drawer');
    await expect(drawer).toBeVisible();
    await expect(page.getByTestId('fetched-from')).toContainText('Fetched from 10.0.0.4:6443', { timeout: 30_000 });
    const tokenField = page.getByLabel('Kubeadm token');
    await expect(tokenField).toHaveAttribute('type', 'password');
    await page.setViewportSize({ width: 1280, height: 1100 });
    await page.evaluate(() => window.scrollTo(0, document.getElementById('node-config-control-plane-title')!.getBoundingClientRect().top + window.scrollY - 96));
    await screenshot(page, 'node-config-fetched.png', false);
    await page.getByRole('button', { name: 'Show token' }).click();
    await expect(tokenField).toHaveValue(/^[a-z0-9]{6}\.[a-z0-9]{16}$/);
    const fetched = await tokenField.inputValue();
    const fetchedHash = await page.getByLabel('CA cert hash').inputValue();
    await expect(page.getByLabel('Control-plane IP address')).toHaveValue('10.0.0.4');

    const lines = drawer.getByTestId('log-line');
    await expect(lines.filter({ hasText: 'kubeadm token create' }).first()).toBeVisible();
    for (const text of await lines.allTextContents()) {
      expect(text).not.toContain(fetched);
      expect(text).not.toContain(fetchedHash.slice('sha256:'.length));
    }

    await page.getByLabel('Control-plane user').fill('root');
    await expect(page.getByTestId('config-verdict')).toContainText('Ready to export');
    const state = await sim.readState();
    const file = JSON.parse((await exportedFile(page)).text) as { Kubernetes: { ControlPlane: Record<string, string> } };
    expect(state.tokens.map((item) => `${item.id}.${item.secret}`)).toContain(file.Kubernetes.ControlPlane.KubeadmToken);
    expect(file.Kubernetes.ControlPlane).toEqual({ IpAddress: '10.0.0.4', Username: 'root', KubeadmToken: fetched, KubeadmCAHash: state.cluster.caCertHash });
    for (const text of filesUnder(webHost.userDataDir)) expect(text.includes(fetched)).toBe(false);
  });
});
