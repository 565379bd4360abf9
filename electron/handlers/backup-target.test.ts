import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolderFor } from '../db/workspace-file';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

// Found by the API fuzz: `workspace.backup` with "__proto__" or "2026-1" wrote a copy of the
// workspace into the host process's working folder (wherever it was started), where nobody looks.
describe('a backup path given through the API', () => {
  it('puts a bare file name in the workspace’s backups folder, not the process’s working folder', async () => {
    const { app, file } = await makeAppWithWorkspace();
    const before = fs.readdirSync(process.cwd());
    const copy = await call(app, 'workspace.backup', { path: 'before-audit' });
    expect(copy.path).toBe(path.join(backupFolderFor(file), 'before-audit.sqlite'));
    expect(fs.existsSync(copy.path)).toBe(true);
    expect(fs.readdirSync(process.cwd())).toEqual(before);
    app.shutdown();
  });

  it('refuses any other relative path, writing nothing', async () => {
    const { app, dir } = await makeAppWithWorkspace();
    const before = fs.readdirSync(process.cwd());
    for (const relative of ['copies/x.sqlite', './x.sqlite', '..', `..${path.sep}x.sqlite`]) {
      const error = await callError(app, 'workspace.backup', { path: relative });
      expect(error).toMatchObject({ code: 'invalid_input', field: 'path' });
      expect(error.message).toContain('is not a full path');
    }
    expect(fs.readdirSync(process.cwd())).toEqual(before);
    expect((await call(app, 'workspace.backup', { path: path.join(dir, 'absolute.sqlite') })).path).toBe(path.join(dir, 'absolute.sqlite'));
    app.shutdown();
  });

  it('refuses a name that says it is another kind of file', async () => {
    const { app, dir } = await makeAppWithWorkspace();
    for (const name of ['register.csv', path.join(dir, 'notes.txt')]) {
      expect(await callError(app, 'workspace.backup', { path: name })).toMatchObject({
        code: 'invalid_input',
        field: 'path',
        message: expect.stringContaining('ends in .sqlite'),
      });
    }
    expect(fs.existsSync(path.join(dir, 'notes.txt'))).toBe(false);
    app.shutdown();
  });
});
