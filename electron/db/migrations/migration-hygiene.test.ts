import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { describeSchema } from '../schema-snapshot';
import { migrate } from '../open-workspace';
import { migrations } from './index';
import { extendReleaseLock, migrationHash, releaseLockProblems, type ReleaseLock } from './release-lock';

const folder = __dirname;
const lockFile = path.join(folder, 'released-migrations.json');
const snapshotFile = path.join(folder, 'schema.snapshot.sql');
// `npm run migrations:release` sets this: record new migrations and refresh the snapshot.
const releasing = process.env.SERVICELEDGER_RELEASE_MIGRATIONS === '1';

/** Every migration file (`NNN-name.ts`), by file name. */
function migrationSources(): Record<string, string> {
  const files = fs.readdirSync(folder).filter((name) => /^\d{3}-[a-z0-9-]+\.ts$/.test(name) && !name.endsWith('.test.ts'));
  return Object.fromEntries(files.sort().map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]));
}

function migratedSchema(): string {
  const db = new Database(':memory:');
  try {
    migrate(db, 0);
    return describeSchema(db);
  } finally {
    db.close();
  }
}

describe('migration hygiene', () => {
  it('numbers migrations 1, 2, 3… with one file each', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
    const numbers = Object.keys(migrationSources()).map((name) => Number(name.slice(0, 3)));
    expect(numbers).toEqual(migrations.map((migration) => migration.version));
  });

  it('never lets a released migration change: each file matches the hash recorded when it was released', () => {
    const lock = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as ReleaseLock;
    const sources = migrationSources();
    if (releasing) fs.writeFileSync(lockFile, `${JSON.stringify(extendReleaseLock(lock, sources), null, 2)}\n`);
    const current = releasing ? (JSON.parse(fs.readFileSync(lockFile, 'utf8')) as ReleaseLock) : lock;
    expect(releaseLockProblems(current, sources)).toEqual([]);
  });

  it('migrates a new file to exactly the committed schema (schema.snapshot.sql)', () => {
    const schema = migratedSchema();
    if (releasing) fs.writeFileSync(snapshotFile, schema);
    const committed = fs.readFileSync(snapshotFile, 'utf8').replace(/\r\n/g, '\n');
    // On a difference: an edited released migration (undo it), or a new one (`npm run migrations:release`).
    expect(schema).toBe(committed);
  });

  it('finds an edited, a removed and an unrecorded migration, and never rewrites a recorded hash', () => {
    const lock: ReleaseLock = { '001-core.ts': migrationHash('CREATE TABLE a (x);'), '002-more.ts': migrationHash('CREATE TABLE b (y);') };
    expect(releaseLockProblems(lock, { '001-core.ts': 'CREATE TABLE a (x);\r\n'.trimEnd(), '002-more.ts': 'CREATE TABLE b (y);' })).toEqual([]);
    const problems = releaseLockProblems(lock, { '001-core.ts': 'CREATE TABLE a (x, z);', '003-new.ts': 'CREATE TABLE c (z);' });
    expect(problems).toEqual([
      expect.stringMatching(/^001-core\.ts was released and has been edited/),
      expect.stringMatching(/^002-more\.ts was released and is gone/),
      expect.stringMatching(/^003-new\.ts is not in released-migrations\.json yet/),
    ]);
    const extended = extendReleaseLock(lock, { '001-core.ts': 'edited', '003-new.ts': 'CREATE TABLE c (z);' });
    expect(extended['001-core.ts']).toBe(lock['001-core.ts']);
    expect(extended['003-new.ts']).toBe(migrationHash('CREATE TABLE c (z);'));
  });
});
