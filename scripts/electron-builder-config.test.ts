import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEV_NATIVE_BINDING, PACKAGED_NATIVE_BINDING } from '../electron/app/native-binding-path';

const root = path.resolve(__dirname, '..');
// electron-builder's own YAML parser and schema validator (no new dependency).
const require = createRequire(path.join(root, 'node_modules', 'electron-builder', 'package.json'));
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
};

interface Target {
  target: string[];
  category?: string;
  icon?: string;
}
interface Config {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  extraResources: Array<{ from: string; to: string }>;
  npmRebuild: boolean;
  asar: boolean;
  linux: Target & { maintainer: string; desktop: { entry: Record<string, string> } };
  win: Target;
  mac: Target;
}

const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as Config;

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(structuredClone(config), { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('names the app and writes to release/', () => {
    expect(config).toMatchObject({ appId: 'org.serviceledger.app', productName: 'ServiceLedger', directories: { output: 'release', buildResources: 'build' } });
  });

  it('never rebuilds node_modules in place (that would break the Node build the tests use)', () => {
    expect(config.npmRebuild).toBe(false);
  });

  it('targets AppImage and deb, NSIS and dmg', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.category).toBe('Office');
    expect(config.mac.category).toBe('public.app-category.business');
    expect(config.linux.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
    expect(config.linux.desktop.entry.Name).toBe('ServiceLedger');
  });

  it('ships the bundles and the renderer, and the Electron build of better-sqlite3 outside the asar', () => {
    expect(config.asar).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'package.json', '!**/node_modules/better-sqlite3/build/**']));
    expect(config.extraResources).toContainEqual({ from: DEV_NATIVE_BINDING, to: PACKAGED_NATIVE_BINDING });
  });

  it('points at icons that exist, with a 1024×1024 PNG', () => {
    for (const target of [config.linux, config.win, config.mac]) expect(fs.existsSync(path.join(root, target.icon!))).toBe(true);
    const png = fs.readFileSync(path.join(root, 'build', 'icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 1024]);
  });

  it('matches package.json, whose main is the bundled main process', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main).toBe('dist/electron/main.cjs');
    expect(config.files.some((pattern) => pattern === 'dist/electron/**')).toBe(true);
  });
});
