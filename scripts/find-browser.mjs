// Finds a Chromium that playwright-core can drive, in the order the README documents:
//   1. SERVICELEDGER_CHROMIUM naming an executable;
//   2. a system Chromium, Chrome or Edge;
//   3. the headless Chromium shipped inside the @sparticuz/chromium npm package (Linux only),
//      unpacked to the temp folder on first use (~7 s), so a machine with only Node and npm
//      runs the browser tests too.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Flags that keep Chromium off the network (this workplace has none) and quiet in CI. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Well-known install places, per platform. */
export function systemBrowserCandidates(platform = process.platform, env = process.env) {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(Boolean);
    return roots.flatMap((root) => [
      path.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/snap/bin/chromium',
  ];
}

// The packaged browser's own argument list targets AWS Lambda; of it we keep only what a
// headless shell needs, never --disable-web-security or --single-process, which would change
// what the tests observe (CORS, CSP, one process per page).
const PACKAGED_FLAGS = [
  '--no-zygote',
  '--use-gl=angle',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--font-render-hinting=none',
  '--disable-setuid-sandbox',
];

/**
 * `{ executablePath, args, source }` for playwright-core's `chromium.launch`, or an Error that
 * says what was tried.
 */
export async function findBrowser({ env = process.env, platform = process.platform, exists = fs.existsSync } = {}) {
  const named = env.SERVICELEDGER_CHROMIUM;
  if (named) {
    if (!exists(named)) throw new Error(`SERVICELEDGER_CHROMIUM names ${named}, which does not exist.`);
    return { executablePath: named, args: QUIET_FLAGS, source: 'SERVICELEDGER_CHROMIUM' };
  }
  const system = systemBrowserCandidates(platform, env).find((candidate) => exists(candidate));
  if (system) return { executablePath: system, args: QUIET_FLAGS, source: 'system' };
  if (platform === 'linux') {
    try {
      const { default: packaged } = await import('@sparticuz/chromium');
      // Unpacking is one-time per machine; a lock keeps parallel test files from racing on /tmp.
      const executablePath = await withUnpackLock(() => packaged.executablePath());
      return { executablePath, args: [...QUIET_FLAGS, ...PACKAGED_FLAGS], source: '@sparticuz/chromium' };
    } catch (error) {
      throw new Error(
        `No Chromium found: set SERVICELEDGER_CHROMIUM, install Chromium or Chrome, or run npm ci to get @sparticuz/chromium (${error.message}).`,
      );
    }
  }
  throw new Error('No Chromium, Chrome or Edge found: install one, or set SERVICELEDGER_CHROMIUM to its executable.');
}

async function withUnpackLock(work) {
  const lock = path.join(os.tmpdir(), 'serviceledger-chromium-unpack.lock');
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      fs.mkdirSync(lock);
      try {
        return await work();
      } finally {
        fs.rmSync(lock, { recursive: true, force: true });
      }
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock older than two minutes belongs to a process that died mid-unpack.
      const age = Date.now() - fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (age > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error('Timed out waiting for another process to unpack Chromium.');
}
