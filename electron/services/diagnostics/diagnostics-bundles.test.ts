/**
 * The diagnostics bundle, end to end on the main side: REAL jobs print secrets, the plan holds them, then the bundle
 * is created through its handlers and opened with an independent reader (Info-ZIP's `unzip`, not the library that
 * wrote it). Every entry is searched for every secret raw, as UTF-16, as hex and as base64 at each alignment.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { leaks } from '../../../e2e/support/secret-search.js';
import { redactedMark } from './bundle-redaction.js';
import { createDiagnosticsHandlers } from './diagnostics-handlers.js';
import { maxDownloadBytes } from './diagnostics-bundles.js';
import { makeSecrets, populateUserData, type Secrets } from './testing/secret-fixture.js';

const unzipAvailable = existsSync('/usr/bin/unzip');
const listEntries = (zip: string) => execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).split('\n').filter(Boolean);
// `-p` writes the entry's bytes as stored; wildcard characters are escaped, as unzip reads names as patterns.
const readEntry = (zip: string, name: string) => execFileSync('unzip', ['-p', zip, name.replace(/[[\]*?]/g, '\\$&')], { maxBuffer: 64 * 1024 * 1024 });

let userDataDir: string;
let secrets: Secrets;

beforeEach(() => {
  userDataDir = mkdtempSync(join(tmpdir(), 'wnw-diagnostics-'));
  secrets = makeSecrets();
});
afterEach(() => rmSync(userDataDir, { recursive: true, force: true }));

async function createBundle(showItemInFolder?: (path: string) => void) {
  const fixture = await populateUserData(userDataDir, secrets);
  const handlers = createDiagnosticsHandlers<string>({ ...fixture.sources, userDataDir, ...(showItemInFolder ? { showItemInFolder } : {}) });
  const bundle = await handlers['diagnostics.create'](undefined, 'test');
  return { ...fixture, handlers, bundle };
}

describe.skipIf(!unzipAvailable)('diagnostics bundle', () => {
  it('holds the plan, every job, preflight results and node progress, and no secret in any encoding', async () => {
    const { bundle, ids, rawLog } = await createBundle();
    expect(dirname(bundle.path)).toBe(join(userDataDir, 'diagnostics'));
    expect(bundle.fileName).toMatch(/^wnw-diagnostics-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z\.zip$/);
    expect(bundle.bytes).toBe(statSync(bundle.path).size);
    expect((statSync(bundle.path).mode & 0o777).toString(8)).toBe('600');

    const names = listEntries(bundle.path);
    expect(names.sort()).toEqual([...bundle.entries].sort());
    expect(names).toEqual(expect.arrayContaining(['README.txt', 'app-info.json', 'plan.json', 'node-progress.json', `results/${ids.preflight}.json`]));
    for (const id of Object.values(ids)) expect(names).toEqual(expect.arrayContaining([`jobs/${id}.json`, `jobs/${id}.log`, `jobs/${id}.steps`]));
    // Fetched credentials are nothing but secrets: that result never enters the bundle.
    expect(names).not.toContain(`results/${ids.fetchJoinCredentials}.json`);

    // Not a vacuous pass: the password reached the log on disk before it was known as a secret.
    expect(rawLog('verifyNode')).toContain(secrets['typed password']);
    // A key printed over several lines is hidden by the job runner itself (KeyBlockRedaction), so never on disk.
    expect(rawLog('localMachineCheck')).not.toContain(secrets['private key body']);

    const found: string[] = [];
    for (const name of names) {
      for (const secret of leaks(readEntry(bundle.path, name).toString('latin1'), secrets)) found.push(`${secret} in ${name}`);
    }
    expect(found).toEqual([]);
    // And the search finds what it looks for, in the encodings it claims.
    expect(leaks(Buffer.from(`xy${secrets['typed password']}`, 'utf16le').toString('base64'), secrets)).toEqual(['typed password']);
  });

  it('redacts the plan field by field and keeps what is not secret', async () => {
    const { bundle } = await createBundle();
    const plan = JSON.parse(readEntry(bundle.path, 'plan.json').toString('utf8'));
    expect(plan.secrets).toEqual({ kubeadmToken: redactedMark, kubeadmCaHash: redactedMark });
    expect(plan.nodeConfig.config.Kubernetes.ControlPlane).toMatchObject({ IpAddress: '10.0.0.4', KubeadmToken: redactedMark, KubeadmCAHash: redactedMark });
    expect(plan.nodeConfig.extras).toEqual([{ parent: 'Kubernetes.ControlPlane', key: 'BootstrapPassword', after: null, value: redactedMark }]);
    expect(plan.controlPlane).toMatchObject({ host: '10.0.0.4', privateKeyPath: '/home/op/.ssh/id_ed25519' });
    expect(plan.ipPlan.clusterCidr).toBe('10.244.0.0/16');
  });

  it('keeps the logs, step marks, summaries, results and node progress readable, with markers where secrets were', async () => {
    const { bundle, ids } = await createBundle();
    const text = (name: string) => readEntry(bundle.path, name).toString('utf8');
    const checkLog = text(`jobs/${ids.localMachineCheck}.log`);
    expect(checkLog).toContain('visible marker line');
    expect(checkLog).toContain('--token [REDACTED-TOKEN] --discovery-token-ca-cert-hash sha256:[REDACTED-CA-HASH]');
    expect(checkLog).toContain('[REDACTED-PRIVATE-KEY]');
    expect(checkLog).toContain('field: [REDACTED]');
    expect(text(`jobs/${ids.verifyNode}.log`)).toContain('login with [REDACTED]');
    expect(text(`jobs/${ids.localMachineCheck}.steps`)).toMatch(/^\d+\tPrint%20the%20join%20command\n/);
    expect(JSON.parse(text(`jobs/${ids.verifyNode}.json`))).toMatchObject({ kind: 'verifyNode', state: 'failed', message: 'login refused for "[REDACTED]" with token [REDACTED-TOKEN]' });
    const result = JSON.parse(text(`results/${ids.preflight}.json`));
    expect(result.report.checks[0]).toMatchObject({ id: 'bootstrap-token', status: 'pass', detail: 'Token [REDACTED-TOKEN] is valid.' });
    expect(JSON.parse(text('node-progress.json'))).toEqual([expect.objectContaining({ targetKey: 'local', state: 'failed', verdict: expect.objectContaining({ message: 'token [REDACTED-TOKEN] rejected' }) })]);
    expect(JSON.parse(text('app-info.json'))).toMatchObject({ version: '9.9.9', transport: 'web' });
    const readme = text('README.txt');
    expect(readme).toContain('What was redacted');
    expect(readme).toContain(`read "${redactedMark}"`);
    for (const name of bundle.entries.filter((entry) => entry !== 'README.txt')) expect(readme).toContain(name);
  });

  it('hands the same bytes to the download, and refuses foreign names and oversized bundles', async () => {
    const { bundle, handlers } = await createBundle();
    const download = await handlers['diagnostics.download']({ fileName: bundle.fileName }, 'test');
    expect(Buffer.from(download.base64, 'base64').equals(readFileSync(bundle.path))).toBe(true);
    expect(download).toMatchObject({ fileName: bundle.fileName, bytes: bundle.bytes });

    await expect(handlers['diagnostics.download']({ fileName: 'wnw-diagnostics-..-plan.zip' }, 'test')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', field: 'fileName' });
    await expect(handlers['diagnostics.download']({ fileName: 'wnw-diagnostics-2020-01-01T00-00-00-000Z.zip' }, 'test')).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const large = join(userDataDir, 'diagnostics', 'wnw-diagnostics-2020-01-01T00-00-00-001Z.zip');
    writeFileSync(large, '');
    truncateSync(large, maxDownloadBytes + 1); // sparse: the size is what counts
    await expect(handlers['diagnostics.download']({ fileName: 'wnw-diagnostics-2020-01-01T00-00-00-001Z.zip' }, 'test')).rejects.toThrow(/more than the 50 MiB a download carries: copy .* from the host instead/);
  });

  it('makes a second bundle beside the first, and shows a bundle in its folder only where the host can', async () => {
    const shown: string[] = [];
    const { bundle, handlers, sources } = await createBundle((path) => shown.push(path));
    const second = await handlers['diagnostics.create'](undefined, 'test');
    expect(second.path).not.toBe(bundle.path);
    expect(existsSync(bundle.path) && existsSync(second.path)).toBe(true);
    expect(await handlers['diagnostics.showInFolder']({ fileName: second.fileName }, 'test')).toEqual({ shown: true, path: second.path });
    expect(shown).toEqual([second.path]);

    const web = createDiagnosticsHandlers<string>({ ...sources, userDataDir });
    expect(await web['diagnostics.showInFolder']({ fileName: bundle.fileName }, 'test')).toMatchObject({ shown: false, path: bundle.path, reason: expect.stringContaining('download') });
  });
});
