import path from 'node:path';

/**
 * Where the Electron-ABI build of better-sqlite3 lives. One compiled addon cannot serve both Node
 * (tests, CLI: ABI 115) and Electron (ABI 150), so the app never uses node_modules' build:
 * scripts/build-electron-native.mjs writes DEV_NATIVE_BINDING and electron-builder ships it as the
 * extra resource PACKAGED_NATIVE_BINDING (outside the asar, where a native addon can be loaded).
 * Keep these in step with scripts/native-abi.mjs and electron-builder.yml (a test checks both).
 */
export const DEV_NATIVE_BINDING = 'dist/native/electron/better_sqlite3.node';
export const PACKAGED_NATIVE_BINDING = 'native/better_sqlite3.node';

export interface NativeBindingLocation {
  /** Electron's `app.isPackaged`. */
  isPackaged: boolean;
  /** Electron's `process.resourcesPath` (the folder holding app.asar). */
  resourcesPath: string;
  /** Electron's `app.getAppPath()`: the project root in development. */
  appPath: string;
}

/** The `.node` file the main process hands to `setNativeBinding`. */
export function electronNativeBindingPath(location: NativeBindingLocation): string {
  return location.isPackaged
    ? path.join(location.resourcesPath, ...PACKAGED_NATIVE_BINDING.split('/'))
    : path.join(location.appPath, ...DEV_NATIVE_BINDING.split('/'));
}

/** What to tell the person when that file is missing or is built for the wrong runtime. */
export function nativeBindingProblem(location: NativeBindingLocation, bindingPath: string, detail: string): string {
  return location.isPackaged
    ? `ServiceLedger's database module could not be loaded from ${bindingPath} (${detail}). The installation is damaged; reinstall ServiceLedger.`
    : `The Electron build of better-sqlite3 could not be loaded from ${bindingPath} (${detail}). Run "node scripts/build-electron-native.mjs" (needs internet access for Electron's headers), then start again.`;
}
