/**
 * The desktop window's lock-down, tested without an Electron binary (the module is mocked with the shapes the
 * hardening uses): no navigation or redirect away from the app, no webview, no new window, only allow-listed
 * https links to the browser, every permission denied but the clipboard write, and the CSP sent as a header.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const openExternal = vi.fn(async (_url: string) => undefined);
let permissionRequest: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void = () => undefined;
let permissionCheck: (contents: unknown, permission: string) => boolean = () => true;
let headersListener: ((details: { responseHeaders?: Record<string, string[]> }, callback: (response: { responseHeaders: Record<string, string[]> }) => void) => void) | undefined;

vi.mock('electron', () => ({
  shell: { openExternal },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (handler: typeof permissionRequest) => (permissionRequest = handler),
      setPermissionCheckHandler: (handler: typeof permissionCheck) => (permissionCheck = handler),
      webRequest: { onHeadersReceived: (listener: typeof headersListener) => (headersListener = listener) },
    },
  },
}));
const { hardenSession, isAllowedExternalUrl, lockDownContents } = await import('./hardening.js');

const appUrl = 'file:///opt/wnw/renderer/main_window/index.html';
type Listener = (event: { preventDefault: () => void }, url?: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: (details: { url: string }) => { action: string } = () => ({ action: 'allow' });
  const contents = {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  };
  lockDownContents(contents as never, (url) => url === appUrl);
  /** Fires an event and says whether the hardening prevented it. */
  const prevented = (name: string, url?: string) => {
    const preventDefault = vi.fn();
    listeners.get(name)!({ preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  };
  return { prevented, open: (url: string) => openHandler({ url }) };
}

beforeEach(() => openExternal.mockClear());

describe('lockDownContents', () => {
  it('lets the window navigate only to the app itself, and never attach a webview', () => {
    const { prevented } = fakeContents();
    expect(prevented('will-navigate', appUrl)).toBe(false);
    for (const url of ['https://evil.example/', 'file:///etc/passwd', `${appUrl}.evil`, 'javascript:alert(1)', 'data:text/html,<script>1</script>']) {
      expect(prevented('will-navigate', url), url).toBe(true);
      expect(prevented('will-redirect', url), url).toBe(true);
    }
    expect(prevented('will-attach-webview')).toBe(true);
  });

  it('denies every new window, and hands only allow-listed https links to the browser', () => {
    const { open } = fakeContents();
    expect(open('https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/adding-windows-nodes/')).toEqual({ action: 'deny' });
    expect(open('https://learn.microsoft.com/en-us/virtualization/windowscontainers/kubernetes/')).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls.map(([url]) => url)).toEqual([
      'https://kubernetes.io/docs/tasks/administer-cluster/kubeadm/adding-windows-nodes/',
      'https://learn.microsoft.com/en-us/virtualization/windowscontainers/kubernetes/',
    ]);
    openExternal.mockClear();
    for (const url of [
      'http://kubernetes.io/docs/', // not https
      'https://kubernetes.io.evil.example/', // a look-alike host
      'https://kubernetes.io@evil.example/', // user info
      'https://evil.example/https://kubernetes.io/',
      'https://github.com/someone-else/',
      'file:///C:/Windows/System32/calc.exe',
      'smb://evil.example/share',
      'ms-msdt:/id PCWDiagnostic',
      'javascript:alert(1)',
      appUrl,
    ]) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('allow-lists by scheme and host, not by a prefix a look-alike could share', () => {
    expect(isAllowedExternalUrl('https://github.com/kubernetes-sigs/sig-windows-tools')).toBe(true);
    expect(isAllowedExternalUrl('https://github.com/kubernetes-sigs.evil/')).toBe(false);
    expect(isAllowedExternalUrl('https://learn.microsoft.com.evil.example/')).toBe(false);
  });
});

describe('hardenSession', () => {
  it('grants only the clipboard write the Copy buttons use, and denies every other permission', () => {
    hardenSession("default-src 'none'");
    const asked = (permission: string) => {
      let granted: boolean | undefined;
      permissionRequest({}, permission, (answer) => (granted = answer));
      return granted;
    };
    expect(asked('clipboard-sanitized-write')).toBe(true);
    expect(permissionCheck({}, 'clipboard-sanitized-write')).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'pointerLock', 'clipboard-read', 'midi', 'midiSysex', 'display-capture', 'hid', 'serial', 'usb', 'fileSystem', 'unknown']) {
      expect(asked(permission), permission).toBe(false);
      expect(permissionCheck({}, permission), permission).toBe(false);
    }
  });

  it('sends the content security policy as a header on every response', () => {
    hardenSession("default-src 'none'; script-src 'self'");
    let headers: Record<string, string[]> | undefined;
    headersListener!({ responseHeaders: { 'Content-Security-Policy': ["default-src *"], 'X-Other': ['1'] } }, ({ responseHeaders }) => (headers = responseHeaders));
    expect(headers).toEqual({ 'Content-Security-Policy': ["default-src 'none'; script-src 'self'"], 'X-Other': ['1'] });
  });
});
