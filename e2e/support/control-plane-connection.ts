import { expect, type Page } from '@playwright/test';
import type { SshServer } from '../fixtures/ssh-server.js';

/** Fills the Flannel step's connection with the test sshd and its throwaway key (the page must show that step). */
export async function fillConnection(page: Page, server: SshServer): Promise<void> {
  await page.getByLabel('Control-plane host').fill(server.host);
  await page.getByLabel('SSH port').fill(String(server.port));
  await page.getByLabel('SSH username').fill(server.username);
  await page.getByLabel('Private key file').fill(server.clientPrivateKeyPath);
}

/** Checks the host key, sees exactly the server's fingerprint, and trusts it, as an operator would. */
export async function trustHostKey(page: Page, server: SshServer): Promise<void> {
  await page.getByTestId('check-host-key').click();
  await expect(page.getByTestId('host-key-fingerprint')).toHaveText(server.hostKeyFingerprint);
  await page.getByTestId('trust-host-key').click();
  await expect(page.getByTestId('host-key-trusted')).toContainText(`Host key trusted: ${server.hostKeyFingerprint}`);
}
