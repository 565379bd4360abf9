import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decideNavigation, decideWindowOpen, isAppUrl, isExternalWebUrl } from './url-policy';

const appUrl = pathToFileURL('/opt/ServiceLedger/resources/app.asar/dist/renderer/index.html').href;

describe('isAppUrl', () => {
  it('accepts the app page with or without a route in the fragment', () => {
    expect(isAppUrl(appUrl, appUrl)).toBe(true);
    expect(isAppUrl(`${appUrl}#/risks/12`, appUrl)).toBe(true);
  });

  it('refuses other files, other folders, queries and other schemes', () => {
    expect(isAppUrl('file:///opt/ServiceLedger/resources/app.asar/dist/renderer/other.html', appUrl)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', appUrl)).toBe(false);
    expect(isAppUrl(`${appUrl}?x=1`, appUrl)).toBe(false);
    expect(isAppUrl('file://evil-host/opt/ServiceLedger/resources/app.asar/dist/renderer/index.html', appUrl)).toBe(false);
    expect(isAppUrl('https://example.com/dist/renderer/index.html', appUrl)).toBe(false);
    expect(isAppUrl('not a url', appUrl)).toBe(false);
  });

  it('does not fall for dot segments or encoded separators', () => {
    expect(isAppUrl('file:///opt/ServiceLedger/resources/app.asar/dist/renderer/../renderer/index.html', appUrl)).toBe(true);
    expect(isAppUrl('file:///opt/ServiceLedger/resources/app.asar/dist/x/../../../../etc/index.html', appUrl)).toBe(false);
  });

  it('matches paths with spaces however they are encoded', () => {
    const spaced = pathToFileURL('/home/me/My Apps/ServiceLedger/dist/renderer/index.html').href;
    expect(isAppUrl('file:///home/me/My%20Apps/ServiceLedger/dist/renderer/index.html#/', spaced)).toBe(true);
  });

  it('ignores letter case only when asked (Windows)', () => {
    const windowsUrl = 'file:///C:/Program%20Files/ServiceLedger/resources/app.asar/dist/renderer/index.html';
    const lower = 'file:///c:/program%20files/serviceledger/resources/app.asar/dist/renderer/index.html';
    expect(isAppUrl(lower, windowsUrl)).toBe(false);
    expect(isAppUrl(lower, windowsUrl, { caseInsensitive: true })).toBe(true);
  });

  it('never treats a non-file app URL as the app', () => {
    expect(isAppUrl('https://example.com/', 'https://example.com/')).toBe(false);
  });
});

describe('isExternalWebUrl', () => {
  it.each(['https://www.iso.org/standard/70636.html', 'http://intranet.example/wiki'])('accepts %s', (url) => {
    expect(isExternalWebUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'mailto:someone@example.com',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'https://user:secret@example.com/',
    'https://',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isExternalWebUrl(url)).toBe(false);
  });
});

describe('decideNavigation', () => {
  it('lets the window load only the app page', () => {
    expect(decideNavigation(`${appUrl}#/services`, appUrl, 'navigate')).toEqual({ allow: true, openExternally: false });
    expect(decideNavigation('file:///tmp/evil.html', appUrl, 'navigate')).toEqual({ allow: false, openExternally: false });
  });

  it('sends a clicked external web link to the system browser instead of navigating', () => {
    expect(decideNavigation('https://www.iso.org/', appUrl, 'navigate')).toEqual({ allow: false, openExternally: true });
  });

  it('never opens a redirect target, even a web one', () => {
    expect(decideNavigation('https://www.iso.org/', appUrl, 'redirect')).toEqual({ allow: false, openExternally: false });
  });

  it.each(['javascript:alert(1)', 'data:text/html,hi', 'file:///etc/passwd', 'chrome://settings', 'devtools://devtools/bundled/inspector.html'])(
    'refuses %s outright',
    (url) => {
      expect(decideNavigation(url, appUrl, 'navigate')).toEqual({ allow: false, openExternally: false });
    },
  );
});

describe('decideWindowOpen', () => {
  it('never opens an Electron window, not even for the app page', () => {
    expect(decideWindowOpen(appUrl)).toEqual({ allow: false, openExternally: false });
  });

  it('opens external http(s) links in the system browser', () => {
    expect(decideWindowOpen('https://www.iso.org/')).toEqual({ allow: false, openExternally: true });
    expect(decideWindowOpen('http://intranet.example/')).toEqual({ allow: false, openExternally: true });
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi', 'about:blank', 'ftp://example.com/file'])('drops %s', (url) => {
    expect(decideWindowOpen(url)).toEqual({ allow: false, openExternally: false });
  });
});
