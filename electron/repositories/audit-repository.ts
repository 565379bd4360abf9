import type Database from 'better-sqlite3';
import type { AuditEntry, AuditPage } from '../../shared/api/audit-api';

/** Who is making a change: the person chosen as "I am", or the OS account when none is chosen. */
export interface Actor {
  id: number | null;
  name: string;
}

export interface AuditChange {
  entity: string;
  entityId: string | number;
  action: AuditEntry['action'];
  before?: unknown;
  after?: unknown;
}

/** Record one change in the audit trail. Call it inside the write's transaction. */
export function recordAudit(db: Database.Database, actor: Actor, change: AuditChange, at: string): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor_id, actor_name, entity, entity_id, action, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at,
    actor.id,
    actor.name,
    change.entity,
    String(change.entityId),
    change.action,
    change.before === undefined ? null : JSON.stringify(change.before),
    change.after === undefined ? null : JSON.stringify(change.after),
  );
}

interface AuditRow {
  id: number;
  at: string;
  actor_id: number | null;
  actor_name: string;
  entity: string;
  entity_id: string;
  action: AuditEntry['action'];
  before_json: string | null;
  after_json: string | null;
}

/** A page of the audit trail, newest first, optionally for one entity or record. */
export function listAudit(
  db: Database.Database,
  filter: { entity?: string | undefined; entityId?: string | undefined; beforeId?: number | undefined; limit: number },
): AuditPage {
  const where: string[] = [];
  const params: Array<string | number> = [];
  if (filter.entity) {
    where.push('entity = ?');
    params.push(filter.entity);
  }
  if (filter.entityId) {
    where.push('entity_id = ?');
    params.push(filter.entityId);
  }
  if (filter.beforeId) {
    where.push('id < ?');
    params.push(filter.beforeId);
  }
  const sql = `SELECT * FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
  const rows = db.prepare(sql).all(...params, filter.limit + 1) as AuditRow[];
  const page = rows.slice(0, filter.limit);
  return {
    entries: page.map((row) => ({
      id: row.id,
      at: row.at,
      actorId: row.actor_id,
      actorName: row.actor_name,
      entity: row.entity,
      entityId: row.entity_id,
      action: row.action,
      before: row.before_json === null ? null : JSON.parse(row.before_json),
      after: row.after_json === null ? null : JSON.parse(row.after_json),
    })),
    nextBeforeId: rows.length > filter.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
