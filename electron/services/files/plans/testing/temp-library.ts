import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileKeySecretBox } from '../../../secrets/file-key-secret-box.js';
import { PlanLibrary } from '../plan-library.js';

export const freshUserDataDir = () => mkdtempSync(join(tmpdir(), 'wnw-plans-'));

/**
 * A library over a temporary folder, sealed as the web host seals (a key file beside it), with a clock the test
 * moves: each reading is one minute after the last, so "most recent first" is decided by the test's order.
 */
export function tempLibrary(userDataDir = freshUserDataDir(), start = Date.parse('2026-11-23T10:00:00.000Z')) {
  let minutes = 0;
  const clock = { now: () => new Date(start + minutes++ * 60_000), skipDays: (days: number) => void (minutes += days * 24 * 60) };
  const open = () => new PlanLibrary({ userDataDir, secrets: new FileKeySecretBox(join(userDataDir, 'secret.key')), now: clock.now });
  return { userDataDir, library: open(), reopen: open, clock };
}
