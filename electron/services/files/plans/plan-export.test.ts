import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planExportSchema } from '../../../../shared/plan/plan-export-format.js';
import { defaultPlan } from '../../../../shared/plan/plan-schema.js';
import { createPlan, listPlans } from './plan-library-edits.js';
import { exportPlan, importPlan } from './plan-library-transfer.js';
import { tempLibrary } from './testing/temp-library.js';

const token = 'abcdef.0123456789abcdef';
const caHash = `sha256:${'0123456789abcdef'.repeat(4)}`;
const passphrase = 'correct horse battery';
// A lower scrypt cost keeps these tests quick; one test checks what the app itself records.
const scryptCost = { N: 2 ** 14, r: 8, p: 1 };

/** Every spelling of a secret that would give it away: as is, and its bytes in base64 and hex. */
function spellings(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8');
  return [secret, bytes.toString('base64'), bytes.toString('base64url'), bytes.toString('hex'), bytes.toString('hex').toUpperCase(), secret.slice('sha256:'.length) || secret];
}

async function libraryWithSecretPlan() {
  const setup = tempLibrary();
  await setup.library.saveCurrent({ ...defaultPlan(), name: 'Production', activeStep: 'nodeConfig', ipPlan: { ...defaultPlan().ipPlan, clusterCidr: '10.60.0.0/16' }, secrets: { kubeadmToken: token, kubeadmCaHash: caHash } });
  const { currentId } = await listPlans(setup.library);
  return { ...setup, id: currentId! };
}

