import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../test/temp-workspace';
import { closeWorkspaceDatabase, migrate, openWorkspaceDatabase } from '../open-workspace';
import { WORKSPACE_APPLICATION_ID } from '../workspace-file';

/** A file as version 5 of the app left it, with a risk in it. */
function versionFiveFile(): string {
  const file = path.join(makeTempDir(), 'v5.sqlite');
  const db = new Database(file);
  db.pragma(`application_id = ${WORKSPACE_APPLICATION_ID}`);
  db.pragma('foreign_keys = ON');
  migrate(db, 0, 5);
  db.exec(`
    INSERT INTO meta (key, value) VALUES ('clean_close', '1');
    INSERT INTO people (name, created_at, updated_at) VALUES ('Hana', 'x', 'x');
    INSERT INTO risks (code, title, treatment, residual_likelihood, residual_impact, created_at, updated_at)
      VALUES ('RSK-001', 'Old server', 'accept', 4, 4, 'x', 'x');
  `);
  db.close();
  return file;
}

describe('migration 006: risk acceptances', () => {
  it('upgrades a version-5 file, keeping its risks, and accepts approvals for them', async () => {
    const opened = await openWorkspaceDatabase(versionFiveFile());
    const { db } = opened;
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(6);
      expect(db.prepare('SELECT code, title FROM risks').all()).toEqual([{ code: 'RSK-001', title: 'Old server' }]);
      const insert = db.prepare(
        `INSERT INTO risk_acceptances (risk_id, approver_id, approved_on, expires_on, rationale, residual_likelihood, residual_impact, matrix_version, approved_score, created_at)
         VALUES (1, 1, '2026-11-01', ?, 'ok', 4, 4, 1, 16, 'x')`,
      );
      insert.run('2027-01-01');
      // An expiry on or before the approval is refused by the table itself.
      expect(() => insert.run('2026-10-01')).toThrow(/CHECK/);
    } finally {
      closeWorkspaceDatabase(db);
    }
  });
});
