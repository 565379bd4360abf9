import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../shared/api/errors';
import { dispatch } from '../api/dispatch';
import { handlers, type HandlerContext, type HandlerTable } from '../handlers';
import { call, callError } from '../test/call';
import { damage, middlePageOf, scramblePage } from '../test/damaged-files';
import { makeAppWithWorkspace, makeTestApp } from '../test/temp-workspace';

/** An app whose clock the test moves, with a workspace created at the first moment and closed. */
async function workspaceOnAClock(first: string) {
  let clock = new Date(first);
  const made = await makeAppWithWorkspace({ now: () => clock });
  made.app.shutdown();
  const reopenAt = async (iso: string) => {
    clock = new Date(iso);
    const { app } = makeTestApp({ dir: made.dir, now: () => clock });
    await app.open(made.file);
    return app;
  };
  return { ...made, reopenAt };
}

const kinds = (backups: Array<{ fileName: string; kind: string }>) => backups.map((b) => `${b.kind}:${b.fileName.replace(/^workspace-/, '')}`);

describe('automatic backups', () => {
  it('are taken on open when the newest one is a day old by the app clock, verified and listed as automatic', async () => {
    const { reopenAt } = await workspaceOnAClock('2026-11-24T09:00:00Z');
    const first = await reopenAt('2026-11-24T09:05:00Z');
    expect(kinds(await call(first, 'workspace.listBackups', {}))).toEqual(['automatic:20261124-090500-automatic.sqlite']);
    first.shutdown();
    const sameDay = await reopenAt('2026-11-25T09:04:59Z'); // 23 h 59 min later: not yet
    expect(await call(sameDay, 'workspace.listBackups', {})).toHaveLength(1);
    sameDay.shutdown();
    const nextDay = await reopenAt('2026-11-25T09:05:00Z');
    const info = await call(nextDay, 'workspace.info', {});
    expect(info.workspace?.lastBackup).toMatchObject({ kind: 'automatic', createdAt: '2026-11-25T09:05:00.000Z' });
    expect(await call(nextDay, 'workspace.listBackups', {})).toHaveLength(2);
    nextDay.shutdown();
  });

  it('rotate to 7 daily, 4 weekly and 12 monthly, never deleting manual or before-upgrade backups', async () => {
    const { reopenAt, file } = await workspaceOnAClock('2026-01-01T08:00:00Z');
    const folder = path.join(path.dirname(file), 'workspace-backups');
    fs.mkdirSync(folder, { recursive: true });
    // Old backups of the other kinds, and a copy the user put there by hand.
    for (const name of ['workspace-20250101-080000-manual.sqlite', 'workspace-20250101-080000-before-upgrade.sqlite', 'my copy.sqlite']) {
      fs.copyFileSync(file, path.join(folder, name));
    }
    // 100 days of daily automatic backups, as opening the workspace every morning leaves them
    // (copies named as the app names them, so the test does not open the file 100 times).
    for (let day = 0; day < 100; day += 1) {
      const stamp = new Date(Date.UTC(2026, 0, 2 + day, 8)).toISOString().slice(0, 10).replace(/-/g, '');
      fs.copyFileSync(file, path.join(folder, `workspace-${stamp}-080000-automatic.sqlite`));
    }
    const app = await reopenAt('2026-04-12T08:00:00Z');
    const backups = await call(app, 'workspace.listBackups', {});
    const automatic = backups.filter((b) => b.kind === 'automatic').map((b) => b.createdAt.slice(0, 10));
    // 7 days, then the Sundays closing three more weeks, then the last day of each earlier month.
    expect(automatic).toEqual(
      [
        '2026-04-12',
        '2026-04-11',
        '2026-04-10',
        '2026-04-09',
        '2026-04-08',
        '2026-04-07',
        '2026-04-06',
        '2026-04-05',
        '2026-03-29',
        '2026-03-22',
        '2026-03-31',
        '2026-02-28',
        '2026-01-31',
      ]
        .sort()
        .reverse(),
    );
    expect(
      backups
        .filter((b) => b.kind !== 'automatic')
        .map((b) => b.fileName)
        .sort(),
    ).toEqual(['my copy.sqlite', 'workspace-20250101-080000-before-upgrade.sqlite', 'workspace-20250101-080000-manual.sqlite'].sort());
    app.shutdown();
  });

  it('are not taken by one-shot command-line apps', async () => {
    const { dir, file } = await workspaceOnAClock('2026-11-24T09:00:00Z');
    const { AppController } = await import('./app-controller');
    const { browserHost } = await import('./host');
    const cli = new AppController({ host: browserHost, dataDir: path.join(dir, 'data'), rememberRecent: false, now: () => new Date('2026-12-24T09:00:00Z') });
    await cli.open(file);
    expect(cli.listBackups()).toEqual([]);
    cli.shutdown();
  });
});

