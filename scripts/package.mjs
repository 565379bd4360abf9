// `npm run package`: build, build better-sqlite3 for Electron, then run electron-builder for this
// platform (AppImage + deb on Linux, NSIS on Windows, dmg on macOS) into release/.
//
//   npm run package                       installers for this platform
//   npm run package -- --linux dir        any electron-builder arguments (a platform flag replaces the default)
//   SERVICELEDGER_ELECTRON_DIST=/path/to/unpacked/electron npm run package
//                                         use an Electron already on disk instead of downloading it
//
// Needs Electron's download hosts (its zip and headers) unless both are provided locally; when
// they are unreachable it says so in one line instead of ending in a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT_UNREACHABLE, classifyFailure, cleanBuildEnv } from './native-abi.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const userArgs = process.argv[2] === '--' ? process.argv.slice(3) : process.argv.slice(2);
const UNREACHABLE =
  "ServiceLedger: cannot package on this machine: Electron's download host is unreachable (electron-builder needs the Electron zip, the native build needs its headers). Package on a machine with internet access.";

function step(label, script, args = []) {
  console.log(`\n=== ${label} ===`);
  return spawnSync(process.execPath, [path.join(root, 'scripts', script), ...args], { cwd: root, stdio: 'inherit' }).status ?? 1;
}

function platformFlag() {
  if (userArgs.some((arg) => /^--?(linux|win|windows|mac|macos|l|w|m)$/.test(arg))) return [];
  return process.platform === 'win32' ? ['--win'] : process.platform === 'darwin' ? ['--mac'] : ['--linux'];
}

if (step('build', 'build.mjs') !== 0) process.exit(1);
const native = step('better-sqlite3 for Electron', 'build-electron-native.mjs');
if (native === EXIT_UNREACHABLE) {
  console.error(UNREACHABLE);
  process.exit(1);
}
if (native !== 0) process.exit(1);

console.log('\n=== electron-builder ===');
const electronDist = process.env.SERVICELEDGER_ELECTRON_DIST;
const args = [
  path.join(root, 'node_modules', 'electron-builder', 'cli.js'),
  '--config',
  'electron-builder.yml',
  '--publish',
  'never',
  ...(electronDist ? [`-c.electronDist=${path.resolve(electronDist)}`] : []),
  ...platformFlag(),
  ...userArgs,
];
// electron-builder must not rebuild anything (npmRebuild: false); keep node-gyp's nodedir trap out anyway.
const child = spawn(process.execPath, args, { cwd: root, env: cleanBuildEnv(process.env).env, stdio: ['inherit', 'pipe', 'pipe'] });
let output = '';
const keep = (stream) => (chunk) => {
  output += chunk;
  stream.write(chunk);
};
child.stdout.on('data', keep(process.stdout));
child.stderr.on('data', keep(process.stderr));
child.on('close', (code) => {
  if (code === 0) {
    console.log(`\nServiceLedger: packages written to ${path.join(root, 'release')}`);
    process.exit(0);
  }
  console.error(classifyFailure(output) === 'unreachable' ? UNREACHABLE : 'ServiceLedger: electron-builder failed (see the output above).');
  process.exit(1);
});
