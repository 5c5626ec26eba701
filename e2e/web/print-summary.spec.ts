/**
 * The printable one-page summary: a plan with secrets in it (saved through the web host's socket as the wizard
 * saves it, and typed in the steps), the summary's values, the print layout (only the summary), a PDF of exactly
 * one A4 page (and one Letter page), and no secret anywhere in the summary's HTML or the PDF.
 */
import { randomBytes } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { defaultPlan, type Plan } from '../../shared/plan/plan-schema.js';
import type { Envelope } from '../../shared/ipc/envelope.js';
import { expect, test } from '../fixtures/web-host.js';
import { openSocket } from '../support/ws-client.js';

const screenshotDir = 'e2e/screenshots';
const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
const randomText = (length: number) => Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');

/** The PDF's raw bytes plus every stream it can inflate (page content, fonts, metadata). */
function pdfTexts(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const inflated: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) continue;
    try {
      inflated.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not every stream is deflated (and trailing newlines differ); those stay in the raw bytes checked below.
    }
  }
  return [raw, ...inflated];
}

/** Page objects (`/Type /Page`), not the page tree (`/Type /Pages`). */
const pageCount = (pdf: Buffer) => [...pdf.toString('latin1').matchAll(/\/Type\s*\/Page(?![A-Za-z])/g)].length;

const localDate = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

async function row(page: Page, section: string, label: string) {
  return page.getByTestId(`summary-${section}`).locator(`tr[data-label="${label}"] td`);
}

