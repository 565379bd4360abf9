import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppController } from '../app/app-controller';
import { browserHost, type HostAdapter } from '../app/host';

/** A throwaway folder for one test's workspace files and app state. */
export function makeTempDir(prefix = 'serviceledger-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** An AppController whose data and workspaces live in a temp folder, with a fixed clock. */
export function makeTestApp(options: { dir?: string; host?: HostAdapter; now?: () => Date } = {}) {
  const dir = options.dir ?? makeTempDir();
  const app = new AppController({
    host: options.host ?? browserHost,
    dataDir: path.join(dir, 'data'),
    workspaceDir: path.join(dir, 'workspaces'),
    now: options.now ?? (() => new Date('2026-11-24T09:00:00Z')),
  });
  return { app, dir };
}

/** An AppController with a freshly created empty workspace open. */
export async function makeAppWithWorkspace(options: Parameters<typeof makeTestApp>[0] = {}) {
  const made = makeTestApp(options);
  await made.app.create(path.join(made.dir, 'workspace.sqlite'), 'Test Org');
  return { ...made, file: path.join(made.dir, 'workspace.sqlite') };
}
