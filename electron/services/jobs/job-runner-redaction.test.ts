/**
 * A job's failure message often quotes a program's error, and a program may quote a secret: the message is
 * redacted like every log line before it reaches the summary file or the window (found by the e2e secrets grep).
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WizardEvent } from '../../../shared/ipc/contract-types.js';
import { JobFailure, type JobDefinition } from './job-definition.js';
import { JobRunner } from './job-runner.js';

const token = 'q1w2e3.r4t5y6u7i8o9p0a1';
const caHash = `sha256:${'c0ffee'.repeat(10)}abcd`;
const password = 'correct horse battery staple';

describe('JobRunner redaction of failure messages', () => {
  it('keeps secrets out of the summary message, its file and its events', async () => {
    const logDir = mkdtempSync(join(tmpdir(), 'wnw-jobs-'));
    const events: WizardEvent[] = [];
    const definition: JobDefinition<{ kind: 'localMachineCheck' }> = {
      kind: 'localMachineCheck',
      title: () => 'Test job',
      steps: () => ['only step'],
      conflictKey: () => 'same',
      run: async (context) => {
        context.addSecret(password);
        throw new JobFailure(`kubeadm token create failed: token "${token}" for CA ${caHash} rejected; login was "${password}"`);
      },
    };
    const runner = new JobRunner({ logDir, definitions: { localMachineCheck: definition }, emit: (event) => events.push(event) });
    const summary = await runner.whenDone(runner.start({ kind: 'localMachineCheck' }));
    expect(summary?.state).toBe('failed');
    expect(summary?.message).toMatch(/^kubeadm token create failed: token "\[REDACTED-TOKEN\]" for CA sha256:\[REDACTED-CA-HASH\] rejected; login was "\[REDACTED\]"$/);
    const written = readdirSync(logDir).map((name) => readFileSync(join(logDir, name), 'utf8')).join('\n') + JSON.stringify(events);
    for (const secret of [token, caHash.slice(7), password]) expect(written).not.toContain(secret);
  });

  it('keeps a private key printed over many lines by a real program out of the log file and the events', async () => {
    const logDir = mkdtempSync(join(tmpdir(), 'wnw-jobs-'));
    const events: WizardEvent[] = [];
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    const definition: JobDefinition<{ kind: 'localMachineCheck' }> = {
      kind: 'localMachineCheck',
      title: () => 'Test job',
      steps: () => ['only step'],
      conflictKey: () => 'same',
      run: async (context) => {
        await context.run({ command: 'sh', args: ['-c', 'echo before; printf "%s" "$1"; echo after', 'print-key', privateKey] });
      },
    };
    const runner = new JobRunner({ logDir, definitions: { localMachineCheck: definition }, emit: (event) => events.push(event) });
    const summary = await runner.whenDone(runner.start({ kind: 'localMachineCheck' }));
    expect(summary?.state).toBe('succeeded');
    const log = readFileSync(summary!.logFile, 'utf8');
    expect(log).toContain('before');
    expect(log).toContain('after');
    const written = readdirSync(logDir).map((name) => readFileSync(join(logDir, name), 'utf8')).join('\n') + JSON.stringify(events);
    const body = privateKey.split('\n').filter((line) => line !== '' && !line.startsWith('-----'));
    expect(body.length).toBeGreaterThan(20);
    for (const line of body) expect(written).not.toContain(line);
  });
});
