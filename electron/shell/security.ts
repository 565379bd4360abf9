import { app, session, shell, type WebContents } from 'electron';
import { decideNavigation, decideWindowOpen, type AppUrlOptions } from '../app/url-policy';
import { withContentSecurityPolicy } from '../app/response-headers';

function openInBrowser(url: string): void {
  shell.openExternal(url).catch((error: unknown) => console.error(`[serviceledger] could not open ${url} in the browser:`, error));
}

/** Lock one webContents down: no navigation away from the app, no new windows, no webviews. */
export function guardWebContents(contents: WebContents, appUrl: string, urlOptions: AppUrlOptions): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (decideWindowOpen(url).openExternally) openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url, appUrl, 'navigate', urlOptions);
    if (decision.allow) return;
    event.preventDefault();
    if (decision.openExternally) openInBrowser(event.url);
  });
  // will-navigate covers the top frame; this catches iframes, which the app never has.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return;
    if (!decideNavigation(event.url, appUrl, 'navigate', urlOptions).allow) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!decideNavigation(event.url, appUrl, 'redirect', urlOptions).allow) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * Session-wide and app-wide rules; call once before the first window exists so the
 * `web-contents-created` guard also covers the main window.
 */
export function installSecurityPolicy(appUrl: string, urlOptions: AppUrlOptions): void {
  const ses = session.defaultSession;
  // The page needs no camera, notifications, clipboard-read, geolocation, USB, ... : refuse all.
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // file:// pages carry the CSP in index.html; anything fetched from a server gets it as a header.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.url, details.responseHeaders) });
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, appUrl, urlOptions));
}
