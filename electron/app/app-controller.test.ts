import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeAppWithWorkspace, makeTempDir, makeTestApp } from '../test/temp-workspace';
import { dispatch } from '../api/dispatch';

describe('AppController', () => {
  it('creates a bare name in the default folder with the .sqlite extension', async () => {
    const { app, dir } = makeTestApp();
    const info = await app.create('Operations', 'Ops Team');
    expect(info.workspace?.path).toBe(path.join(dir, 'workspaces', 'Operations.sqlite'));
    expect(info.workspace?.organisationName).toBe('Ops Team');
    expect(fs.existsSync(path.join(dir, 'workspaces', 'Operations.sqlite'))).toBe(true);
  });

  it('reopens the last workspace on the next start and lists it as recent', async () => {
    const { app, dir, file } = await makeAppWithWorkspace();
    app.shutdown();
    const { app: next } = makeTestApp({ dir });
    await next.reopenLast();
    const info = next.info();
    expect(info.workspace?.path).toBe(file);
    expect(info.recent).toEqual([expect.objectContaining({ path: file, exists: true })]);
  });

  it('turns a last workspace that cannot be reopened into a notice on the welcome screen', async () => {
    const { app, dir, file } = await makeAppWithWorkspace();
    app.shutdown();
    fs.writeFileSync(file, 'overwritten by something else entirely');
    const { app: next } = makeTestApp({ dir });
    await next.reopenLast();
    expect(next.info().workspace).toBeNull();
    expect(next.info().notice).toMatch(/Could not reopen workspace\.sqlite: .*not an SQLite database/);
  });

  it('closing forgets the workspace as the one to reopen but keeps it in recent', async () => {
    const { app, dir, file } = await makeAppWithWorkspace();
    app.close();
    const { app: next } = makeTestApp({ dir });
    await next.reopenLast();
    expect(next.info().workspace).toBeNull();
    expect(next.info().recent.map((r) => r.path)).toEqual([file]);
  });

  it('backs up with the online backup API into the backups folder, and lists backups newest first', async () => {
    let clock = new Date('2026-11-24T09:00:00Z');
    const { app, file } = await makeAppWithWorkspace({ now: () => clock });
    await dispatch(app, 'people.create', { name: 'Ann Lee' });
    const first = await app.backup();
    clock = new Date('2026-11-24T10:30:00Z');
    const second = await app.backup();
    expect(first.path).toBe(path.join(path.dirname(file), 'workspace-backups', 'workspace-20261124-090000-manual.sqlite'));
    expect(app.listBackups().map((b) => b.fileName)).toEqual([second.fileName, first.fileName]);
    await expect(app.backup(first.path)).rejects.toMatchObject({ code: 'conflict' });
    await expect(app.backup(file)).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('restores a backup after backing up the current state, so the restore can be undone', async () => {
    let clock = new Date('2026-11-24T09:00:00Z');
    const { app } = await makeAppWithWorkspace({ now: () => clock });
    await dispatch(app, 'people.create', { name: 'Before Backup' });
    const backup = await app.backup();
    await dispatch(app, 'people.create', { name: 'After Backup' });
    clock = new Date('2026-11-24T11:00:00Z');

    const restored = await app.restore(backup.path);
    expect(app.db.prepare('SELECT name FROM people ORDER BY name').pluck().all()).toEqual(['Before Backup']);
    expect(restored.safetyBackup.fileName).toMatch(/before-restore\.sqlite$/);

    await app.restore(restored.safetyBackup.path);
    expect(app.db.prepare('SELECT name FROM people ORDER BY name').pluck().all()).toEqual(['After Backup', 'Before Backup']);
  });

  it('refuses to restore a file that is not a workspace and changes nothing', async () => {
    const { app } = await makeAppWithWorkspace();
    await dispatch(app, 'people.create', { name: 'Keep Me' });
    const bogus = path.join(makeTempDir(), 'bogus.sqlite');
    fs.writeFileSync(bogus, 'not a database');
    await expect(app.restore(bogus)).rejects.toMatchObject({
      code: 'invalid_input',
      field: 'backupPath',
      message: expect.stringContaining('cannot be restored'),
    });
    expect(app.db.prepare('SELECT name FROM people').pluck().all()).toEqual(['Keep Me']);
    expect(app.listBackups()).toEqual([]);
  });

  it('answers unsupported for native file dialogs in the browser host', async () => {
    const { app } = makeTestApp();
    await expect(app.chooseFile('open')).rejects.toMatchObject({ code: 'unsupported' });
  });

  it('uses the host file dialog when there is one', async () => {
    const asked: string[] = [];
    const { app } = makeTestApp({
      host: {
        kind: 'desktop',
        chooseFile: async (purpose, suggested) => {
          asked.push(`${purpose}:${path.basename(suggested)}`);
          return '/chosen/file.sqlite';
        },
      },
    });
    expect(await app.chooseFile('open')).toBe('/chosen/file.sqlite');
    expect(asked).toEqual(['open:workspaces']);
    expect(app.info().host).toMatchObject({ kind: 'desktop', nativeFileDialogs: true });
  });

  it('builds the demo once and rebuilds it only when asked', async () => {
    const { app } = makeTestApp();
    const first = await app.openDemo(false);
    expect(first.workspace?.organisationName).toBe('Northwind Health Trust');
    await dispatch(app, 'people.create', { name: 'Added By Me' });
    await app.openDemo(false);
    expect(app.db.prepare("SELECT count(*) FROM people WHERE name = 'Added By Me'").pluck().get()).toBe(1);
    await app.openDemo(true);
    expect(app.db.prepare("SELECT count(*) FROM people WHERE name = 'Added By Me'").pluck().get()).toBe(0);
  });
});
