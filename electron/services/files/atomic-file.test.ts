/**
 * Saved files (plan, known hosts, keys, node progress) are replaced atomically: temporary sibling, fsync, rename.
 * A reader sees the old content or the new, never a mix; a failed write leaves the old content and no stray file
 * — shown with a failing rename anywhere, and with a really full disk (a tiny tmpfs) where this process may mount.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from './atomic-file.js';
import { mountTinyTmpfs, tmpfsMountable, unmountTmpfs } from './testing/tiny-tmpfs.js';

const writers = { async: writeFileAtomic, sync: async (path: string, data: string) => writeFileAtomicSync(path, data) };

describe.each(Object.entries(writers))('writeFileAtomic (%s)', (_name, write) => {
  it('writes the whole content, private to the user, with no temporary file left', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wnw-atomic-'));
    const path = join(dir, 'plan.json');
    const content = `${'é'.repeat(300_000)}\n`;
    await write(path, 'old');
    await write(path, content);
    expect(readFileSync(path, 'utf8')).toBe(content);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });

  it('never shows a reader a half-written file while many writes race', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wnw-atomic-'));
    const path = join(dir, 'plan.json');
    const versions = Array.from({ length: 20 }, (_, i) => JSON.stringify({ version: i, padding: 'x'.repeat(50_000) }));
    await write(path, versions[0]!);
    const seen = new Set<string>();
    await Promise.all([
      ...versions.map((version) => write(path, version)),
      (async () => {
        for (let i = 0; i < 50; i++) {
          seen.add(readFileSync(path, 'utf8'));
          await new Promise((resolve) => setImmediate(resolve));
        }
      })(),
    ]);
    for (const text of seen) expect(versions).toContain(text);
    expect(readdirSync(dir)).toEqual(['plan.json']);
  });

  it('when the file cannot be replaced, keeps the old one and removes the temporary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wnw-atomic-'));
    const path = join(dir, 'target');
    mkdirSync(path); // a directory where the file should go: the rename fails
    writeFileSync(join(path, 'inside'), 'old');
    await expect(write(path, 'new')).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readFileSync(join(path, 'inside'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['target']);
  });
});

describe.skipIf(!tmpfsMountable())('a really full disk (a 64 KiB tmpfs; needs root to mount)', () => {
  let tmpfs: string;
  beforeAll(() => {
    tmpfs = mountTinyTmpfs('64k');
  });
  afterAll(() => unmountTmpfs(tmpfs));

  it.each(Object.entries(writers))('%s: ENOSPC leaves the saved file as it was, and no temporary file', async (_name, write) => {
    const path = join(tmpfs, 'plan.json');
    await write(path, 'the plan as last saved');
    await expect(write(path, 'x'.repeat(256 * 1024))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(path, 'utf8')).toBe('the plan as last saved');
    expect(readdirSync(tmpfs)).toEqual(['plan.json']);
    await write(path, 'saved again once there is room'); // the space the failed write took was given back
    expect(readFileSync(path, 'utf8')).toBe('saved again once there is room');
    rmSync(path);
  });
});
