import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_NATIVE_BINDING, PACKAGED_NATIVE_BINDING, electronNativeBindingPath, nativeBindingProblem } from './native-binding-path';

const root = path.resolve(__dirname, '..', '..');

describe('electronNativeBindingPath', () => {
  it('uses the Electron build under dist/ in development', () => {
    const location = { isPackaged: false, resourcesPath: '/usr/lib/electron/resources', appPath: '/src/serviceledger' };
    expect(electronNativeBindingPath(location)).toBe(path.join('/src/serviceledger', 'dist', 'native', 'electron', 'better_sqlite3.node'));
  });

  it('uses the extra resource beside app.asar when packaged, never node_modules inside the asar', () => {
    const location = { isPackaged: true, resourcesPath: '/opt/ServiceLedger/resources', appPath: '/opt/ServiceLedger/resources/app.asar' };
    const chosen = electronNativeBindingPath(location);
    expect(chosen).toBe(path.join('/opt/ServiceLedger/resources', 'native', 'better_sqlite3.node'));
    expect(chosen).not.toContain('app.asar');
  });

  it('agrees with the build script and with electron-builder.yml', async () => {
    const abi = await import('../../scripts/native-abi.mjs');
    expect(abi.DEV_NATIVE_BINDING).toBe(DEV_NATIVE_BINDING);
    const config = fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8');
    expect(config).toContain(`from: ${DEV_NATIVE_BINDING}`);
    expect(config).toContain(`to: ${PACKAGED_NATIVE_BINDING}`);
  });

  it('tells a developer how to build the module and a user to reinstall', () => {
    const dev = nativeBindingProblem({ isPackaged: false, resourcesPath: '', appPath: '/src' }, '/src/x.node', 'the file does not exist');
    expect(dev).toContain('build-electron-native.mjs');
    const packaged = nativeBindingProblem({ isPackaged: true, resourcesPath: '', appPath: '' }, '/opt/x.node', 'wrong ABI');
    expect(packaged).toContain('reinstall');
  });
});
