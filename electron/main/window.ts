import { BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lockDownContents } from './hardening.js';

// Defined by Forge's Vite plugin; absent in the standalone build, hence the typeof guards.
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string | undefined;

export function devServerUrl(): string | undefined {
  return typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined;
}

function rendererIndexPath(): string {
  const name = typeof MAIN_WINDOW_VITE_NAME === 'string' ? MAIN_WINDOW_VITE_NAME : 'main_window';
  return join(__dirname, '..', 'renderer', name, 'index.html');
}

/** The page the window shows, and the only URL whose main frame may call the contract. */
export function appUrl(): string {
  return devServerUrl() ?? pathToFileURL(rendererIndexPath()).href;
}

export function isAppUrl(url: string): boolean {
  const app = new URL(appUrl());
  const candidate = new URL(url);
  return candidate.protocol === app.protocol && candidate.host === app.host && candidate.pathname === app.pathname;
}

/**
 * Linux takes a window's icon from the window (Windows and macOS from the exe or bundle): resources/icon.png when
 * packaged (forge.config.ts extraResource), the source tree's otherwise; Electron picks icon@2x.png beside it.
 */
export function linuxWindowIcon(): string | undefined {
  if (process.platform !== 'linux') return undefined;
  const packaged = typeof process.resourcesPath === 'string' ? [join(process.resourcesPath, 'icon.png')] : [];
  return [...packaged, join(__dirname, '..', '..', 'assets', 'icon', 'icon.png')].find((path) => existsSync(path));
}

export function createMainWindow(): BrowserWindow {
  const icon = linuxWindowIcon();
  const window = new BrowserWindow({
    ...(icon ? { icon } : {}),
    width: 1200,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Windows Node Wizard',
    show: false,
    webPreferences: {
      // The named, minimal preload (window.wizardApi, contract calls only); reviewed, see SECURITY.md.
      preload: join(__dirname, 'preload.cjs'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      // A middle click must not open a link in a new window (the window-open handler denies it anyway).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  lockDownContents(window.webContents, isAppUrl);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(appUrl());
  return window;
}

/** Only our window's top frame, showing our own page, may call the contract. */
export function isTrustedSender(window: BrowserWindow, event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || window.isDestroyed()) return false;
  return event.sender === window.webContents && frame === window.webContents.mainFrame && isAppUrl(frame.url);
}
