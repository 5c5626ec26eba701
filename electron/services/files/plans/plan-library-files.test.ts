import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requests } from '../../../../shared/ipc/contract.js';
import { defaultPlan } from '../../../../shared/plan/plan-schema.js';
import { FileKeySecretBox } from '../../secrets/file-key-secret-box.js';
import { PlanStore } from '../plan-store.js';
import { createPlan, duplicatePlan, listPlans, renamePlan } from './plan-library-edits.js';
import { currentPlanFile, planLibraryPaths } from './plan-library-paths.js';
import { deletePlan } from './plan-library-trash.js';
import { tempLibrary } from './testing/temp-library.js';

const secrets = { kubeadmToken: 'abcdef.0123456789abcdef', kubeadmCaHash: `sha256:${'d'.repeat(64)}` };

describe('moving the single plan.json of earlier versions into the library', () => {
  it('makes it the first, open plan, byte for byte, with its secrets still sealed', async () => {
    const { userDataDir, library } = tempLibrary();
    const legacy = new PlanStore(userDataDir, new FileKeySecretBox(join(userDataDir, 'secret.key')));
    const plan = { ...defaultPlan(), name: 'Datacenter A', activeStep: 'nodeConfig' as const, secrets };
    await legacy.save(plan);
    const before = readFileSync(legacy.path, 'utf8');

    const { currentId, plans } = await listPlans(library);
    expect(plans).toEqual([expect.objectContaining({ id: currentId, name: 'Datacenter A', activeStep: 'nodeConfig' })]);
    expect(existsSync(legacy.path)).toBe(false);
    expect(currentPlanFile(userDataDir)).toBe(join(userDataDir, 'plans', `${currentId}.json`));
    expect(readFileSync(currentPlanFile(userDataDir)!, 'utf8')).toBe(before);
    expect(before).not.toContain(secrets.kubeadmToken);
    expect(await library.loadCurrent()).toMatchObject({ plan });
  });

  it('keeps an unreadable plan.json aside as before, reports it once, and starts from defaults', async () => {
    const { userDataDir, library, reopen } = tempLibrary();
    writeFileSync(join(userDataDir, 'plan.json'), '{"version": 1, "name": "trunc');
    await expect(library.loadCurrent()).rejects.toMatchObject({ code: 'PLAN_CORRUPT', message: expect.stringMatching(/kept as .*plan\.json\.corrupt-.*; the wizard starts from defaults/) });
    const kept = readdirSync(userDataDir).filter((name) => name.startsWith('plan.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(userDataDir, kept[0]!), 'utf8')).toBe('{"version": 1, "name": "trunc');
    expect(await library.loadCurrent()).toMatchObject({ plan: null });

    await library.saveCurrent({ ...defaultPlan(), ipPlan: { ...defaultPlan().ipPlan, clusterCidr: '10.200.0.0/16' } });
    expect((await reopen().loadCurrent()).plan?.ipPlan.clusterCidr).toBe('10.200.0.0/16');
  });
});

describe('unreadable and stray files in the library', () => {
  it('keeps a corrupt plan aside when it is opened, drops it from the list, and leaves the others alone', async () => {
    const { userDataDir, library } = tempLibrary();
    const good = await createPlan(library, 'Good');
    const bad = await createPlan(library, 'Bad');
    const badFile = join(userDataDir, 'plans', `${bad.id}.json`);
    writeFileSync(badFile, '{"version": 1, "name": ');

    await expect(library.run((index) => library.openPlan(index, bad.id))).rejects.toMatchObject({ code: 'PLAN_CORRUPT' });
    expect(readdirSync(join(userDataDir, 'plans')).filter((name) => name.startsWith(`${bad.id}.json.corrupt-`))).toHaveLength(1);
    expect((await listPlans(library)).plans.map((plan) => plan.id)).toEqual([good.id]);
    expect((await library.run((index) => library.openPlan(index, good.id))).plan.name).toBe('Good');
  });

  it('refuses to rename or duplicate a corrupt plan, keeping it aside', async () => {
    const { userDataDir, library } = tempLibrary();
    const bad = await createPlan(library, 'Bad');
    writeFileSync(join(userDataDir, 'plans', `${bad.id}.json`), '[]');
    await expect(renamePlan(library, bad.id, 'Renamed')).rejects.toMatchObject({ code: 'PLAN_CORRUPT' });
    await expect(duplicatePlan(library, bad.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listPlans(library)).plans).toEqual([]);
  });

  it('deleting the open plan skips a corrupt one and says so', async () => {
    const { userDataDir, library } = tempLibrary();
    const fine = await createPlan(library, 'Fine');
    const broken = await createPlan(library, 'Broken');
    const open = await createPlan(library, 'Open');
    await library.run((index) => library.openPlan(index, open.id));
    writeFileSync(join(userDataDir, 'plans', `${broken.id}.json`), 'not json');
    const result = await deletePlan(library, open.id);
    expect(result).toMatchObject({ wasCurrent: true, opened: { summary: { id: fine.id } }, notice: expect.stringMatching(/could not be read and was kept as/) });
  });

  it('rebuilds a lost or damaged index from the plan files, and sets aside a stray unreadable file', async () => {
    const { userDataDir, library, reopen } = tempLibrary();
    const one = await createPlan(library, 'One');
    const two = await createPlan(library, 'Two');
    const paths = planLibraryPaths(userDataDir);
    writeFileSync(paths.indexPath, '{ damaged');
    writeFileSync(join(paths.plansDir, 'ffffffffffffffff.json'), 'garbage');

    const { plans, currentId } = await listPlans(reopen());
    expect(plans.map((plan) => plan.name).sort()).toEqual(['One', 'Two']);
    expect([one.id, two.id]).toContain(currentId);
    expect(readdirSync(paths.plansDir).some((name) => name.startsWith('ffffffffffffffff.json.corrupt-'))).toBe(true);

    rmSync(paths.file(one.id));
    expect((await listPlans(reopen())).plans.map((plan) => plan.id)).toEqual([two.id]);
  });
});

describe('plan ids never leave the plans folder', () => {
  const hostile = ['../plan', '../../etc/passwd', '0123456789abcdef/../../x', '0123456789ABCDEF', '0123456789abcde', '/etc/passwd', 'index', 'trash'];

  it('the contract refuses anything but 16 lower-case hex digits', () => {
    for (const id of hostile) {
      for (const name of ['plans.open', 'plans.duplicate', 'plans.delete', 'plans.undoDelete'] as const) {
        expect(requests[name].arg.safeParse({ id }).success, `${name} ${id}`).toBe(false);
      }
      expect(requests['plans.rename'].arg.safeParse({ id, name: 'x' }).success).toBe(false);
      expect(requests['plans.export'].arg.safeParse({ id, includeSecrets: false }).success).toBe(false);
    }
    expect(requests['plans.open'].arg.safeParse({ id: '0123456789abcdef' }).success).toBe(true);
  });

  it('the library refuses them too, touching no file outside its folder', async () => {
    const { userDataDir, library } = tempLibrary();
    await createPlan(library, 'Inside');
    const outside = join(userDataDir, 'outside.json');
    writeFileSync(outside, JSON.stringify({ ...defaultPlan(), name: 'outside' }));
    const paths = planLibraryPaths(userDataDir);
    for (const id of hostile) {
      expect(() => paths.file(id)).toThrow(/Not a plan id/);
      await expect(library.run((index) => library.openPlan(index, id))).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(deletePlan(library, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
    await expect(renamePlan(library, '../outside', 'x')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(JSON.parse(readFileSync(outside, 'utf8'))).toMatchObject({ name: 'outside' });
  });
});
