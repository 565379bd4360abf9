import os from 'node:os';
import path from 'node:path';

/**
 * The per-user folder for app state, matching Electron's `app.getPath('userData')` for
 * "ServiceLedger" so the desktop app and `serviceledger serve` share recent files.
 * SERVICELEDGER_HOME overrides it (tests, portable installs).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.SERVICELEDGER_HOME) return path.resolve(env.SERVICELEDGER_HOME);
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'ServiceLedger');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'ServiceLedger');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'ServiceLedger');
}

/** Where new workspaces and the demo go unless the user picks another place. */
export function defaultWorkspaceDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SERVICELEDGER_HOME) return path.join(path.resolve(env.SERVICELEDGER_HOME), 'workspaces');
  return path.join(os.homedir(), 'Documents', 'ServiceLedger');
}
