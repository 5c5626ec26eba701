import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { electronAvailability } from './electron-availability.js';
import { runWebHost } from './web.js';

/** `npm start`: the desktop app where Electron can run, otherwise the web host, saying which and why. */
const projectDir = fileURLToPath(new URL('../../', import.meta.url));
const availability = electronAvailability(projectDir);

if (availability.ok) {
  console.log('Starting the desktop app (Electron Forge).');
  // Node runs Forge's CLI directly: no npx.cmd, so no batch file is ever started with arguments.
  const forgeCli = `${projectDir}node_modules/@electron-forge/cli/dist/electron-forge.js`;
  const forge = spawn(process.execPath, [forgeCli, 'start'], { cwd: projectDir, stdio: 'inherit' });
  forge.on('exit', (code) => process.exit(code ?? 1));
} else {
  console.log(`Starting the web host instead of the desktop app: ${availability.reason}`);
  console.log('Open the address below in a browser; stop with Ctrl+C.');
  await runWebHost(process.argv.slice(2));
}
