import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../test/temp-workspace';
import { latestSchemaVersion, migrations } from './migrations';
import { closeWorkspaceDatabase, migrate, openWorkspaceDatabase, readMeta } from './open-workspace';
import { WORKSPACE_APPLICATION_ID, backupFolderFor } from './workspace-file';

const opened: Database.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

async function open(file: string, options: Parameters<typeof openWorkspaceDatabase>[1] = {}) {
  const result = await openWorkspaceDatabase(file, options);
  opened.push(result.db);
  return result;
}

describe('openWorkspaceDatabase', () => {
  it('creates a workspace with WAL, foreign keys, STRICT tables and the latest version', async () => {
    const file = path.join(makeTempDir(), 'new.sqlite');
    const { db, schemaVersion } = await open(file, { create: true, organisationName: 'Acme IT' });
    expect(schemaVersion).toBe(latestSchemaVersion);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL: an acknowledged save survives a power cut
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.pragma('application_id', { simple: true })).toBe(WORKSPACE_APPLICATION_ID);
    expect(readMeta(db, 'organisation_name')).toBe('Acme IT');
    const tables = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table'").all() as Array<{ name: string; sql: string }>;
    expect(tables.length).toBeGreaterThan(10);
    // Full-text indexes are virtual tables with shadow tables of SQLite's own making, and ANALYZE
    // makes sqlite_stat1; STRICT is for ours.
    const virtual = tables.filter((table) => /^CREATE VIRTUAL TABLE/i.test(table.sql)).map((table) => table.name);
    const ours = tables.filter(
      (table) => !table.name.startsWith('sqlite_') && !virtual.some((name) => table.name === name || table.name.startsWith(`${name}_`)),
    );
    for (const table of ours) expect(table.sql, table.name).toMatch(/STRICT\s*$/);
  });

  it('refuses to create over an existing file', async () => {
    const file = path.join(makeTempDir(), 'exists.sqlite');
    fs.writeFileSync(file, 'something');
    await expect(open(file, { create: true })).rejects.toMatchObject({ code: 'conflict', field: 'path' });
    expect(fs.readFileSync(file, 'utf8')).toBe('something');
  });

  it('refuses a missing file with its path in the message', async () => {
    const file = path.join(makeTempDir(), 'missing.sqlite');
    await expect(open(file)).rejects.toMatchObject({ code: 'not_found', message: expect.stringContaining(file) });
  });

  it('refuses a file that is not SQLite, leaving it untouched', async () => {
    const file = path.join(makeTempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'these are my notes, not a database at all');
    await expect(open(file)).rejects.toMatchObject({
      code: 'workspace_incompatible',
      message: expect.stringContaining('not an SQLite database'),
    });
    expect(fs.readFileSync(file, 'utf8')).toBe('these are my notes, not a database at all');
  });

  it('refuses an SQLite file of another application', async () => {
    const file = path.join(makeTempDir(), 'other.sqlite');
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    other.close();
    await expect(open(file)).rejects.toMatchObject({ code: 'workspace_incompatible', message: expect.stringContaining('not a ServiceLedger workspace') });
    const check = new Database(file);
    expect(check.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'people'").pluck().get()).toBe(0);
    check.close();
  });

  it('refuses a workspace saved by a newer version', async () => {
    const file = path.join(makeTempDir(), 'future.sqlite');
    closeWorkspaceDatabase((await open(file, { create: true })).db);
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestSchemaVersion + 1}`);
    raw.close();
    await expect(open(file)).rejects.toMatchObject({ code: 'workspace_incompatible', message: expect.stringContaining('newer version') });
  });

  it('runs the quick check on every open and the full one after an unclean close', async () => {
    const file = path.join(makeTempDir(), 'crash.sqlite');
    const now = () => new Date('2026-11-24T09:00:00Z');
    const first = await open(file, { create: true, now });
    closeWorkspaceDatabase(first.db);
    const clean = await open(file, { now });
    expect(clean.recoveredFromUncleanClose).toBe(false);
    expect(clean.integrityCheck).toBe('quick');
    clean.db.close(); // simulates a crash: clean_close stays 0
    const afterCrash = await open(file, { now });
    expect(afterCrash.recoveredFromUncleanClose).toBe(true);
    expect(afterCrash.integrityCheck).toBe('full');
  });

  it('runs the full check when the last one is 7 days old by the app clock, and records when', async () => {
    const file = path.join(makeTempDir(), 'weekly.sqlite');
    const at = (iso: string) => () => new Date(iso);
    closeWorkspaceDatabase((await open(file, { create: true, now: at('2026-11-01T09:00:00Z') })).db);
    const sixDays = await open(file, { now: at('2026-11-07T08:59:59Z') });
    expect(sixDays.integrityCheck).toBe('quick');
    closeWorkspaceDatabase(sixDays.db);
    const sevenDays = await open(file, { now: at('2026-11-08T09:00:00Z') });
    expect(sevenDays.integrityCheck).toBe('full');
    expect(readMeta(sevenDays.db, 'last_full_integrity_check')).toBe('2026-11-08T09:00:00.000Z');
    closeWorkspaceDatabase(sevenDays.db);
    expect((await open(file, { now: at('2026-11-09T09:00:00Z') })).integrityCheck).toBe('quick');
  });

  it('refuses a damaged file after an unclean close and points at the backups', async () => {
    const file = path.join(makeTempDir(), 'damaged.sqlite');
    const first = await open(file, { create: true });
    first.db.prepare('INSERT INTO people (name, created_at, updated_at) VALUES (?, ?, ?)').run('Ann', 'x', 'x');
    first.db.pragma('wal_checkpoint(TRUNCATE)');
    first.db.close(); // unclean: clean_close stays 0
    // Corrupt the people table's index page: the b-tree is readable but inconsistent.
    const raw = new Database(file);
    const rootPage = raw.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'people_name_unique'").pluck().get() as number;
    const pageSize = raw.pragma('page_size', { simple: true }) as number;
    raw.close();
    const handle = fs.openSync(file, 'r+');
    fs.writeSync(handle, Buffer.alloc(64, 0xff), 0, 64, (rootPage - 1) * pageSize + 8);
    fs.closeSync(handle);
    await expect(open(file)).rejects.toMatchObject({ code: 'workspace_damaged', message: expect.stringContaining(backupFolderFor(file)) });
  });
});

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_m, index) => index + 1));
  });

  it('upgrade a version-1 file with people and audit rows to the latest, after a backup', async () => {
    const file = path.join(makeTempDir(), 'v1.sqlite');
    const raw = new Database(file);
    raw.pragma(`application_id = ${WORKSPACE_APPLICATION_ID}`);
    migrate(raw, 0, 1);
    raw.prepare("INSERT INTO meta (key, value) VALUES ('organisation_name', 'Old Org'), ('clean_close', '1')").run();
    raw.prepare("INSERT INTO people (name, email, created_at, updated_at) VALUES ('Ann Lee', 'ann@example.org', '2025-01-01', '2025-01-01')").run();
    raw
      .prepare(
        "INSERT INTO audit_log (at, actor_id, actor_name, entity, entity_id, action, after_json) VALUES ('2025-01-01', 1, 'Ann Lee', 'person', '1', 'create', '{}')",
      )
      .run();
    raw.close();

    const upgraded = await open(file, { now: () => new Date('2026-11-24T10:00:00Z') });
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(upgraded.db.prepare('SELECT name FROM people').pluck().all()).toEqual(['Ann Lee']);
    expect(upgraded.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(1);
    expect(upgraded.db.prepare('SELECT count(*) FROM services').pluck().get()).toBe(0);
    // The pre-upgrade backup is still a version-1 file with the same data.
    expect(upgraded.migrationBackupPath).toMatch(/before-upgrade\.sqlite$/);
    const backup = new Database(upgraded.migrationBackupPath!, { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT name FROM people').pluck().all()).toEqual(['Ann Lee']);
    backup.close();
  });

  it('roll back a failing migration completely, keeping the version before it', () => {
    const db = new Database(':memory:');
    const next = latestSchemaVersion + 1;
    const broken = {
      version: next,
      name: 'broken',
      up: (d: Database.Database) => d.exec('CREATE TABLE half (id INTEGER) STRICT; SELECT * FROM no_such_table;'),
    };
    expect(() => migrate(db, 0, next, [...migrations, broken])).toThrow(/no_such_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });
});
