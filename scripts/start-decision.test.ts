import { describe, expect, it } from 'vitest';
import { decideStart, hasDisplay, reasonLine, type StartFacts } from './start-decision.mjs';

const ready: StartFacts = {
  platform: 'linux',
  env: { DISPLAY: ':0' },
  electronBinary: true,
  electronInstall: 'not-tried',
  nativeBinding: true,
  nativeBuild: 'not-tried',
};

describe('decideStart', () => {
  it('launches Electron when the runtime, a display and the Electron build of better-sqlite3 are there', () => {
    expect(decideStart(ready)).toEqual({ action: 'launch' });
    expect(decideStart({ ...ready, env: { WAYLAND_DISPLAY: 'wayland-0' } })).toEqual({ action: 'launch' });
    expect(decideStart({ ...ready, platform: 'win32', env: {} })).toEqual({ action: 'launch' });
    expect(decideStart({ ...ready, platform: 'darwin', env: {} })).toEqual({ action: 'launch' });
  });

  it('tries to download a missing Electron runtime once, then explains an unreachable host', () => {
    const missing = { ...ready, electronBinary: false };
    expect(decideStart(missing)).toEqual({ action: 'install-electron' });
    const after = decideStart({ ...missing, electronInstall: 'unreachable' });
    expect(after).toMatchObject({ action: 'serve', reason: 'the Electron runtime is not installed (its download host is unreachable)' });
    expect(after.action === 'serve' && after.line).toBe(
      'ServiceLedger: the Electron runtime is not installed (its download host is unreachable), so the desktop window cannot open; serving the app in your browser instead.',
    );
    expect(decideStart({ ...missing, electronInstall: 'failed' })).toMatchObject({ action: 'serve', reason: expect.stringContaining('install-electron') });
  });

  it('builds a missing Electron better-sqlite3 once, then explains why it cannot', () => {
    const missing = { ...ready, nativeBinding: false };
    expect(decideStart(missing)).toEqual({ action: 'build-native' });
    expect(decideStart({ ...missing, nativeBuild: 'unreachable' })).toMatchObject({ action: 'serve', reason: expect.stringContaining('headers') });
    expect(decideStart({ ...missing, nativeBuild: 'failed' })).toMatchObject({ action: 'serve', reason: expect.stringContaining('build-electron-native') });
  });

  it('downloads and builds nothing without a display (this machine: no runtime, no display)', () => {
    const headless = { ...ready, env: {}, electronBinary: false, nativeBinding: false };
    expect(decideStart(headless)).toMatchObject({
      action: 'serve',
      reason: 'the Electron runtime is not installed and there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)',
    });
    expect(decideStart({ ...ready, env: { DISPLAY: '  ' } })).toMatchObject({
      action: 'serve',
      reason: 'there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)',
    });
    expect(decideStart({ ...headless, platform: 'freebsd' }).action).toBe('serve');
  });

  it('serves in the browser when asked to, even where Electron could run', () => {
    expect(decideStart({ ...ready, env: { DISPLAY: ':0', SERVICELEDGER_BROWSER: '1' } })).toEqual({
      action: 'serve',
      reason: 'SERVICELEDGER_BROWSER is set',
      line: 'ServiceLedger: SERVICELEDGER_BROWSER is set, so the desktop window is skipped; serving the app in your browser instead.',
    });
    expect(decideStart({ ...ready, env: { DISPLAY: ':0', SERVICELEDGER_BROWSER: '0' } })).toEqual({ action: 'launch' });
  });

  it('reaches a decision in at most three steps whatever the attempts return', () => {
    for (const install of ['unreachable', 'failed', 'ok'] as const) {
      for (const build of ['unreachable', 'failed', 'ok'] as const) {
        let facts: StartFacts = { ...ready, electronBinary: false, nativeBinding: false };
        let decision = decideStart(facts);
        let steps = 0;
        while (decision.action === 'install-electron' || decision.action === 'build-native') {
          if (decision.action === 'install-electron') facts = install === 'ok' ? { ...facts, electronBinary: true } : { ...facts, electronInstall: install };
          else facts = build === 'ok' ? { ...facts, nativeBinding: true } : { ...facts, nativeBuild: build };
          decision = decideStart(facts);
          steps += 1;
        }
        expect(steps).toBeLessThanOrEqual(2);
        expect(decision.action).toBe(install === 'ok' && build === 'ok' ? 'launch' : 'serve');
      }
    }
  });
});

describe('hasDisplay', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux only', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: '' })).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':99' })).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
  });
});

describe('reasonLine', () => {
  it('is one line', () => {
    expect(reasonLine('x')).not.toContain('\n');
  });
});
