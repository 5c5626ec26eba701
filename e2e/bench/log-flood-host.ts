/**
 * Benchmark host: the real web host serving the built renderer in WNW_RENDERER_DIR, except that "Check this
 * machine" is a job whose child process prints log lines as fast as it can (mawk, ~4 million lines/s here). The
 * job reads how many lines from `<WNW_USER_DATA_DIR>/flood-lines` when it starts, so one host serves floods of
 * several sizes. Prints the same address line as `npm run web`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startWebHost } from '../../electron/web/web-host.js';
import { floodCommand } from './flood-command.js';

const userDataDir = process.env.WNW_USER_DATA_DIR;
const rendererDir = process.env.WNW_RENDERER_DIR;
if (!userDataDir || !rendererDir) throw new Error('Set WNW_USER_DATA_DIR and WNW_RENDERER_DIR.');

function floodLines(): number {
  try {
    return Number(readFileSync(join(userDataDir!, 'flood-lines'), 'utf8'));
  } catch {
    return 1_000_000;
  }
}

const host = await startWebHost({
  port: 0,
  rendererDir,
  userDataDir,
  version: '0.0.0-benchmark',
  log: () => {},
  jobDefinitions: {
    localMachineCheck: {
      kind: 'localMachineCheck',
      title: () => 'Log flood (benchmark)',
      steps: () => ['flood'],
      conflictKey: () => 'flood',
      run: (context) =>
        context.step('flood', async () => {
          const result = await context.run(floodCommand(floodLines()));
          if (result.exitCode !== 0) throw new Error(`the flood exited with ${result.exitCode}`);
        }),
    },
  },
});
process.once('SIGTERM', () => void host.close().finally(() => process.exit(143)));
console.log(`Windows Node Wizard at ${host.url}`);
