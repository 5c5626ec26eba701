import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Redactor } from '../../../shared/logs/redact.js';
import { NodeProgressStore } from './node-progress-store.js';

describe('NodeProgressStore', () => {
  it('writes verdicts redacted: a join failure that quotes the token leaves no token in node-progress.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wnw-progress-'));
    const redactor = new Redactor();
    const store = new NodeProgressStore(dir, (text) => redactor.redact(text));
    const token = 'abcdef.0123456789abcdef';
    store.started('local', 'this machine', 'join', 'job-1');
    store.update('local', 'job-1', { state: 'failed', verdict: { outcome: 'failure', code: 'JOIN_FAILED', message: `kubeadm join --token ${token} failed`, fix: `Create a new token; ${token} expired.` } });
    const written = readFileSync(store.path, 'utf8');
    expect(written).not.toContain(token);
    expect(store.get('local')?.verdict).toEqual({ outcome: 'failure', code: 'JOIN_FAILED', message: 'kubeadm join --token [REDACTED-TOKEN] failed', fix: 'Create a new token; [REDACTED-TOKEN] expired.' });
    // read back by a new store (the app restarted): the same, and the record of a newer job is not overwritten by an older one
    const reopened = new NodeProgressStore(dir);
    expect(reopened.get('local')?.verdict?.message).toBe('kubeadm join --token [REDACTED-TOKEN] failed');
    reopened.started('local', 'this machine', 'join', 'job-2');
    reopened.update('local', 'job-1', { state: 'succeeded' });
    expect(reopened.get('local')).toMatchObject({ jobId: 'job-2', state: 'running', joinAttempts: 2 });
  });
});
