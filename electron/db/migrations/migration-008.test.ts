import { describe, expect, it } from 'vitest';
import { fileAtVersion } from '../../test/file-at-version';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../open-workspace';

/** A file as version 7 of the app left it, with data in it. */
const versionSevenFile = () =>
  fileAtVersion(
    7,
    `
    INSERT INTO people (name, created_at, updated_at) VALUES ('Hana', 'x', 'x');
    INSERT INTO actions (title, created_at, updated_at) VALUES ('Old action', 'x', 'x');
  `,
  );

describe('migration 008: management reviews', () => {
  it('upgrades a version-7 file, keeping its actions, and guards the review rows', async () => {
    const { db } = await openWorkspaceDatabase(versionSevenFile());
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(8);
      expect(db.prepare('SELECT title, management_review_id FROM actions').all()).toEqual([{ title: 'Old action', management_review_id: null }]);
      const insert = db.prepare(
        "INSERT INTO management_reviews (title, period_from, period_to, status, snapshot_json, snapshot_sha256, as_of, created_at, updated_at) VALUES ('Q', ?, ?, ?, ?, ?, ?, 'x', 'x')",
      );
      insert.run('2026-01-01', '2026-03-31', 'planned', null, null, null);
      // A period ending before it starts, a held review without its snapshot: refused by the table itself.
      expect(() => insert.run('2026-04-01', '2026-03-31', 'planned', null, null, null)).toThrow(/CHECK/);
      expect(() => insert.run('2026-01-01', '2026-03-31', 'held', null, null, null)).toThrow(/CHECK/);
      expect(() =>
        db.prepare("INSERT INTO management_review_decisions (review_id, type, title, created_at, updated_at) VALUES (1, 'wish', 'x', 'x', 'x')").run(),
      ).toThrow(/CHECK/);
    } finally {
      closeWorkspaceDatabase(db);
    }
  });
});
