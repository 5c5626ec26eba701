/**
 * The whole wizard with the keyboard alone: every key goes through page.keyboard (Tab, Shift+Tab, Enter, Space,
 * arrows, Escape and typing); locators only check where focus is and what the fields hold. The control plane is a
 * REAL OpenSSH server on 127.0.0.1, whose host key is trusted from the keyboard.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { sshServerAvailable, startSshServer, type SshServer } from '../fixtures/ssh-server.js';
import { expect, test } from '../fixtures/web-host.js';

const screenshotDir = 'e2e/screenshots';
const flannel012 = path.resolve('../shared/mission/data/flannel/kube-flannel-v0.12.0.yml');
/** More than any step has focusable controls before the one sought, so a missing control fails rather than loops. */
const maxTabs = 120;

const isFocused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/** Focus is on something, never the page body where lost focus ends up (once the frame that moves it has run). */
async function expectFocusKept(page: Page, after: string): Promise<void> {
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName ?? 'nothing'), { message: `focus after ${after}` }).not.toBe('BODY');
}

/** Tab (or Shift+Tab) until `target` has focus, checking at every stop that focus is on a control. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let presses = 0; presses < maxTabs; presses++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
    await expectFocusKept(page, `${key} ×${presses + 1}`);
  }
  throw new Error(`${target.toString()} was not reached with ${maxTabs} presses of ${key}`);
}

/** Replaces what the focused field holds, as an operator does: select all, then type. */
async function typeOver(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

async function tabAndType(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await typeOver(page, text);
  await expect(field).toHaveValue(text);
}

/**
 * The focused control's focus indicator as drawn: an outline (buttons, tabs, radios, the log), or the 2px
 * border MUI draws round a focused text field; 'none' when nothing shows it.
 */
function focusIndicator(page: Page): Promise<string> {
  return page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body) return 'none (focus on the page body)';
    const fieldset = focused.closest('.MuiOutlinedInput-root')?.querySelector('fieldset');
    const drawn = fieldset ?? focused.closest('.MuiButtonBase-root') ?? focused;
    const style = getComputedStyle(drawn);
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) return `outline ${style.outlineWidth} ${style.outlineColor}`;
    if (fieldset && parseFloat(style.borderTopWidth) >= 2) return `border ${style.borderTopWidth} ${style.borderTopColor}`;
    return 'none';
  });
}

async function expectVisibleFocus(page: Page, control: string): Promise<void> {
  expect(await focusIndicator(page), `focus indicator on ${control}`).toMatch(/^(outline|border) \d/);
}

/** After Next, focus is on the new step's heading, so the next Tab goes into that step. */
async function pressNext(page: Page, nextStep: string): Promise<void> {
  await tabTo(page, page.getByTestId('next-button'));
  await expectVisibleFocus(page, 'Next');
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 2, name: new RegExp(`^Step \\d of 4: ${nextStep}`) });
  await expect(heading).toBeFocused();
}

