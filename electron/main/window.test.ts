/**
 * The desktop window's switches and the IPC sender check, without an Electron binary: the BrowserWindow is
 * mocked to record what the app asks for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

const created: Array<{ webPreferences: Record<string, unknown> }> = [];
const locked: unknown[] = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    webContents = { mainFrame: {} };
    constructor(options: { webPreferences: Record<string, unknown> }) {
      created.push(options);
    }
    once() {}
    loadURL() {
      return Promise.resolve();
    }
    isDestroyed() {
      return false;
    }
  },
}));
vi.mock('./hardening.js', () => ({ lockDownContents: (contents: unknown) => locked.push(contents) }));
const { appUrl, createMainWindow, isAppUrl, isTrustedSender, linuxWindowIcon } = await import('./window.js');

describe('the main window', () => {
  it('is isolated and sandboxed, without Node, with web security on and nothing insecure enabled', () => {
    const window = createMainWindow();
    const preferences = created.at(-1)!.webPreferences;
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(preferences.preload)).toMatch(/preload\.cjs$/);
    expect(String(preferences.disableBlinkFeatures)).toContain('Auxclick');
    for (const risky of ['nodeIntegrationInSubFrames', 'enableBlinkFeatures', 'experimentalFeatures', 'enableRemoteModule']) {
      expect(preferences[risky], risky).toBeUndefined();
    }
    expect(locked).toContain(window.webContents);
  });

  it('knows its own page by scheme, host and path, nothing looser', () => {
    const page = appUrl();
    expect(isAppUrl(page)).toBe(true);
    expect(isAppUrl(`${page}?step=flannel#top`)).toBe(true);
    expect(isAppUrl(`${page}.html`)).toBe(false);
    expect(isAppUrl(page.replace('index.html', 'other.html'))).toBe(false);
    expect(isAppUrl('https://evil.example/index.html')).toBe(false);
  });
});

describe('the window icon', () => {
  it('is the generated PNG on Linux (elsewhere the exe or bundle carries the icon)', () => {
    const icon = linuxWindowIcon();
    if (process.platform !== 'linux') return expect(icon).toBeUndefined();
    expect(icon).toMatch(/assets[\\/]icon[\\/]icon\.png$/);
    expect(readFileSync(icon!).subarray(1, 4).toString('latin1'), 'a PNG file').toBe('PNG');
    createMainWindow();
    expect((created.at(-1) as { icon?: string }).icon).toBe(icon);
  });
});

describe('isTrustedSender', () => {
  const page = appUrl();
  const window = createMainWindow();
  const mainFrame = window.webContents.mainFrame as { url?: string };
  mainFrame.url = page;
  const event = (overrides: Record<string, unknown>) => ({ sender: window.webContents, senderFrame: mainFrame, ...overrides }) as never;

  it('accepts only our window’s top frame showing our own page', () => {
    expect(isTrustedSender(window, event({}))).toBe(true);
  });

  it('refuses a subframe, another page, another window, a missing frame and a destroyed window', () => {
    expect(isTrustedSender(window, event({ senderFrame: { url: page } }))).toBe(false);
    expect(isTrustedSender(window, event({ senderFrame: null }))).toBe(false);
    expect(isTrustedSender(window, event({ sender: { mainFrame } }))).toBe(false);
    mainFrame.url = 'https://evil.example/';
    expect(isTrustedSender(window, event({}))).toBe(false);
    mainFrame.url = page;
    const destroyed = Object.assign(Object.create(window) as object, { isDestroyed: () => true, webContents: window.webContents });
    expect(isTrustedSender(destroyed as never, event({}))).toBe(false);
  });
});
