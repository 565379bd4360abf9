// Pure helpers of scripts/build-electron-native.mjs, scripts/start.mjs and scripts/package.mjs:
// which ABI a compiled addon was built for, a build environment without the nodedir trap, and
// telling "the download host is unreachable" from other failures. Types: native-abi.d.mts.

/** Where the Electron-ABI better-sqlite3 goes; electron/app/native-binding-path.ts reads it from here. */
export const DEV_NATIVE_BINDING = 'dist/native/electron/better_sqlite3.node';

/** Exit code of build-electron-native.mjs when Electron's download hosts cannot be reached. */
export const EXIT_UNREACHABLE = 3;

const REGISTER_SYMBOL = 'node_register_module_v';

/**
 * The module ABI versions an addon registers itself for, read from the `node_register_module_vNNN`
 * export in its symbol table. The name is plain ASCII in ELF, Mach-O and PE files alike, so a byte
 * scan works on every platform without nm or dumpbin.
 */
export function moduleAbis(bytes) {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const found = new Set();
  const pattern = /node_register_module_v(\d{2,4})/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) found.add(Number(match[1]));
  return [...found].sort((a, b) => a - b);
}

/** Accept an addon only when it registers for exactly the expected ABI. */
export function checkModuleAbi(bytes, expectedAbi) {
  const found = moduleAbis(bytes);
  if (found.length === 1 && found[0] === expectedAbi) return { ok: true, found };
  const what = found.length ? `ABI ${found.join(', ')}` : `no ${REGISTER_SYMBOL}NNN symbol (a Node-API addon?)`;
  const hint =
    found.length === 1 && found[0] === Number(process.versions.modules)
      ? ` That is this Node's ABI: node-gyp built against Node's headers (is npm_config_nodedir set?).`
      : '';
  return { ok: false, found, message: `the addon is built for ${what}, but Electron needs ABI ${expectedAbi}.${hint}` };
}

// npm passes its config to scripts as npm_config_* variables, and node-gyp obeys them. With
// nodedir=/usr (this machine's npmrc) node-gyp quietly builds against Node's headers instead of
// Electron's, so these must not reach the build.
const TRAP_KEYS = new Set(['npm_config_nodedir', 'npm_config_target', 'npm_config_runtime', 'npm_config_disturl', 'npm_config_dist_url', 'npm_config_arch']);

/** A copy of `env` without the variables that would make node-gyp build for the wrong runtime. */
export function cleanBuildEnv(env) {
  const clean = {};
  const removed = [];
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (TRAP_KEYS.has(key.toLowerCase())) removed.push(key);
    else clean[key] = value;
  }
  return { env: clean, removed };
}

const UNREACHABLE_PATTERNS = [
  /\bENOTFOUND\b/,
  /\bEAI_AGAIN\b/,
  /\bECONNREFUSED\b/,
  /\bECONNRESET\b/,
  /\bETIMEDOUT\b/,
  /\bENETUNREACH\b/,
  /\bEHOSTUNREACH\b/,
  /getaddrinfo/,
  /fetch failed/,
  /socket hang up/,
  // node-gyp prints this when the headers download fails.
  /related to network connectivity/i,
  /\b(403|407|502|503|504)\b.*(headers|electron|github|download)/i,
];

/** 'unreachable' when a tool's output shows a download that could not connect, else 'failed'. */
export function classifyFailure(output) {
  return UNREACHABLE_PATTERNS.some((pattern) => pattern.test(output)) ? 'unreachable' : 'failed';
}
