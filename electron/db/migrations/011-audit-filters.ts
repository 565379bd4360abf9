import type { Migration } from './migration';

/**
 * Indexes for the audit screen's filters, newest first, at 100,000 risks and their changes: by
 * the person who made the change, by kind of record (a kind alone otherwise sorts every entry of
 * that kind) and by date range. One record's history already has (entity, entity_id, id).
 */
export const migration011AuditFilters: Migration = {
  version: 11,
  name: 'Audit trail filters: by person, kind and date',
  up(db) {
    db.exec(`
      CREATE INDEX audit_log_actor ON audit_log (actor_id, id);
      CREATE INDEX audit_log_kind ON audit_log (entity, id);
      CREATE INDEX audit_log_at ON audit_log (at);
    `);
  },
};
