import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../../../shared/plan/plan-schema.js';
import { FileKeySecretBox } from '../secrets/file-key-secret-box.js';
import { PlanStore as SealingPlanStore } from './plan-store.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'wnw-plan-'));

/** The store as the web host builds it: secrets sealed with a key file in the same folder. */
class PlanStore extends SealingPlanStore {
  constructor(dir: string) {
    super(dir, new FileKeySecretBox(join(dir, 'secret.key')));
  }
  async loadPlan() {
    return (await this.load()).plan;
  }
}

describe('PlanStore', () => {
  it('returns null before anything was saved', async () => {
    expect(await new PlanStore(freshDir()).loadPlan()).toBeNull();
  });

  it('round-trips a plan, keeping half-typed values exactly as typed', async () => {
    const dir = freshDir();
    const store = new PlanStore(dir);
    const plan = { ...defaultPlan(), ipPlan: { ...defaultPlan().ipPlan, clusterCidr: '10.244.1.0/1', nodes: ' 5x' } };
    await store.save(plan);
    expect(await new PlanStore(dir).loadPlan()).toEqual(plan);
  });

  it('writes atomically: no temporary file is left and the file is private to the user', async () => {
    const dir = freshDir();
    const store = new PlanStore(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.save({ ...defaultPlan(), name: `plan ${i}` })));
    expect(readdirSync(dir)).toEqual(['plan.json']);
    expect(JSON.parse(readFileSync(store.path, 'utf8')).name).toMatch(/^plan \d+$/);
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
  });

  it('never writes secrets in clear, and restores them on load', async () => {
    const dir = freshDir();
    const secrets = { kubeadmToken: 'abcdef.0123456789abcdef', kubeadmCaHash: `sha256:${'a'.repeat(64)}` };
    await new PlanStore(dir).save({ ...defaultPlan(), secrets });
    const onDisk = readFileSync(join(dir, 'plan.json'), 'utf8');
    expect(onDisk).not.toContain('abcdef.0123456789abcdef');
    expect(onDisk).not.toContain('a'.repeat(64));
    expect(JSON.parse(onDisk).secrets.kubeadmToken).toMatch(/^wnw-aes256gcm:/);
    expect((await new PlanStore(dir).loadPlan())?.secrets).toEqual(secrets);
  });

  it('loads the rest of a plan whose secrets cannot be decrypted any more, and says so', async () => {
    const dir = freshDir();
    await new PlanStore(dir).save({ ...defaultPlan(), name: 'kept', secrets: { kubeadmToken: 'abcdef.0123456789abcdef', kubeadmCaHash: '' } });
    writeFileSync(join(dir, 'secret.key'), Buffer.alloc(32, 1).toString('base64'));
    const loaded = await new PlanStore(dir).load();
    expect(loaded.plan?.name).toBe('kept');
    expect(loaded.plan?.secrets.kubeadmToken).toBe('');
    expect(loaded.notice).toMatch(/kubeadm token could not be decrypted/);
  });

  it('keeps an unreadable plan aside instead of letting autosave overwrite it', async () => {
    const dir = freshDir();
    const store = new PlanStore(dir);
    writeFileSync(store.path, '{"version": 1, "name": "trunc');
    await expect(store.load()).rejects.toMatchObject({ code: 'PLAN_CORRUPT' });
    const kept = readdirSync(dir).filter((name) => name.startsWith('plan.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe('{"version": 1, "name": "trunc');
    expect(await store.loadPlan()).toBeNull();
  });
});
