import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkModuleAbi, classifyFailure, cleanBuildEnv, moduleAbis } from './native-abi.mjs';

const root = path.resolve(__dirname, '..');
const nodeBuild = path.join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const electronAbi = Number(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'abi_version'), 'utf8').trim());

const fakeAddon = (...symbols: string[]) => Buffer.from(`\x7fELF\0\0junk\0${symbols.join('\0')}\0more junk`, 'latin1');

describe('moduleAbis / checkModuleAbi', () => {
  it("reads the ABI of node_modules' better-sqlite3: this Node's, not Electron's", () => {
    const bytes = fs.readFileSync(nodeBuild);
    expect(moduleAbis(bytes)).toEqual([Number(process.versions.modules)]);
    const check = checkModuleAbi(bytes, electronAbi);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.message).toContain('npm_config_nodedir');
  });

  it('accepts an addon registering exactly the expected ABI', () => {
    expect(electronAbi).toBeGreaterThan(Number(process.versions.modules));
    expect(checkModuleAbi(fakeAddon(`node_register_module_v${electronAbi}`), electronAbi)).toEqual({ ok: true, found: [electronAbi] });
    expect(checkModuleAbi(fakeAddon(`_node_register_module_v${electronAbi}`), electronAbi).ok).toBe(true); // Mach-O prefix
  });

  it('refuses an addon without the symbol or with several ABIs', () => {
    expect(checkModuleAbi(fakeAddon('napi_register_module_v1'), electronAbi)).toMatchObject({ ok: false, found: [] });
    expect(checkModuleAbi(fakeAddon('node_register_module_v115', `node_register_module_v${electronAbi}`), electronAbi)).toMatchObject({ ok: false });
  });
});

describe('cleanBuildEnv', () => {
  it('drops the npm config that makes node-gyp build for Node, keeping everything else', () => {
    const { env, removed } = cleanBuildEnv({
      PATH: '/bin',
      npm_config_nodedir: '/usr',
      NPM_CONFIG_NODEDIR: '/usr',
      npm_config_target: '20.0.0',
      npm_config_proxy: 'http://proxy:3128',
      HOME: undefined,
    });
    expect(env).toEqual({ PATH: '/bin', npm_config_proxy: 'http://proxy:3128' });
    expect(removed.sort()).toEqual(['NPM_CONFIG_NODEDIR', 'npm_config_nodedir', 'npm_config_target']);
  });
});

describe('classifyFailure', () => {
  it('recognises a download host that cannot be reached', () => {
    expect(classifyFailure('TypeError: fetch failed\n    at node:internal/deps/undici')).toBe('unreachable');
    expect(classifyFailure('gyp ERR! stack Error: getaddrinfo ENOTFOUND artifacts.electronjs.org')).toBe('unreachable');
    expect(classifyFailure('connect ETIMEDOUT 1.2.3.4:443')).toBe('unreachable');
    expect(classifyFailure('Error: This is most likely not a problem with node-gyp or the package itself and\nis related to network connectivity.')).toBe(
      'unreachable',
    );
  });

  it('calls anything else a failure', () => {
    expect(classifyFailure('gyp ERR! stack Error: not found: make\n✖ Rebuild Failed')).toBe('failed');
    expect(classifyFailure('')).toBe('failed');
  });
});
