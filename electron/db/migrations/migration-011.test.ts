import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { auditFilterSql } from '../../repositories/audit/readable-audit';
import { fileAtVersion } from '../../test/file-at-version';
import { closeWorkspaceDatabase, openWorkspaceDatabase } from '../open-workspace';

/** A file as version 9 of the app left it, with data in it. */
const versionNineFile = () =>
  fileAtVersion(
    9,
    `
    INSERT INTO audit_log (at, actor_id, actor_name, entity, entity_id, action, after_json)
      VALUES ('2026-11-01T10:00:00Z', NULL, 'admin', 'risk', '1', 'create', '{"code":"RSK-001"}'),
             ('2026-11-02T10:00:00Z', NULL, 'admin', 'service', '1', 'create', '{"code":"SVC-001"}');
  `,
  );

/** The query plan of the audit screen's first page for a filter. */
function plan(db: Database.Database, filter: Parameters<typeof auditFilterSql>[0]): string {
  const { where, params } = auditFilterSql(filter);
  const rows = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM audit_log ${where} ORDER BY id DESC LIMIT 101`).all(...params) as Array<{ detail: string }>;
  return rows.map((row) => row.detail).join(' | ');
}

describe('migration 011: audit trail filters', () => {
  it('keeps every entry of a version-9 file and filters by person, kind and date through an index', async () => {
    const { db } = await openWorkspaceDatabase(versionNineFile());
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(11);
      expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(2);
      expect(plan(db, { actorId: 3 })).toContain('USING COVERING INDEX audit_log_actor');
      expect(plan(db, { entity: 'risk' })).toContain('USING COVERING INDEX audit_log_kind');
      expect(plan(db, { entity: 'risk', entityId: '1' })).toMatch(/USING COVERING INDEX audit_log_(entity|kind)/);
      expect(plan(db, { since: '2026-11-02T00:00:00Z', until: '2026-11-03T00:00:00Z' })).toContain('USING COVERING INDEX audit_log_at');
      expect(plan(db, { actorId: 2, entity: 'risk' })).toMatch(/USING (COVERING )?INDEX audit_log_(actor|kind)/);
    } finally {
      closeWorkspaceDatabase(db);
    }
  });
});
