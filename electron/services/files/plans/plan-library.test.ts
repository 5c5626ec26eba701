import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPlan } from '../../../../shared/plan/plan-schema.js';
import { createPlan, duplicatePlan, listPlans, renamePlan } from './plan-library-edits.js';
import { deletePlan, undoDeletePlan } from './plan-library-trash.js';
import { tempLibrary } from './testing/temp-library.js';

const secrets = { kubeadmToken: 'abcdef.0123456789abcdef', kubeadmCaHash: `sha256:${'c'.repeat(64)}` };
const names = async (library: Parameters<typeof listPlans>[0]) => (await listPlans(library)).plans.map((plan) => plan.name);

describe('the plan library', () => {
  it('writes nothing until a plan is saved, then keeps the first save as a plan named after it', async () => {
    const { library, userDataDir } = tempLibrary();
    expect(await library.loadCurrent()).toMatchObject({ plan: null });
    expect(await listPlans(library)).toEqual({ currentId: null, plans: [] });
    expect(existsSync(join(userDataDir, 'plans'))).toBe(false);

    const saved = await library.saveCurrent({ ...defaultPlan(), activeStep: 'flannel' });
    const { currentId, plans } = await listPlans(library);
    expect(plans).toEqual([{ id: currentId, name: 'My cluster', activeStep: 'flannel', updatedAt: saved.savedAt }]);
    expect(saved.path).toBe(join(userDataDir, 'plans', `${currentId}.json`));
    expect(statSync(saved.path).mode & 0o777).toBe(0o600);
  });

  it('lists the most recently changed plan first, with its step', async () => {
    const { library } = tempLibrary();
    const alpha = await createPlan(library, 'Alpha');
    await createPlan(library, 'Beta');
    await createPlan(library, 'Gamma');
    expect(await names(library)).toEqual(['Gamma', 'Beta', 'Alpha']);

    await library.run((index) => library.openPlan(index, alpha.id));
    await library.saveCurrent({ ...defaultPlan(), activeStep: 'nodeConfig' });
    const { plans, currentId } = await listPlans(library);
    expect(currentId).toBe(alpha.id);
    expect(plans.map((plan) => [plan.name, plan.activeStep])).toEqual([['Alpha', 'nodeConfig'], ['Gamma', 'ipPlan'], ['Beta', 'ipPlan']]);
  });

  it('remembers the open plan and its content across restarts; an unchanged autosave writes nothing', async () => {
    const { library, reopen } = tempLibrary();
    const production = await createPlan(library, 'Production');
    await createPlan(library, 'Lab');
    const opened = await library.run((index) => library.openPlan(index, production.id));
    const edited = { ...opened.plan, activeStep: 'install' as const, ipPlan: { ...opened.plan.ipPlan, clusterCidr: '10.50.0.0/16' }, secrets };
    const first = await library.saveCurrent(edited);
    const again = await library.saveCurrent(structuredClone(edited));
    expect(again.savedAt).toBe(first.savedAt);

    const restarted = reopen();
    const loaded = await restarted.loadCurrent();
    expect(loaded.plan).toEqual({ ...edited, name: 'Production' });
    expect((await listPlans(restarted)).currentId).toBe(production.id);
  });

  it('renames with the name rules, and the library keeps the name even if a late autosave carries the old one', async () => {
    const { library } = tempLibrary();
    const plan = await createPlan(library, '  Staging  ');
    expect(plan.name).toBe('Staging');
    await library.run((index) => library.openPlan(index, plan.id));

    await expect(renamePlan(library, plan.id, '   ')).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', field: 'name', message: expect.stringMatching(/plan name is empty/) });
    await expect(renamePlan(library, plan.id, 'x'.repeat(81))).rejects.toMatchObject({ field: 'name', message: expect.stringMatching(/at most 80 characters/) });
    await expect(renamePlan(library, plan.id, 'Line\nbreak')).rejects.toMatchObject({ field: 'name', message: expect.stringMatching(/control characters/) });
    await expect(createPlan(library, 'Tab\there')).rejects.toMatchObject({ field: 'name' });

    expect(await renamePlan(library, plan.id, 'Staging EU')).toMatchObject({ id: plan.id, name: 'Staging EU' });
    await library.saveCurrent({ ...defaultPlan(), name: 'Staging' });
    expect(await names(library)).toEqual(['Staging EU']);
    expect((await library.loadCurrent()).plan?.name).toBe('Staging EU');
  });

  it('duplicates as "Copy of X" with the same content and sealed secrets, without opening the copy', async () => {
    const { library, userDataDir } = tempLibrary();
    await library.saveCurrent({ ...defaultPlan(), name: 'Edge', secrets, ipPlan: { ...defaultPlan().ipPlan, nodes: '7' } });
    const { currentId } = await listPlans(library);
    const copy = await duplicatePlan(library, currentId!);
    const second = await duplicatePlan(library, currentId!);
    expect([copy.name, second.name]).toEqual(['Copy of Edge', 'Copy of Edge (2)']);
    expect((await listPlans(library)).currentId).toBe(currentId);

    const opened = await library.run((index) => library.openPlan(index, copy.id));
    expect(opened.plan).toMatchObject({ name: 'Copy of Edge', secrets, ipPlan: { nodes: '7' } });
    const onDisk = readFileSync(join(userDataDir, 'plans', `${copy.id}.json`), 'utf8');
    expect(onDisk).not.toContain(secrets.kubeadmToken);
    expect(onDisk).not.toContain('c'.repeat(64));
  });

  it('deletes into the trash and brings the plan back whole with undo', async () => {
    const { library, userDataDir } = tempLibrary();
    const keep = await createPlan(library, 'Keep');
    const gone = await createPlan(library, 'Gone');
    const result = await deletePlan(library, gone.id);
    expect(result).toMatchObject({ deleted: { id: gone.id, name: 'Gone' }, wasCurrent: false, opened: null });
    expect(await names(library)).toEqual(['Keep']);
    expect(existsSync(join(userDataDir, 'plans', 'trash', `${gone.id}.json`))).toBe(true);

    expect(await undoDeletePlan(library, gone.id)).toEqual(gone);
    expect(await names(library)).toEqual(['Gone', 'Keep']);
    await expect(undoDeletePlan(library, gone.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await library.run((index) => library.openPlan(index, gone.id))).plan.name).toBe('Gone');
    expect(keep.name).toBe('Keep');
  });

  it('deleting the open plan opens the most recent other one; deleting the last leaves the wizard on defaults', async () => {
    const { library } = tempLibrary();
    const older = await createPlan(library, 'Older');
    const newer = await createPlan(library, 'Newer');
    const open = await createPlan(library, 'Open');
    await library.run((index) => library.openPlan(index, open.id));

    expect(await deletePlan(library, open.id)).toMatchObject({ wasCurrent: true, opened: { summary: { id: newer.id }, plan: { name: 'Newer' } } });
    expect((await listPlans(library)).currentId).toBe(newer.id);
    await deletePlan(library, newer.id);
    expect(await deletePlan(library, older.id)).toMatchObject({ wasCurrent: true, opened: null });
    expect(await library.loadCurrent()).toMatchObject({ plan: null });
  });

  it('keeps the trash for 30 days, then purges it when the library next opens', async () => {
    const { library, reopen, clock, userDataDir } = tempLibrary();
    const old = await createPlan(library, 'Old');
    await deletePlan(library, old.id);
    clock.skipDays(29);
    await listPlans(reopen());
    expect(existsSync(join(userDataDir, 'plans', 'trash', `${old.id}.json`))).toBe(true);
    clock.skipDays(2);
    const later = reopen();
    await listPlans(later);
    expect(readdirSync(join(userDataDir, 'plans', 'trash'))).toEqual([]);
    await expect(undoDeletePlan(later, old.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('runs operations one at a time: concurrent saves and creations all land in the index', async () => {
    const { library, reopen } = tempLibrary();
    await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => createPlan(library, `Plan ${i}`)),
      ...Array.from({ length: 8 }, (_, i) => library.saveCurrent({ ...defaultPlan(), ipPlan: { ...defaultPlan().ipPlan, nodes: String(i) } })),
    ]);
    const listed = await listPlans(reopen());
    expect(listed.plans).toHaveLength(9);
    expect((await reopen().loadCurrent()).plan?.ipPlan.nodes).toBe('7');
  });
});
