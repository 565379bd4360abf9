import { describe, expect, it } from 'vitest';
import { fileAtVersion } from '../../test/file-at-version';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../open-workspace';

describe('migration 003: saved views', () => {
  it('upgrades a version-2 file with services, risks and assessments, keeping them', async () => {
    const file = fileAtVersion(2, (db) => {
      db.prepare("INSERT INTO people (name, created_at, updated_at) VALUES ('Ann', 'x', 'x')").run();
      db.prepare("INSERT INTO services (code, name, owner_id, created_at, updated_at) VALUES ('SVC-001', 'Email', 1, 'x', 'x')").run();
      db.prepare("INSERT INTO risks (code, title, owner_id, created_at, updated_at) VALUES ('RSK-001', 'Outage', 1, 'x', 'x')").run();
      db.prepare(
        "INSERT INTO risk_assessments (risk_id, assessed_at, inherent_likelihood, inherent_impact, residual_likelihood, residual_impact) VALUES (1, '2026-01-01', 4, 4, 2, 3)",
      ).run();
    });
    const opened = await openWorkspaceDatabase(file);
    try {
      expect(opened.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(3);
      expect(opened.db.prepare('SELECT code FROM services').pluck().all()).toEqual(['SVC-001']);
      expect(opened.db.prepare('SELECT residual_impact FROM risk_assessments').pluck().get()).toBe(3);
      opened.db.prepare("INSERT INTO saved_views (screen, name, state_json, created_at, updated_at) VALUES ('services', 'Live tier 1', '{}', 'x', 'x')").run();
      expect(() =>
        opened.db
          .prepare("INSERT INTO saved_views (screen, name, state_json, created_at, updated_at) VALUES ('services', 'live TIER 1', '{}', 'x', 'x')")
          .run(),
      ).toThrow(/UNIQUE/);
      expect(opened.migrationBackupPath).not.toBeNull();
    } finally {
      closeWorkspaceDatabase(opened.db);
    }
  });
});
