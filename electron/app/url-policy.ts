/**
 * Where the desktop window may go. The renderer is one local page; anything else it tries to
 * open is either an external web link (handed to the system browser) or refused.
 * Pure so it can be tested without Electron; electron/shell/security.ts applies it.
 */

export interface AppUrlOptions {
  /** Windows paths are case-insensitive, so file URLs of the same page may differ in case there. */
  caseInsensitive?: boolean;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function comparablePath(pathname: string, options: AppUrlOptions): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = pathname;
  }
  return options.caseInsensitive ? decoded.toLowerCase() : decoded;
}

/**
 * True when `url` is the app's own page (`file://…/dist/renderer/index.html`), whatever its
 * fragment: the renderer routes with the hash. A query string or any other file is not the app.
 */
export function isAppUrl(url: string, appUrl: string, options: AppUrlOptions = {}): boolean {
  const candidate = parse(url);
  const app = parse(appUrl);
  if (!candidate || !app || app.protocol !== 'file:') return false;
  return (
    candidate.protocol === 'file:' &&
    candidate.host === app.host &&
    candidate.search === '' &&
    candidate.username === '' &&
    candidate.password === '' &&
    comparablePath(candidate.pathname, options) === comparablePath(app.pathname, options)
  );
}

/** An http(s) link with a host name and no embedded credentials: the only kind given to the system browser. */
export function isExternalWebUrl(url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

export interface NavigationDecision {
  /** Let the window itself go there. */
  allow: boolean;
  /** Hand the URL to the system browser instead. */
  openExternally: boolean;
}

export type NavigationKind = 'navigate' | 'redirect';

/**
 * `will-navigate`, `will-frame-navigate` and `will-redirect`: only the app's own page may load in
 * the window. A clicked external web link opens in the browser; a redirect never does, because a
 * server chose it, not the person.
 */
export function decideNavigation(url: string, appUrl: string, kind: NavigationKind, options: AppUrlOptions = {}): NavigationDecision {
  if (isAppUrl(url, appUrl, options)) return { allow: true, openExternally: false };
  return { allow: false, openExternally: kind === 'navigate' && isExternalWebUrl(url) };
}

/**
 * `setWindowOpenHandler`: the app never opens a second Electron window. External web links go to
 * the system browser; file:, javascript:, data: and every other scheme are dropped.
 */
export function decideWindowOpen(url: string): NavigationDecision {
  return { allow: false, openExternally: isExternalWebUrl(url) };
}
