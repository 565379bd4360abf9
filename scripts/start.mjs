// `npm start` (after `node scripts/build.mjs --if-stale`): open the desktop window when Electron can
// run here; otherwise print one line saying why and serve the same app in the browser
// (`serviceledger serve`, in this process, so its address line and Ctrl+C work as usual).
// Arguments are passed on: `npm start -- --port 4000 --db team.sqlite`.
// The decision itself is scripts/start-decision.mjs (pure, tested).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_NATIVE_BINDING, EXIT_UNREACHABLE, checkModuleAbi, classifyFailure } from './native-abi.mjs';
import { decideStart } from './start-decision.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronDir = path.join(root, 'node_modules', 'electron');
// `node scripts/start.mjs -- --port 4000` passes the "--" on; npm start already strips it.
const passThrough = process.argv[2] === '--' ? process.argv.slice(3) : process.argv.slice(2);
// Long enough to download Electron (~100 MB) on an ordinary connection; an unreachable host fails at once.
const INSTALL_TIMEOUT_MS = 180_000;

/** The Electron executable, found as node_modules/electron/index.js finds it but without its automatic download. */
function electronExecutable() {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!relative && !override) return null;
  const executable = override ? path.join(override, relative || 'electron') : path.join(electronDir, 'dist', relative);
  return fs.existsSync(executable) ? executable : null;
}

function electronAbi() {
  try {
    return Number(fs.readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim());
  } catch {
    return NaN;
  }
}

function nativeBindingReady() {
  const file = path.join(root, ...DEV_NATIVE_BINDING.split('/'));
  return fs.existsSync(file) && checkModuleAbi(fs.readFileSync(file), electronAbi()).ok;
}

/** The electron package's own installer, once, quietly; its output only decides the reason. */
function installElectron() {
  console.log('ServiceLedger: the Electron runtime is missing; trying to download it once…');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
    timeout: INSTALL_TIMEOUT_MS,
    env: process.env,
  });
  if (result.status === 0 && electronExecutable()) return 'ok';
  if (result.error && /ETIMEDOUT/.test(String(result.error))) return 'unreachable';
  return classifyFailure(`${result.stdout ?? ''}\n${result.stderr ?? ''}\n${result.error ?? ''}`);
}

/** scripts/build-electron-native.mjs, once, showing its progress (a source build takes a minute). */
function buildNative() {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-electron-native.mjs')], { cwd: root, stdio: 'inherit' });
  if (result.status === 0) return 'ok';
  return result.status === EXIT_UNREACHABLE ? 'unreachable' : 'failed';
}

function launchElectron(executable) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would turn Electron into plain Node
  const child = spawn(executable, [root, ...passThrough], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null) child.kill(signal);
    });
  }
  child.on('error', (error) => {
    console.error(`ServiceLedger: could not start Electron (${error.message}).`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function serveInBrowser() {
  const cli = path.join(root, 'dist', 'cli', 'serviceledger.cjs');
  if (!fs.existsSync(cli)) {
    console.error('ServiceLedger: the app is not built yet; run "npm run build" first.');
    process.exit(1);
  }
  // The CLI reads process.argv when it loads; it prints "ServiceLedger serving http://127.0.0.1:…"
  // and stops cleanly on Ctrl+C.
  process.argv = [process.argv[0], cli, 'serve', ...passThrough];
  createRequire(import.meta.url)(cli);
}

const facts = {
  platform: process.platform,
  env: process.env,
  electronBinary: electronExecutable() !== null,
  electronInstall: 'not-tried',
  nativeBinding: nativeBindingReady(),
  nativeBuild: 'not-tried',
};

for (;;) {
  const decision = decideStart(facts);
  if (decision.action === 'install-electron') {
    const outcome = installElectron();
    facts.electronBinary = electronExecutable() !== null;
    facts.electronInstall = outcome === 'ok' && !facts.electronBinary ? 'failed' : outcome;
  } else if (decision.action === 'build-native') {
    const outcome = buildNative();
    facts.nativeBinding = nativeBindingReady();
    facts.nativeBuild = outcome === 'ok' && !facts.nativeBinding ? 'failed' : outcome;
  } else if (decision.action === 'launch') {
    launchElectron(electronExecutable());
    break;
  } else {
    console.log(decision.line);
    serveInBrowser();
    break;
  }
}
