import { app, BrowserWindow, shell } from 'electron';
import { createMainServices, fileKeyBox } from '../composition/main-services.js';
import { createSafeStorageBox } from './safe-storage-box.js';
import { relaunchElevated } from './relaunch-elevated.js';
import { connectWindowEvents, registerElectronIpc } from '../transports/electron-ipc.js';
import { hardenSession } from './hardening.js';
import { contentSecurityPolicy } from '../web/content-security-policy.js';
import { createMainWindow, devServerUrl, isTrustedSender } from './window.js';
import { handleSquirrelEvent } from './squirrel-events.js';
import { runProcess } from '../services/process/process-runner.js';

/** The desktop app: one window, the shared services, the contract over Electron IPC. */
// Tests (and operators keeping several profiles) point the app at another data folder, as for the web host.
if (process.env.WNW_USER_DATA_DIR) app.setPath('userData', process.env.WNW_USER_DATA_DIR);
app.enableSandbox();
// First: a Squirrel installer run (--squirrel-install…) only writes or removes the shortcut and quits, no window.
const squirrelRun = handleSquirrelEvent({
  argv: process.argv,
  platform: process.platform,
  execPath: process.execPath,
  run: (command, args) => runProcess({ command, args, timeoutMs: 60_000, onLines: () => undefined }),
  quit: () => app.quit(),
});
if (!squirrelRun && !app.requestSingleInstanceLock()) app.quit();

let mainWindow: BrowserWindow | undefined;

if (!squirrelRun) void app.whenReady().then(() => {
  // Vite's dev server needs an inline preamble; the index.html meta policy still applies there.
  hardenSession(devServerUrl() ? undefined : contentSecurityPolicy);
  const userDataDir = app.getPath('userData');
  const services = createMainServices({
    userDataDir,
    version: app.getVersion(),
    transport: 'electron',
    secretBox: createSafeStorageBox(fileKeyBox(userDataDir)),
    openPath: (path) => shell.openPath(path),
    showItemInFolder: (path) => shell.showItemInFolder(path),
    relaunchElevated,
  });
  registerElectronIpc({
    dispatch: services.dispatch,
    events: services.events,
    isTrustedSender: (event) => mainWindow !== undefined && isTrustedSender(mainWindow, event),
  });
  const open = () => {
    mainWindow = createMainWindow();
    connectWindowEvents(mainWindow.webContents, services.events);
  };
  open();
  app.on('second-instance', () => mainWindow?.focus());
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
  app.on('before-quit', () => services.jobs.interruptAll('the app was closed'));
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
