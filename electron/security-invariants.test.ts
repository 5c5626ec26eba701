/**
 * Checklist items that are facts about the source rather than behaviour: no insecure window switch anywhere, no
 * `remote`, no raw IPC outside the typed wrappers, processes only through the argv runner, every Electron fuse set
 * for the packaged app, the sandbox on for every renderer, and one CSP in both the HTML and the header. They catch
 * a regression in any file, including ones no other test loads.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './web/content-security-policy.js';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return name === 'testing' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$|\.typecheck\.ts$/.test(name) ? [path] : [];
  });
}

const shipped = ['electron', 'shared', 'renderer/src'].flatMap(sources).map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));

/** Lines of shipped code matching a pattern, outside the files allowed to use it. */
function offenders(pattern: RegExp, allowed: (path: string) => boolean = () => false): string[] {
  return shipped.flatMap(({ path, text }) =>
    allowed(path) ? [] : text.split('\n').flatMap((line, index) => (pattern.test(line) ? [`${path}:${index + 1}: ${line.trim()}`] : [])),
  );
}

describe('no insecure switch anywhere in the shipped code', () => {
  it.each([
    ['Node integration', /nodeIntegration(InWorker|InSubFrames)?\s*:\s*true/],
    ['context isolation off', /contextIsolation\s*:\s*false/],
    ['sandbox off', /sandbox\s*:\s*false|--no-sandbox|no-sandbox/],
    ['web security off', /webSecurity\s*:\s*false|disable-web-security/],
    ['insecure content', /allowRunningInsecureContent\s*:\s*true|ignore-certificate-errors/],
    ['the remote module', /@electron\/remote|enableRemoteModule|electron\.remote|\bremote\.require/],
    ['experimental or extra Blink features', /experimentalFeatures\s*:\s*true|enableBlinkFeatures/],
    ['webview tags', /webviewTag\s*:\s*true|<webview/],
    ['eval', /\beval\(|new Function\(|'unsafe-eval'/],
    ['TLS checks off', /NODE_TLS_REJECT_UNAUTHORIZED|rejectUnauthorized\s*:\s*false/],
    ['certificate errors accepted', /certificate-error|setCertificateVerifyProc/],
  ])('%s', (_name, pattern) => {
    expect(offenders(pattern)).toEqual([]);
  });

  it('no dependency on @electron/remote', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;
    expect({ ...manifest.dependencies, ...manifest.devDependencies }).not.toHaveProperty('@electron/remote');
  });
});

describe('IPC and processes go through one typed wrapper each', () => {
  it('only the preload touches ipcRenderer, only the Electron transport ipcMain and webContents.send', () => {
    expect(offenders(/\bipcRenderer\b/, (path) => path === join('electron', 'preload', 'preload.ts'))).toEqual([]);
    expect(offenders(/\bipcMain\b|\.send\(ipcEventChannel/, (path) => path === join('electron', 'transports', 'electron-ipc.ts'))).toEqual([]);
  });

  it('processes start from argv arrays without a shell: spawn only, never exec or shell: true', () => {
    expect(offenders(/\bexec(Sync|File(Sync)?)?\b.*from 'node:child_process'|from 'node:child_process'.*\bexec\b|shell\s*:\s*true/)).toEqual([]);
    const spawning = offenders(/from 'node:child_process'/);
    expect(spawning.map((line) => line.split(':')[0])).toEqual(
      expect.arrayContaining([join('electron', 'services', 'process', 'process-runner.ts')]),
    );
    // Besides the runner: the kill helper (taskkill.exe, argv) and the launcher (node + Forge CLI, argv).
    expect(spawning.map((line) => line.split(':')[0]).sort()).toEqual(
      [join('electron', 'launcher', 'start.ts'), join('electron', 'services', 'process', 'kill-tree.ts'), join('electron', 'services', 'process', 'process-runner.ts')].sort(),
    );
  });
});

describe('the desktop app', () => {
  const main = readFileSync(join(root, 'electron', 'main', 'main.ts'), 'utf8');

  it('turns the sandbox on for every renderer and hardens the session before the window opens', () => {
    expect(main).toMatch(/app\.enableSandbox\(\);/);
    expect(main.indexOf('hardenSession(')).toBeGreaterThan(-1);
    expect(main.indexOf('hardenSession(')).toBeLessThan(main.indexOf('createMainWindow()'));
    expect(main).toMatch(/requestSingleInstanceLock\(\)/);
  });

  it('sets every Electron fuse explicitly in the packaged app, the dangerous ones off', () => {
    const forge = readFileSync(join(root, 'forge.config.ts'), 'utf8');
    const setting = (fuse: string) => new RegExp(`\\[FuseV1Options\\.${fuse}\\]:\\s*(true|false)`).exec(forge)?.[1];
    const names = Object.keys(FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    for (const name of names) expect(setting(name), `FuseV1Options.${name} is not set in forge.config.ts`).toBeDefined();
    expect({
      RunAsNode: setting('RunAsNode'),
      EnableNodeOptionsEnvironmentVariable: setting('EnableNodeOptionsEnvironmentVariable'),
      EnableNodeCliInspectArguments: setting('EnableNodeCliInspectArguments'),
      EnableEmbeddedAsarIntegrityValidation: setting('EnableEmbeddedAsarIntegrityValidation'),
      OnlyLoadAppFromAsar: setting('OnlyLoadAppFromAsar'),
      EnableCookieEncryption: setting('EnableCookieEncryption'),
    }).toEqual({
      RunAsNode: 'false',
      EnableNodeOptionsEnvironmentVariable: 'false',
      EnableNodeCliInspectArguments: 'false',
      EnableEmbeddedAsarIntegrityValidation: 'true',
      OnlyLoadAppFromAsar: 'true',
      EnableCookieEncryption: 'true',
    });
    expect(forge).toMatch(/asar:\s*true/);
  });
});

describe('the content security policy', () => {
  const directives = (policy: string) => policy.split(';').map((part) => part.trim()).filter(Boolean).sort();
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(join(root, 'renderer', 'index.html'), 'utf8'))?.[1] ?? '';

  it('is the same in the page and in the header (the header adds frame-ancestors, which a meta tag cannot carry)', () => {
    expect(directives(contentSecurityPolicy)).toEqual(directives(`${meta}; frame-ancestors 'none'`));
  });

  it('runs only the app’s own scripts and connects only to its own origin', () => {
    const policy = directives(contentSecurityPolicy);
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(contentSecurityPolicy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*/);
  });
});

it('lists where the shipped sources are, so a moved folder does not silently empty the checks', () => {
  expect(shipped.length).toBeGreaterThan(100);
  expect(shipped.map(({ path }) => relative('.', path))).toEqual(expect.arrayContaining([join('electron', 'main', 'window.ts'), join('electron', 'preload', 'preload.ts')]));
});