test('Print summary: the plan on one page, for a change request, without a single secret', async ({ page, webHost }) => {
  const secrets = {
    savedToken: `${randomText(6)}.${randomText(16)}`,
    savedCaHash: `sha256:${randomBytes(32).toString('hex')}`,
    typedToken: `${randomText(6)}.${randomText(16)}`,
    sshPassword: `pw-${randomText(20)}`,
  };

  // The plan as the wizard saved it earlier: join secrets, the modern join method and two remote Windows nodes.
  const plan: Plan = {
    ...defaultPlan(),
    name: 'CHG-4711 Windows workers',
    secrets: { kubeadmToken: secrets.savedToken, kubeadmCaHash: secrets.savedCaHash },
    joinMethod: { method: 'kubeadm', kubernetesVersion: 'v1.29.6', containerdVersion: '1.7.1', detectedFrom: '' },
    nodeTargets: {
      ...defaultPlan().nodeTargets,
      mode: 'remote',
      nodes: [
        { name: 'win-a', host: '10.0.0.21', port: '22', username: 'Administrator', authType: 'key', privateKeyPath: 'C:\\keys\\win' },
        { name: 'win-b', host: '10.0.0.22', port: '2222', username: 'Administrator', authType: 'password', privateKeyPath: '' },
      ],
    },
  };
  const token = new URL(webHost.url).searchParams.get('token');
  const socket = await openSocket(`ws://127.0.0.1:${new URL(webHost.url).port}/ipc?token=${token}`, webHost.origin);
  expect(((await socket.call('plan.save', { plan })) as Envelope<unknown>).ok).toBe(true);
  socket.close();

  // Then the operator edits the plan in the steps: numbers, the control plane with a password, a new token.
  await page.goto(webHost.url);
  await page.getByLabel('Nodes (Linux + Windows)').fill('6');
  await page.getByLabel('Cluster (pod) CIDR').fill('10.200.0.0/16');
  await page.getByTestId('step-flannel').click();
  await page.getByLabel('Control-plane host').fill('10.0.0.5');
  await page.getByLabel('SSH username').fill('kubeadmin');
  await page.getByLabel('Authentication').selectOption('password');
  await page.getByLabel('Password', { exact: true }).fill(secrets.sshPassword);
  await page.getByTestId('step-nodeConfig').click();
  await expect(page.getByLabel('Kubeadm token')).toHaveValue(secrets.savedToken);
  await page.getByLabel('Kubeadm token').fill(secrets.typedToken);
  await expect(page.getByTestId('save-status')).toContainText('Saved');

  const before = localDate(new Date());
  await page.getByTestId('print-summary').click();
  const view = page.getByTestId('print-summary-view');
  await expect(view.getByRole('heading', { name: 'Windows node plan: CHG-4711 Windows workers' })).toBeVisible();
  const printed = (await view.getByTestId('summary-date').textContent()) ?? '';
  expect([before, localDate(new Date())].some((day) => printed.includes(`Printed ${day} `)), printed).toBe(true);

  // The values, as the steps hold them, with the calculator's verdict.
  await expect(view.getByTestId('summary-verdict')).toContainText('Plan is valid');
  await expect(await row(page, 'ipPlan', 'Nodes (Linux + Windows)')).toHaveText('6');
  await expect(await row(page, 'ipPlan', 'Cluster (pod) CIDR')).toHaveText('10.200.0.0/16');
  await expect(await row(page, 'ipPlan', 'Service CIDR')).toHaveText('10.96.0.0/12');
  await expect(await row(page, 'ipPlan', 'kube-dns service IP')).toHaveText('10.96.0.10');
  await expect(await row(page, 'ipPlan', 'Minimum addresses')).toHaveText('606');
  await expect(await row(page, 'ipPlan', 'Nodes it can hold')).toHaveText('256');
  await expect(await row(page, 'flannel', 'VNI')).toHaveText('4096');
  await expect(await row(page, 'flannel', 'UDP port')).toHaveText('4789');
  await expect(await row(page, 'flannel', 'Network name')).toHaveText('vxlan0');
  await expect(await row(page, 'flannel', 'Network')).toHaveText('10.200.0.0/16');
  await expect(await row(page, 'controlPlane', 'Host')).toHaveText('10.0.0.5');
  await expect(await row(page, 'controlPlane', 'User')).toHaveText('kubeadmin');
  await expect(await row(page, 'controlPlane', 'Sign-in')).toHaveText('password (never saved)');
  await expect(await row(page, 'nodeConfig', 'Cri')).toHaveText('dockerd');
  await expect(await row(page, 'nodeConfig', 'Cni')).toHaveText('flannel, plugin vxlan');
  await expect(await row(page, 'nodeConfig', 'Kubernetes')).toHaveText('1.15.0');
  await expect(await row(page, 'nodeConfig', 'Install')).toHaveText('C:\\ProgramData\\Kubernetes');
  await expect(await row(page, 'nodeConfig', 'Kubeadm token')).toHaveText('fetched, not shown');
  await expect(await row(page, 'nodeConfig', 'CA cert hash')).toHaveText('fetched, not shown');
  await expect(await row(page, 'joinMethod', 'Method')).toHaveText('containerd + kubeadm');
  await expect(await row(page, 'joinMethod', 'Kubernetes')).toHaveText('v1.29.6');
  await expect(page.getByTestId('summary-nodes').locator('tbody tr')).toHaveText([/win-a\s*10\.0\.0\.21\s*22\s*Administrator\s*private key file/, /win-b\s*10\.0\.0\.22\s*2222\s*Administrator\s*password/]);

  // The view is as accessible as the steps (the same axe rules as e2e/web/accessibility.spec.ts).
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);

  // In print, only the summary shows: no app bar, no wizard, no toolbar of the view.
  // page.pdf() prints with whatever media is emulated, so it runs while print is.
  await page.emulateMedia({ media: 'print' });
  await expect(view.getByTestId('plan-summary')).toBeVisible();
  for (const id of ['log-drawer-toggle', 'print-summary', 'print-summary-print', 'step-ipPlan']) await expect(page.getByTestId(id)).toBeHidden();
  const a4 = await page.pdf({ format: 'A4' });
  const letter = await page.pdf({ format: 'Letter' });
  await page.emulateMedia({ media: null });
  expect(pageCount(a4), 'pages in the A4 PDF').toBe(1);
  expect(pageCount(letter), 'pages in the Letter PDF').toBe(1);

  // No secret in the summary's markup, its text, or the PDF (raw and inflated).
  const html = await view.evaluate((element) => element.outerHTML);
  const textShown = await view.innerText();
  expect(html).toContain('fetched, not shown');
  expect(textShown).toContain('10.0.0.5');
  const places = { 'summary HTML': [html], 'summary text': [textShown], 'A4 PDF': pdfTexts(a4), 'Letter PDF': pdfTexts(letter) };
  const halves = { ...secrets, savedTokenSecret: secrets.savedToken.split('.')[1]!, typedTokenSecret: secrets.typedToken.split('.')[1]!, savedCaHex: secrets.savedCaHash.slice(7) };
  const found = Object.entries(places).flatMap(([place, texts]) =>
    Object.entries(halves).flatMap(([name, secret]) => (texts.some((text) => text.includes(secret)) ? [`${name} in ${place}`] : [])),
  );
  expect(found).toEqual([]);

  // The README's picture: the whole sheet, in a window tall enough to hold it.
  const sheetHeight = await view.locator('.wnw-print-sheet').evaluate((element) => element.getBoundingClientRect().height);
  await page.setViewportSize({ width: 1280, height: Math.ceil(sheetHeight) + 160 });
  await page.mouse.move(0, 0);
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: `${screenshotDir}/print-summary.png` });

  // "Print" hands the page to the browser's (or Electron's) print dialog; headless Chromium has none to show.
  await page.evaluate(() => {
    const counted = window as unknown as { printCalls: number };
    counted.printCalls = 0;
    window.print = () => void counted.printCalls++;
  });
  await view.getByTestId('print-summary-print').click();
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);

  await view.getByTestId('print-summary-close').click();
  await expect(view).toBeHidden();
  await expect(page.getByLabel('Kubeadm token')).toHaveValue(secrets.typedToken);
});
