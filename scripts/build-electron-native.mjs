// Builds better-sqlite3 for Electron's ABI into dist/native/electron/better_sqlite3.node, which the
// desktop app loads with `nativeBinding` (tests and the CLI keep using node_modules' Node build).
//
//   node scripts/build-electron-native.mjs            build unless an up-to-date build is there
//   node scripts/build-electron-native.mjs --force    build again
//   node scripts/build-electron-native.mjs --verify FILE   only check which ABI FILE is built for
//
// It never touches node_modules: @electron/rebuild runs on a copy in a temp folder (prebuilt
// download first, else node-gyp with Electron's headers; both need Electron's download hosts), with
// npm_config_nodedir and friends removed from the environment, and the result is refused unless it
// exports node_register_module_v<Electron's ABI> (docs/architecture.md: with nodedir set, node-gyp builds for
// Node and still reports success). Exit codes: 0 built or up to date, 1 failed, 3 host unreachable.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEV_NATIVE_BINDING, EXIT_UNREACHABLE, checkModuleAbi, classifyFailure, cleanBuildEnv } from './native-abi.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modules = path.join(root, 'node_modules');
const target = path.join(root, ...DEV_NATIVE_BINDING.split('/'));
const stampFile = target.replace(/\.node$/, '.json');
const BUILD_TIMEOUT_MS = 15 * 60 * 1000;

const { values } = parseArgs({ options: { force: { type: 'boolean' }, verify: { type: 'string' } } });

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function electronTarget() {
  const electronDir = path.join(modules, 'electron');
  const version = readJson(path.join(electronDir, 'package.json')).version;
  // The electron package ships its ABI number; node-abi knows it too, as a fallback.
  const abiFile = path.join(electronDir, 'abi_version');
  const abi = fs.existsSync(abiFile) ? Number(fs.readFileSync(abiFile, 'utf8').trim()) : NaN;
  return { version, abi };
}

async function electronAbi(version, fromFile) {
  if (Number.isInteger(fromFile) && fromFile > 0) return fromFile;
  const { getAbi } = await import('node-abi');
  return Number(getAbi(version, 'electron'));
}

function say(line) {
  console.log(`ServiceLedger: ${line}`);
}

function fail(line, code = 1) {
  console.error(`ServiceLedger: ${line}`);
  process.exit(code);
}

/** Run a command, showing its output and keeping a copy to tell network failures from others. */
function run(command, args, options) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    const timer = setTimeout(() => {
      output += '\n(timed out)';
      child.kill();
    }, BUILD_TIMEOUT_MS);
    child.on('error', (error) => {
      output += `\n${error.message}`;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

const electron = electronTarget();
const abi = await electronAbi(electron.version, electron.abi);
const betterSqlite = readJson(path.join(modules, 'better-sqlite3', 'package.json')).version;
const wanted = { electron: electron.version, abi, betterSqlite3: betterSqlite, platform: process.platform, arch: process.arch };

if (values.verify) {
  const file = path.resolve(values.verify);
  if (!fs.existsSync(file)) fail(`${file} does not exist.`);
  const check = checkModuleAbi(fs.readFileSync(file), abi);
  if (!check.ok) fail(`${file}: ${check.message}`);
  say(`${file} is built for Electron's ABI ${abi}.`);
  process.exit(0);
}

function upToDate() {
  if (!fs.existsSync(target) || !fs.existsSync(stampFile)) return false;
  try {
    const stamp = readJson(stampFile);
    const same = Object.entries(wanted).every(([key, value]) => stamp[key] === value);
    return same && checkModuleAbi(fs.readFileSync(target), abi).ok;
  } catch {
    return false;
  }
}

if (!values.force && upToDate()) {
  say(`better-sqlite3 ${betterSqlite} for Electron ${electron.version} (ABI ${abi}) is up to date: ${DEV_NATIVE_BINDING}`);
  process.exit(0);
}

/** Build in a temp folder; returns the exit code and the line to print. */
async function build() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'serviceledger-native-'));
  try {
    // A throwaway project holding a copy of better-sqlite3 without its Node build.
    const source = path.join(modules, 'better-sqlite3');
    const copy = path.join(work, 'node_modules', 'better-sqlite3');
    fs.cpSync(source, copy, {
      recursive: true,
      filter: (file) => {
        const relative = path.relative(source, file);
        return relative !== 'build' && !relative.startsWith(`build${path.sep}`);
      },
    });
    fs.writeFileSync(
      path.join(work, 'package.json'),
      JSON.stringify({ name: 'serviceledger-native-build', version: '0.0.0', private: true, dependencies: { 'better-sqlite3': betterSqlite } }),
    );
    // @electron/rebuild looks for prebuild-install beside the module to try a prebuilt download first.
    const prebuildInstall = path.join(modules, 'prebuild-install');
    if (fs.existsSync(prebuildInstall)) fs.symlinkSync(prebuildInstall, path.join(work, 'node_modules', 'prebuild-install'), 'junction');

    const { env, removed } = cleanBuildEnv(process.env);
    if (removed.length) say(`not passing ${removed.join(', ')} to the build (it would build for Node instead of Electron).`);
    const rebuildCli = path.join(modules, '@electron', 'rebuild', 'lib', 'cli.js');
    const args = [rebuildCli, '--version', electron.version, '--arch', process.arch, '--module-dir', work, '--only', 'better-sqlite3', '--force'];
    const result = await run(process.execPath, args, { cwd: work, env });

    const built = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
    if (result.code !== 0 || !fs.existsSync(built)) {
      if (classifyFailure(result.output) === 'unreachable') {
        return {
          code: EXIT_UNREACHABLE,
          line: "cannot build better-sqlite3 for Electron: Electron's download hosts (prebuilt binaries and headers) are unreachable from this machine. Run this on a machine with internet access.",
        };
      }
      return { code: 1, line: 'building better-sqlite3 for Electron failed (see the output above).' };
    }
    const check = checkModuleAbi(fs.readFileSync(built), abi);
    if (!check.ok) return { code: 1, line: `refusing the build: ${check.message}` };

    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(built, target);
    fs.writeFileSync(stampFile, `${JSON.stringify({ ...wanted, builtAt: new Date().toISOString() }, null, 2)}\n`);
    return { code: 0, line: `built ${DEV_NATIVE_BINDING} for Electron ${electron.version} (exports node_register_module_v${abi}).` };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

say(`building better-sqlite3 ${betterSqlite} for Electron ${electron.version} (ABI ${abi}, ${process.platform}-${process.arch})…`);
const outcome = await build();
if (outcome.code === 0) say(outcome.line);
else fail(outcome.line, outcome.code);