describe('exporting a plan', () => {
  it('leaves the secrets out unless asked, and the file reads back without a passphrase', async () => {
    const { library, id } = await libraryWithSecretPlan();
    const exported = await exportPlan(library, id);
    expect(exported.fileName).toBe('Production.wnw-plan.json');
    const document = planExportSchema.parse(JSON.parse(exported.text));
    expect(document).toMatchObject({ format: 'windows-node-wizard-plan', version: 1, plan: { name: 'Production', ipPlan: { clusterCidr: '10.60.0.0/16' } } });
    expect(document.secrets).toBeUndefined();
    expect('secrets' in document.plan).toBe(false);
    for (const spelling of [...spellings(token), ...spellings(caHash)]) expect(exported.text).not.toContain(spelling);

    const imported = await importPlan(library, exported.text);
    const opened = await library.run((index) => library.openPlan(index, imported.id));
    expect(opened.plan.secrets).toEqual({ kubeadmToken: '', kubeadmCaHash: '' });
    expect(opened.plan.ipPlan.clusterCidr).toBe('10.60.0.0/16');
  });

  it('with secrets opted in: encrypted under the passphrase with the recorded scrypt cost, never readable in the file', async () => {
    const { library, id } = await libraryWithSecretPlan();
    const exported = await exportPlan(library, id, { passphrase });
    const document = planExportSchema.parse(JSON.parse(exported.text));
    expect(document.secrets?.kdf).toMatchObject({ name: 'scrypt', N: 2 ** 17, r: 8, p: 1, keyLength: 32 });
    expect(Buffer.from(document.secrets!.kdf.salt, 'base64')).toHaveLength(16);
    expect(document.secrets?.cipher).toMatchObject({ name: 'aes-256-gcm' });
    expect(Buffer.from(document.secrets!.cipher.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(document.secrets!.cipher.tag, 'base64')).toHaveLength(16);
    for (const spelling of [...spellings(token), ...spellings(caHash), passphrase]) expect(exported.text).not.toContain(spelling);

    // A fresh salt and IV each time: two exports of the same plan share no ciphertext.
    const again = planExportSchema.parse(JSON.parse((await exportPlan(library, id, { passphrase, scryptCost })).text));
    expect(again.secrets?.kdf.salt).not.toBe(document.secrets?.kdf.salt);
    expect(again.secrets?.ciphertext).not.toBe(document.secrets?.ciphertext);

    const imported = await importPlan(library, exported.text, passphrase);
    expect((await library.run((index) => library.openPlan(index, imported.id))).plan.secrets).toEqual({ kubeadmToken: token, kubeadmCaHash: caHash });
  });
});

describe('importing a plan', () => {
  it('refuses a wrong or missing passphrase with a clear error, and imports nothing', async () => {
    const { library, id, userDataDir } = await libraryWithSecretPlan();
    const { text } = await exportPlan(library, id, { passphrase, scryptCost });
    const filesBefore = readdirSync(join(userDataDir, 'plans')).sort();

    await expect(importPlan(library, text, 'Correct horse battery')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', field: 'passphrase', message: expect.stringContaining("The passphrase does not open this plan's secrets") });
    await expect(importPlan(library, text)).rejects.toMatchObject({ field: 'passphrase', message: expect.stringMatching(/enter the passphrase it was exported with/) });
    expect((await listPlans(library)).plans).toHaveLength(1);
    expect(readdirSync(join(userDataDir, 'plans')).sort()).toEqual(filesBefore);
  });

  it('refuses a tampered ciphertext, tag or salt', async () => {
    const { library, id } = await libraryWithSecretPlan();
    const document = planExportSchema.parse(JSON.parse((await exportPlan(library, id, { passphrase, scryptCost })).text));
    const flip = (base64: string) => {
      const bytes = Buffer.from(base64, 'base64');
      bytes[0] = bytes[0]! ^ 0x01;
      return bytes.toString('base64');
    };
    const secrets = document.secrets!;
    const tampered = [
      { ...secrets, ciphertext: flip(secrets.ciphertext) },
      { ...secrets, cipher: { ...secrets.cipher, tag: flip(secrets.cipher.tag) } },
      { ...secrets, cipher: { ...secrets.cipher, tag: Buffer.from(secrets.cipher.tag, 'base64').subarray(0, 4).toString('base64') } },
      { ...secrets, kdf: { ...secrets.kdf, salt: flip(secrets.kdf.salt) } },
    ];
    for (const changed of tampered) {
      await expect(importPlan(library, JSON.stringify({ ...document, secrets: changed }), passphrase)).rejects.toMatchObject({ field: 'passphrase', message: expect.stringContaining("The passphrase does not open this plan's secrets") });
    }
    expect((await listPlans(library)).plans).toHaveLength(1);
  });

  it('refuses what is not a plan export, and a key derivation that would take too much memory', async () => {
    const { library, id } = await libraryWithSecretPlan();
    await expect(importPlan(library, 'not json')).rejects.toMatchObject({ field: 'text', message: expect.stringMatching(/not JSON/) });
    await expect(importPlan(library, JSON.stringify(defaultPlan()))).rejects.toMatchObject({ field: 'text', message: expect.stringMatching(/not a plan export/) });
    const document = JSON.parse((await exportPlan(library, id, { passphrase, scryptCost })).text) as { secrets: { kdf: { N: number; r: number } } };
    document.secrets.kdf.N = 2 ** 24;
    await expect(importPlan(library, JSON.stringify(document), passphrase)).rejects.toMatchObject({ field: 'text', message: expect.stringMatching(/secrets\.kdf\.N/) });
    const withClearSecrets = JSON.parse((await exportPlan(library, id)).text) as { plan: Record<string, unknown> };
    withClearSecrets.plan.secrets = { kubeadmToken: token, kubeadmCaHash: caHash };
    await expect(importPlan(library, JSON.stringify(withClearSecrets))).rejects.toMatchObject({ field: 'text' });
  });

  it('gives the imported plan a fresh id, and marks its name "(imported)" when it is taken', async () => {
    const { library, id } = await libraryWithSecretPlan();
    const { text } = await exportPlan(library, id);
    const first = await importPlan(library, text);
    const second = await importPlan(library, text);
    expect([first.name, second.name]).toEqual(['Production (imported)', 'Production (imported 2)']);
    expect(new Set([id, first.id, second.id]).size).toBe(3);
    const fresh = await createPlan(library, 'Elsewhere');
    expect(fresh.name).toBe('Elsewhere');
    expect((await listPlans(library)).currentId).toBe(id);
  });
});
