import { session, shell, type WebContents } from 'electron';
// The allow-list lives in shared/ so the help catalogue's "Why?" links are tested against this very list.
import { isAllowedExternalUrl } from '../../shared/help/doc-links.js';

export { isAllowedExternalUrl };

/** Locks a window's web contents to the app: no navigation away, no new windows, links go to the browser. */
export function lockDownContents(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Only allow-listed https documentation links reach the browser; see SECURITY.md.
    if (isAllowedExternalUrl(url)) void shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK
    return { action: 'deny' };
  });
}

/** The one permission the wizard uses: its Copy buttons write text to the clipboard. */
const allowedPermissions = new Set(['clipboard-sanitized-write']);

/** Session-wide switches, set once at start: deny every other permission, and send the CSP as a header too. */
export function hardenSession(contentSecurityPolicy: string | undefined): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(allowedPermissions.has(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => allowedPermissions.has(permission));
  if (contentSecurityPolicy === undefined) return;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
}
