import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { fileAtVersion } from '../../test/file-at-version';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../open-workspace';

/** A file as version 8 of the app left it, with data in it. */
const versionEightFile = () =>
  fileAtVersion(
    8,
    `
    INSERT INTO risks (code, title, cause, created_at, updated_at) VALUES ('RSK-001', 'Network backup failure', 'Tape library ageing', 'x', 'x');
    INSERT INTO risks (code, title, category, created_at, updated_at) VALUES ('RSK-002', 'Ransomware on file shares', 'Security', 'x', 'x');
  `,
  );

const found = (db: Database.Database, match: string) =>
  db.prepare('SELECT r.code FROM risks r WHERE r.id IN (SELECT rowid FROM risks_search WHERE risks_search MATCH ?) ORDER BY r.code').pluck().all(match);

describe('migration 009: full-text search of the register', () => {
  it('indexes the risks already in a version-8 file, and triggers keep the index in step with every write', async () => {
    const { db } = await openWorkspaceDatabase(versionEightFile());
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(9);
      expect(found(db, '"netw"*')).toEqual(['RSK-001']);
      expect(found(db, '"tape"*')).toEqual(['RSK-001']);
      expect(found(db, '"security"*')).toEqual(['RSK-002']);

      db.prepare("INSERT INTO risks (code, title, controls, created_at, updated_at) VALUES ('RSK-003', 'Power loss', 'Network UPS', 'x', 'x')").run();
      expect(found(db, '"network"*')).toEqual(['RSK-001', 'RSK-003']);

      db.prepare("UPDATE risks SET title = 'Backup failure' WHERE code = 'RSK-001'").run();
      expect(found(db, '"network"*')).toEqual(['RSK-003']);
      expect(found(db, '"backup"*')).toEqual(['RSK-001']);
      // A change to a column outside the index leaves it alone.
      db.prepare("UPDATE risks SET status = 'closed' WHERE code = 'RSK-001'").run();
      expect(found(db, '"backup"*')).toEqual(['RSK-001']);

      db.prepare("DELETE FROM risks WHERE code = 'RSK-003'").run();
      expect(found(db, '"network"*')).toEqual([]);
      // The index agrees with the table it indexes.
      db.prepare("INSERT INTO risks_search (risks_search, rank) VALUES ('integrity-check', 1)").run();
    } finally {
      closeWorkspaceDatabase(db);
    }
  });
});
