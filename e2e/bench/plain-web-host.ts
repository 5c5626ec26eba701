/**
 * Benchmark host: what `npm run web -- --no-build --port 0` starts (the real web host and services), serving the
 * renderer build in WNW_RENDERER_DIR rather than .vite/renderer/main_window, which the e2e tests rebuild at any
 * time. Prints the same address line.
 */
import { startWebHost } from '../../electron/web/web-host.js';

const userDataDir = process.env.WNW_USER_DATA_DIR;
const rendererDir = process.env.WNW_RENDERER_DIR;
if (!userDataDir || !rendererDir) throw new Error('Set WNW_USER_DATA_DIR and WNW_RENDERER_DIR.');

const host = await startWebHost({ port: 0, rendererDir, userDataDir, version: '0.0.0-benchmark', log: () => {} });
process.once('SIGTERM', () => void host.close().finally(() => process.exit(143)));
console.log(`Windows Node Wizard at ${host.url}`);