test.describe('keyboard only', () => {
  test.skip(!sshServerAvailable(), 'needs OpenSSH (apt-get install -y openssh-server)');
  let server: SshServer;
  test.beforeAll(async () => {
    server = await startSshServer();
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('the whole wizard, from the IP plan to the install step, with the keyboard alone', async ({ page, webHost }) => {
    test.setTimeout(120_000);
    // Short enough that the open log drawer's lines scroll.
    await page.setViewportSize({ width: 1280, height: 640 });
    // The operating system's file dialog, answered as soon as the button opens it. Listening from the start, since
    // Playwright starts catching file dialogs only once someone listens, and a key press can beat that.
    page.on('filechooser', (chooser) => void chooser.setFiles(flannel012));
    await page.goto(webHost.url);
    const nodes = page.getByLabel('Nodes (Linux + Windows)');
    await expect(nodes).toBeVisible();

    // Step 1, IP plan: the fields, then an existing network added and typed from the keyboard.
    await tabAndType(page, nodes, '12');
    await expectVisibleFocus(page, 'the Nodes field');
    await tabAndType(page, page.getByLabel('Max pods per node'), '60');
    await tabAndType(page, page.getByLabel('Cluster (pod) CIDR'), '10.200.0.0/16');
    await tabAndType(page, page.getByLabel('Service CIDR', { exact: true }), '10.96.0.0/12');
    await tabAndType(page, page.getByLabel('kube-dns service IP'), '10.96.0.10');
    await tabTo(page, page.getByTestId('add-network'));
    await expectVisibleFocus(page, 'Add network');
    await page.keyboard.press('Enter');
    const lan = page.getByLabel('Existing network 1', { exact: true });
    await expect(lan).toBeFocused();
    await page.keyboard.type('192.168.10.0/24');
    await expect(lan).toHaveValue('192.168.10.0/24');
    await expect(page.getByTestId('plan-verdict')).toContainText('Plan is valid');

    await tabTo(page, page.getByTestId('next-button'));
    mkdirSync(screenshotDir, { recursive: true });
    await page.screenshot({ path: `${screenshotDir}/keyboard-focus.png` });
    await pressNext(page, 'Flannel');

    // Step 2, Flannel: the connection, the host key trusted in its dialog, the manifest opened from its button.
    await tabAndType(page, page.getByLabel('Control-plane host'), server.host);
    await tabAndType(page, page.getByLabel('SSH port'), String(server.port));
    await tabAndType(page, page.getByLabel('SSH username'), server.username);
    await tabAndType(page, page.getByLabel('Private key file'), server.clientPrivateKeyPath);
    const check = page.getByTestId('check-host-key');
    await tabTo(page, check);
    await expectVisibleFocus(page, 'Check host key');
    await page.keyboard.press('Enter');
    const dialog = page.getByTestId('host-key-dialog');
    await expect(page.getByTestId('host-key-fingerprint')).toHaveText(server.hostKeyFingerprint);
    // The dialog holds focus: Tab cycles inside it until Trust.
    await tabTo(page, page.getByTestId('trust-host-key'));
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await expectVisibleFocus(page, 'Trust');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('host-key-trusted')).toContainText(`Host key trusted: ${server.hostKeyFingerprint}`);
    await expect(dialog).toBeHidden();
    await expectFocusKept(page, 'the dialog closed');

    await tabTo(page, page.getByRole('button', { name: 'Open kube-flannel.yml…' }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('manifest-name')).toHaveText('kube-flannel-v0.12.0.yml');
    await expect(page.getByTestId('net-conf-json')).toContainText('"Network": "10.200.0.0/16"');
    await pressNext(page, 'Node config');

    // Step 3, Node config: an issue in the list takes the caret to its field; the control plane's values typed.
    const ipIssue = page.getByTestId('config-issues').locator('[data-testid="config-issue"][data-field="Kubernetes.ControlPlane.IpAddress"]');
    const ip = page.getByLabel('Control-plane IP address');
    await tabTo(page, ipIssue);
    await expectVisibleFocus(page, 'an issue in the list');
    await page.keyboard.press('Enter');
    await expect(ip).toBeFocused();
    await page.keyboard.type('10.0.0.4');
    await tabAndType(page, page.getByLabel('Control-plane user'), server.username);
    await tabAndType(page, page.getByLabel('Kubeadm token'), 'abcdef.0123456789abcdef');
    await tabAndType(page, page.getByLabel('CA cert hash'), `sha256:${'ab'.repeat(32)}`);
    await tabTo(page, ip, 'Shift+Tab');
    await expect(ip).toHaveValue('10.0.0.4');
    await expect(page.getByTestId('config-verdict')).toContainText('Ready to export');
    await pressNext(page, 'Install');

    // Step 4, Install: the radio group with arrows, the work folder, and the machine check into the log drawer.
    const local = page.getByTestId('node-target-mode-local');
    await tabTo(page, local);
    await expectVisibleFocus(page, 'the Run on radio');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('node-target-mode-remote')).toBeChecked();
    await page.keyboard.press('ArrowLeft');
    await expect(local).toBeChecked();
    await tabAndType(page, page.getByTestId('node-work-dir'), 'D:\\k');

    await tabTo(page, page.getByTestId('run-machine-check'));
    await page.keyboard.press('Enter');
    const drawer = page.getByTestId('log-drawer');
    await expect(drawer.getByText('succeeded').first()).toBeVisible();
    // The button is disabled while the check runs: focus stays in its panel (on it, or on the panel's heading).
    const panel = page.locator('section[aria-labelledby="app-info-title"]');
    expect(await panel.evaluate((element) => element.contains(document.activeElement))).toBe(true);

    // The drawer comes after the wizard in the Tab order; its log scrolls with Home and End.
    const log = drawer.getByTestId('log-lines');
    await tabTo(page, log);
    await expectVisibleFocus(page, 'the log');
    const scroll = () => log.evaluate((element) => ({ top: element.scrollTop, bottom: element.scrollHeight - element.clientHeight }));
    expect((await scroll()).bottom, 'the log has more lines than it shows').toBeGreaterThan(0);
    await page.keyboard.press('Home');
    await expect.poll(async () => (await scroll()).top).toBe(0);
    await page.keyboard.press('End');
    await expect.poll(async () => { const { top, bottom } = await scroll(); return bottom - top; }).toBeLessThanOrEqual(1);

    // Escape closes the drawer and hands focus to the Logs button; Enter there opens it with focus inside.
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
    const toggle = page.getByTestId('log-drawer-toggle');
    await expect(toggle).toBeFocused();
    await expectVisibleFocus(page, 'the Logs button');
    await page.keyboard.press('Enter');
    await expect(drawer.getByRole('heading', { name: 'Jobs and logs' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(toggle).toBeFocused();

    // The stepper is a tab list: arrows move between steps, Enter opens one, and every value is still there.
    const installTab = page.getByTestId('step-install');
    await tabTo(page, installTab);
    await expectVisibleFocus(page, 'the Install step');
    await page.keyboard.press('ArrowLeft');
    const nodeConfigTab = page.getByTestId('step-nodeConfig');
    await expect(nodeConfigTab).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(nodeConfigTab).toHaveAttribute('aria-selected', 'true');
    await expect(nodeConfigTab).toBeFocused();
    await expect(ip).toHaveValue('10.0.0.4');
    await page.keyboard.press('Home');
    await expect(page.getByTestId('step-ipPlan')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByLabel('Cluster (pod) CIDR')).toHaveValue('10.200.0.0/16');
    await expect(lan).toHaveValue('192.168.10.0/24');
    await expect(page.getByTestId('save-status')).toContainText('Saved');
  });
});
