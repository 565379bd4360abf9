import { describe, expect, it } from 'vitest';
import { fileAtVersion } from '../../test/file-at-version';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../open-workspace';

/** A file as version 11 of the app left it, with a service in it. */
const versionElevenFile = () =>
  fileAtVersion(11, "INSERT INTO services (code, name, created_at, updated_at) VALUES ('SVC-001', 'Email', '2026-11-01T10:00:00Z', '2026-11-01T10:00:00Z');");

describe('migration 012: team sync', () => {
  it('keeps the services of a version-11 file and leaves it a single-user workspace with nothing waiting', async () => {
    const { db } = await openWorkspaceDatabase(versionElevenFile());
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(12);
      expect(db.prepare('SELECT code FROM services').pluck().all()).toEqual(['SVC-001']);
      for (const table of ['sync_state', 'sync_outbox', 'sync_row_keys', 'sync_field_versions', 'sync_received', 'sync_conflicts']) {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()).toBe(0);
      }
      expect(() =>
        db.prepare("INSERT INTO sync_state (id, team_url, team_workspace_id, replica_id, member_role, joined_at) VALUES (2, 'u', 'w', 'r', 'm', 'now')").run(),
      ).toThrow(/CHECK/);
    } finally {
      closeWorkspaceDatabase(db);
    }
  });
});