describe('a workspace found damaged', () => {
  it('offers its backups on the open screen and restores the chosen one in its place, keeping the damaged file', async () => {
    const { reopenAt, file, dir } = await workspaceOnAClock('2026-11-24T09:00:00Z');
    const first = await reopenAt('2026-11-25T09:00:00Z'); // takes the automatic backup
    await call(first, 'people.create', { name: 'In The Backup' });
    first.shutdown();
    // Fill the file so the damage hits a table page, then scramble it.
    const second = await reopenAt('2026-11-25T10:00:00Z');
    second.db.exec(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) INSERT INTO people (name, created_at, updated_at) SELECT 'Filler ' || i || printf('%.100c', 'x'), 'x', 'x' FROM n`,
    );
    second.shutdown();
    damage(file, 'scrambled page');

    const { app } = makeTestApp({ dir, now: () => new Date('2026-11-25T11:00:00Z') });
    expect(await callError(app, 'workspace.open', { path: file })).toMatchObject({ code: 'workspace_damaged', field: 'path' });
    const offered = await call(app, 'workspace.listBackups', { workspacePath: file });
    expect(offered.map((b) => b.kind)).toEqual(['automatic']);

    const restored = await call(app, 'workspace.restore', { backupPath: offered[0]!.path, workspacePath: file });
    expect(restored.workspace?.path).toBe(file);
    expect(restored.safetyBackup).toMatchObject({ kind: 'damaged', fileName: 'workspace-20261125-110000-damaged.sqlite' });
    expect(app.db.prepare('SELECT name FROM people').pluck().all()).toEqual([]); // the backup predates the person
    // The damaged file is kept, never deleted, and is not offered as the "last backup".
    expect(fs.existsSync(restored.safetyBackup.path)).toBe(true);
    expect(restored.workspace?.lastBackup?.kind).toBe('automatic');
    app.shutdown();
  });

  it('does not stop the app at start: the welcome screen is told which file is damaged', async () => {
    const { app, dir, file } = await makeAppWithWorkspace();
    app.db.exec(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) INSERT INTO people (name, created_at, updated_at) SELECT 'Filler ' || i || printf('%.100c', 'x'), 'x', 'x' FROM n`,
    );
    app.shutdown();
    scramblePage(file, middlePageOf(file, 'people'));
    const { app: next } = makeTestApp({ dir });
    await next.reopenLast();
    const info = await call(next, 'workspace.info', {});
    expect(info.workspace).toBeNull();
    expect(info.damagedWorkspace).toEqual({ path: file, message: expect.stringMatching(/workspace\.sqlite is damaged/) });
    next.shutdown();
  });

  it('answers workspace_damaged, not internal, when a read meets a damaged page, and says so in the info', async () => {
    const { app, file } = await makeAppWithWorkspace();
    app.db.exec(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) INSERT INTO people (name, created_at, updated_at) SELECT 'Filler ' || i || printf('%.100c', 'x'), 'x', 'x' FROM n`,
    );
    app.db.pragma('wal_checkpoint(TRUNCATE)');
    scramblePage(file, middlePageOf(file, 'people'));
    // A write from another connection makes the app's connection drop its cached pages, so its
    // next read goes to the (now damaged) file, as after a long time or on a machine with less memory.
    const other = new Database(file);
    other.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('touched', '1')").run();
    other.close();
    // A read that visits every page of the table, as a register filter or export would.
    const scanAll = {
      ...handlers,
      'people.list': (_input: unknown, { db }: HandlerContext) => [
        db.prepare('SELECT sum(length(created_at) + length(name)) FROM people NOT INDEXED').pluck().get(),
      ],
    } as HandlerTable;
    const answer = await dispatch(app, 'people.list', {}, { handlers: scanAll });
    expect(answer.ok).toBe(false);
    const error = (answer as { error: ApiErrorBody }).error;
    expect(error.code).toBe('workspace_damaged');
    expect(error.message).toMatch(/workspace\.sqlite is damaged .*Restore the latest good backup/);
    expect((await call(app, 'workspace.info', {})).workspace?.damage).toMatch(/malformed|corrupt|Tree|page/i);
    app.shutdown();
  });
});
