import fs from 'node:fs';
import Database from 'better-sqlite3';
import { app } from 'electron';
import { setNativeBinding } from '../db/native-binding';
import { electronNativeBindingPath, nativeBindingProblem, type NativeBindingLocation } from '../app/native-binding-path';

export type NativeSetup = { ok: true; path: string } | { ok: false; message: string };

/**
 * Point better-sqlite3 at the Electron-ABI addon and make sure it really loads, so a missing
 * or wrong-ABI build becomes one clear message at start-up instead of a failure on first open.
 */
export function setUpNativeDatabase(): NativeSetup {
  const location: NativeBindingLocation = { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() };
  const bindingPath = electronNativeBindingPath(location);
  if (!fs.existsSync(bindingPath)) return { ok: false, message: nativeBindingProblem(location, bindingPath, 'the file does not exist') };
  try {
    new Database(':memory:', { nativeBinding: bindingPath }).close();
  } catch (error) {
    return { ok: false, message: nativeBindingProblem(location, bindingPath, (error as Error).message) };
  }
  setNativeBinding(bindingPath);
  return { ok: true, path: bindingPath };
}
