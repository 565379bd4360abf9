import { describe, expect, it } from 'vitest';
import { fileAtVersion } from '../../test/file-at-version';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../open-workspace';

/** A file as version 5 of the app left it, with data in it. */
const versionFiveFile = () =>
  fileAtVersion(
    5,
    `
    INSERT INTO people (name, created_at, updated_at) VALUES ('Hana', 'x', 'x');
    INSERT INTO risks (code, title, treatment, residual_likelihood, residual_impact, created_at, updated_at)
      VALUES ('RSK-001', 'Old server', 'accept', 4, 4, 'x', 'x');
  `,
  );

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
