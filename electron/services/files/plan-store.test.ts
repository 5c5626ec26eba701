import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../../../shared/plan/plan-schema.js';
import { PlanStore } from './plan-store.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'wnw-plan-'));

describe('PlanStore', () => {
  it('returns null before anything was saved', async () => {
    expect(await new PlanStore(freshDir()).load()).toBeNull();
  });

  it('round-trips a plan, keeping half-typed values exactly as typed', async () => {
    const dir = freshDir();
    const store = new PlanStore(dir);
    const plan = { ...defaultPlan(), ipPlan: { ...defaultPlan().ipPlan, clusterCidr: '10.244.1.0/1', nodes: ' 5x' } };
    await store.save(plan);
    expect(await new PlanStore(dir).load()).toEqual(plan);
  });

  it('writes atomically: no temporary file is left and the file is private to the user', async () => {
    const dir = freshDir();
    const store = new PlanStore(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.save({ ...defaultPlan(), name: `plan ${i}` })));
    expect(readdirSync(dir)).toEqual(['plan.json']);
    expect(JSON.parse(readFileSync(store.path, 'utf8')).name).toMatch(/^plan \d+$/);
    expect(statSync(store.path).mode & 0o777).toBe(0o600);
  });

  it('keeps an unreadable plan aside instead of letting autosave overwrite it', async () => {
    const dir = freshDir();
    const store = new PlanStore(dir);
    writeFileSync(store.path, '{"version": 1, "name": "trunc');
    await expect(store.load()).rejects.toMatchObject({ code: 'PLAN_CORRUPT' });
    const kept = readdirSync(dir).filter((name) => name.startsWith('plan.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe('{"version": 1, "name": "trunc');
    expect(await store.load()).toBeNull();
  });
});
