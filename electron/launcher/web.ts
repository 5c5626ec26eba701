import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startWebHost } from '../web/web-host.js';
import { defaultUserDataDir } from './user-data-dir.js';
import { parseWebArgs, webUsage } from './web-args.js';

const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const rendererDir = `${projectDir}.vite/renderer/main_window`;

async function buildRenderer(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: `${projectDir}vite.renderer.config.ts`, logLevel: 'warn' });
}

/** `npm run web`: builds the renderer, starts the web host, prints its address, stops cleanly on a signal. */
export async function runWebHost(argv: readonly string[]): Promise<void> {
  let args;
  try {
    args = parseWebArgs(argv);
  } catch (error) {
    console.error(error instanceof Error ? error.message : webUsage);
    process.exit(2);
  }
  if (args.build) await buildRenderer();
  if (!existsSync(`${rendererDir}/index.html`)) {
    console.error(`No built renderer in ${rendererDir}; run without --no-build.`);
    process.exit(1);
  }
  const version = (JSON.parse(readFileSync(`${projectDir}package.json`, 'utf8')) as { version: string }).version;
  const options = { rendererDir, userDataDir: defaultUserDataDir(), version };
  let host;
  try {
    host = await startWebHost({ ...options, port: args.port });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    if (args.portChosen) {
      console.error(`Port ${args.port} is already in use. Choose another: npm run web -- --port N (0 picks any free port).`);
      process.exit(1);
    }
    console.log(`Port ${args.port} is already in use (another copy of the wizard?); using a free port instead.`);
    host = await startWebHost({ ...options, port: 0 });
  }
  console.log(`Windows Node Wizard at ${host.url}`);

  const stop = (signal: string) => {
    void host.close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runWebHost(process.argv.slice(2));
}
