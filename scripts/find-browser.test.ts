import { describe, expect, it } from 'vitest';
import { findBrowser, QUIET_FLAGS } from './find-browser.mjs';

const only =
  (...files: string[]) =>
  (file: string) =>
    files.includes(file);

describe('finding a browser for the tests', () => {
  it('takes SERVICELEDGER_CHROMIUM first, and says so when it names nothing', async () => {
    const found = await findBrowser({
      env: { SERVICELEDGER_CHROMIUM: '/opt/chrome/chrome' },
      platform: 'linux',
      exists: only('/opt/chrome/chrome', '/usr/bin/chromium'),
    });
    expect(found).toEqual({ executablePath: '/opt/chrome/chrome', args: QUIET_FLAGS, source: 'SERVICELEDGER_CHROMIUM' });
    await expect(findBrowser({ env: { SERVICELEDGER_CHROMIUM: '/nowhere' }, platform: 'linux', exists: only() })).rejects.toThrow(
      'SERVICELEDGER_CHROMIUM names /nowhere',
    );
  });

  it('then a system Chromium, Chrome or Edge', async () => {
    expect((await findBrowser({ env: {}, platform: 'linux', exists: only('/usr/bin/google-chrome') })).executablePath).toBe('/usr/bin/google-chrome');
    expect((await findBrowser({ env: {}, platform: 'darwin', exists: only('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge') })).source).toBe(
      'system',
    );
    const windows = await findBrowser({ env: { PROGRAMFILES: 'C:\\Program Files' }, platform: 'win32', exists: (file) => file.endsWith('msedge.exe') });
    expect(windows.executablePath).toMatch(/Microsoft.Edge.Application.msedge\.exe$/);
  });

  it('says what to do on macOS or Windows without one', async () => {
    await expect(findBrowser({ env: {}, platform: 'darwin', exists: only() })).rejects.toThrow(/SERVICELEDGER_CHROMIUM/);
  });
});
