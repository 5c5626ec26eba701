/**
 * The desktop window's switches and the IPC sender check, without an Electron binary: the BrowserWindow is
 * mocked to record what the app asks for.
 */
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
const { appUrl, createMainWindow, isAppUrl, isTrustedSender } = await import('./window.js');

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
