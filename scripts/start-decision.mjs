// What `npm start` does on this machine, as a pure function of facts gathered by scripts/start.mjs:
// open the Electron window, first try to get what it is missing (once each), or fall back to
// serving the app in the browser with one line saying why. Types: start-decision.d.mts.

const FALLBACK = 'so the desktop window cannot open; serving the app in your browser instead.';

/** Platforms where a window needs an X11 or Wayland display. */
function needsDisplayServer(platform) {
  return platform !== 'win32' && platform !== 'darwin';
}

function isSet(value) {
  return typeof value === 'string' && value.trim() !== '';
}

/** True when a window can be shown: always on Windows and macOS, with DISPLAY or WAYLAND_DISPLAY elsewhere. */
export function hasDisplay(platform, env) {
  return !needsDisplayServer(platform) || isSet(env.DISPLAY) || isSet(env.WAYLAND_DISPLAY);
}

/** SERVICELEDGER_BROWSER=1 (or true/yes) skips Electron even where it could run. */
export function browserForced(env) {
  return /^(1|true|yes)$/i.test(env.SERVICELEDGER_BROWSER ?? '');
}

/** The one line printed before falling back to the browser. */
export function reasonLine(reason) {
  return `ServiceLedger: ${reason}, ${FALLBACK}`;
}

/**
 * Decide the next step. Facts:
 * - platform, env: the process's
 * - electronBinary: node_modules/electron/path.txt exists and names an existing executable
 * - electronInstall: 'not-tried' | 'unreachable' | 'failed' (the one attempt with install.js)
 * - nativeBinding: the Electron-ABI better-sqlite3 exists and registers for Electron's ABI
 * - nativeBuild: 'not-tried' | 'unreachable' | 'failed' (the one attempt to build it)
 * Returns { action: 'launch' } | { action: 'install-electron' } | { action: 'build-native' }
 * | { action: 'serve', reason, line }.
 */
export function decideStart(facts) {
  const serve = (reason) => ({ action: 'serve', reason, line: reasonLine(reason) });
  if (browserForced(facts.env)) {
    const reason = 'SERVICELEDGER_BROWSER is set';
    return { action: 'serve', reason, line: `ServiceLedger: ${reason}, so the desktop window is skipped; serving the app in your browser instead.` };
  }

  // Without a display nothing Electron-related is worth downloading or building.
  if (!hasDisplay(facts.platform, facts.env)) {
    const noDisplay = 'there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)';
    return serve(facts.electronBinary ? noDisplay : `the Electron runtime is not installed and ${noDisplay}`);
  }

  if (!facts.electronBinary) {
    if (facts.electronInstall === 'not-tried') return { action: 'install-electron' };
    return serve(
      facts.electronInstall === 'unreachable'
        ? 'the Electron runtime is not installed (its download host is unreachable)'
        : 'the Electron runtime is not installed and downloading it failed (run "npx install-electron" to see why)',
    );
  }

  if (!facts.nativeBinding) {
    if (facts.nativeBuild === 'not-tried') return { action: 'build-native' };
    return serve(
      facts.nativeBuild === 'unreachable'
        ? "better-sqlite3 has no build for Electron and Electron's headers cannot be downloaded (the host is unreachable)"
        : 'better-sqlite3 could not be built for Electron (run "node scripts/build-electron-native.mjs" to see why)',
    );
  }

  return { action: 'launch' };
}
