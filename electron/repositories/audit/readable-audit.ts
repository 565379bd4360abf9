import type Database from 'better-sqlite3';
import type { AuditEntry, AuditFilter, ReadableAuditEntry, ReadableAuditPage } from '../../../shared/api/audit-api';
import { auditChanges, auditNote, auditReferences, type AuditLookups } from '../../../shared/audit/audit-diff';
import { AUDIT_ENTITIES, auditEntityLabel } from '../../../shared/audit/audit-fields';
import { reviewAuditSummary } from '../../../shared/audit/review-audit-summary';
import { REVIEW_SUBJECT_KINDS } from '../../../shared/domain/review-policy';
import { placeholders } from '../sql-helpers';

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

/** Where each kind of record lives, and which columns name it. */
const RECORD_TABLES: Record<string, { table: string; code: string | null; name: string }> = {
  risk: { table: 'risks', code: 'code', name: 'title' },
  service: { table: 'services', code: 'code', name: 'name' },
  sla: { table: 'slas', code: 'code', name: 'name' },
  supplier: { table: 'suppliers', code: null, name: 'name' },
  contract: { table: 'contracts', code: null, name: 'title' },
  action: { table: 'actions', code: null, name: 'title' },
  person: { table: 'people', code: null, name: 'name' },
  management_review: { table: 'management_reviews', code: null, name: 'title' },
  management_review_decision: { table: 'management_review_decisions', code: null, name: 'title' },
};

/** Kinds whose code a text filter matches ("RSK-042" finds the entries of that risk, even bulk ones). */
const CODED = ['risk', 'service', 'sla'] as const;

const likeText = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The ids a reference field may hold whose name matches the words: people by name, services by code or name, suppliers by name. */
const NAMED_REFERENCES = {
  person: "SELECT id FROM people WHERE name LIKE ? ESCAPE '\\'",
  service: "SELECT id FROM services WHERE code || ' ' || name LIKE ? ESCAPE '\\'",
  supplier: "SELECT id FROM suppliers WHERE name LIKE ? ESCAPE '\\'",
} as const;

/**
 * "Samira" finds "owner: Daniel Kowalski → Samira Haddad": snapshots keep ids, so for each kind of
 * record, each field that refers to a person, service or supplier is compared (before and after)
 * with the ids whose name matches. With the database at hand those ids are looked up first and
 * written in as numbers, and kinds nobody matches are left out (a word naming nobody then costs
 * nothing extra); without it, sub-queries do the same (SQLite runs each once).
 */
function referencedNameSql(like: string, db: Database.Database | undefined): { sql: string | null; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  const ids = new Map<string, string>();
  const asQuery = new Set<string>();
  for (const [kind, query] of Object.entries(NAMED_REFERENCES)) {
    const found = db ? (db.prepare(`${query} LIMIT 501`).pluck().all(like) as number[]) : [];
    // Many matches (a single letter) stay a sub-query rather than a long list of numbers.
    if (!db || found.length > 500) {
      ids.set(kind, query);
      asQuery.add(kind);
    } else if (found.length) ids.set(kind, found.map((id) => String(Math.trunc(id))).join(', '));
  }
  for (const [entity, fields] of Object.entries(AUDIT_ENTITIES)) {
    const refs = Object.entries(fields.kinds ?? {}).filter(([, kind]) => ids.has(kind));
    if (!refs.length) continue;
    const tests = refs.flatMap(([field, kind]) => {
      if (asQuery.has(kind)) params.push(like, like);
      const list = ids.get(kind)!;
      return [`json_extract(before_json, '$.${field}') IN (${list})`, `json_extract(after_json, '$.${field}') IN (${list})`];
    });
    parts.push(`(entity = '${entity}' AND (${tests.join(' OR ')}))`);
  }
  return { sql: parts.length ? parts.join(' OR ') : null, params };
}

/**
 * The WHERE clause of a filter. Each filter has an index to use (migration 010): the actor with
 * (actor_id, id), a kind with (entity, id), a record with (entity, entity_id, id), a date range
 * with (at); the text filter is the one that reads the snapshots, within what the others left.
 */
export function auditFilterSql(filter: AuditFilter, db?: Database.Database): { where: string; params: Array<string | number> } {
  const clauses: string[] = [];
  const params: Array<string | number> = [];
  if (filter.actorId !== undefined) {
    clauses.push('actor_id = ?');
    params.push(filter.actorId);
  }
  const subjectKind = REVIEW_SUBJECT_KINDS.find((kind) => kind === filter.entity);
  if (filter.withReviews && filter.entityId && subjectKind) {
    // A record's History: its own entries and those of its reviews (completed, approved, rejected).
    clauses.push(
      "((entity = ? AND entity_id = ?) OR (entity = 'review' AND entity_id IN (SELECT CAST(id AS TEXT) FROM reviews WHERE subject_kind = ? AND subject_id = ?)))",
    );
    params.push(subjectKind, filter.entityId, subjectKind, Number(filter.entityId));
  } else {
    if (filter.entity) {
      clauses.push('entity = ?');
      params.push(filter.entity);
    }
    if (filter.entityId) {
      clauses.push('entity_id = ?');
      params.push(filter.entityId);
    }
  }
  if (filter.since) {
    clauses.push('at >= ?');
    params.push(filter.since);
  }
  if (filter.until) {
    clauses.push('at < ?');
    params.push(filter.until);
  }
  if (filter.text) {
    const like = likeText(filter.text);
    const codes = CODED.map(
      (kind) => `(entity = '${kind}' AND entity_id IN (SELECT CAST(id AS TEXT) FROM ${RECORD_TABLES[kind]!.table} WHERE code LIKE ? ESCAPE '\\'))`,
    );
    const named = referencedNameSql(like, db);
    clauses.push(
      `(actor_name LIKE ? ESCAPE '\\' OR before_json LIKE ? ESCAPE '\\' OR after_json LIKE ? ESCAPE '\\' OR ${codes.join(' OR ')}${named.sql ? ` OR ${named.sql}` : ''})`,
    );
    params.push(like, like, like, ...CODED.map(() => like), ...named.params);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

const parse = (json: string | null): unknown => (json === null ? null : JSON.parse(json));

function namesById(db: Database.Database, sql: (list: string) => string, ids: Set<number>): Map<number, string> {
  if (ids.size === 0) return new Map();
  const list = [...ids];
  const rows = db.prepare(sql(placeholders(list.length))).all(...list) as Array<{ id: number; label: string }>;
  return new Map(rows.map((row) => [row.id, row.label]));
}

function snapshotText(snapshot: unknown, key: string): string | null {
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const value = (snapshot as Record<string, unknown>)[key];
  return typeof value === 'string' && value ? value : null;
}

/** Resolve a page of raw rows: one query per kind of record and per kind of reference, never per row. */
export function resolveAuditRows(db: Database.Database, rows: AuditRow[]): ReadableAuditEntry[] {
  const parsed = rows.map((row) => ({ row, before: parse(row.before_json), after: parse(row.after_json) }));

  const records = new Map<string, { code: string | null; name: string }>();
  const idsByKind = new Map<string, Set<number>>();
  const refs = { person: new Set<number>(), service: new Set<number>(), supplier: new Set<number>() };
  for (const { row, before, after } of parsed) {
    if (RECORD_TABLES[row.entity]) {
      const ids = idsByKind.get(row.entity) ?? new Set<number>();
      ids.add(Number(row.entity_id));
      idsByKind.set(row.entity, ids);
    }
    const found = auditReferences(row.entity, [before, after]);
    for (const kind of ['person', 'service', 'supplier'] as const) for (const id of found[kind]) refs[kind].add(id);
  }
  for (const [kind, ids] of idsByKind) {
    const { table, code, name } = RECORD_TABLES[kind]!;
    const list = [...ids].filter(Number.isInteger);
    if (list.length === 0) continue;
    const found = db
      .prepare(`SELECT id, ${code ?? 'NULL'} AS code, ${name} AS name FROM ${table} WHERE id IN (${placeholders(list.length)})`)
      .all(...list) as Array<{
      id: number;
      code: string | null;
      name: string;
    }>;
    for (const record of found) records.set(`${kind}:${record.id}`, { code: record.code, name: record.name });
  }
  const people = namesById(db, (list) => `SELECT id, name AS label FROM people WHERE id IN (${list})`, refs.person);
  const services = namesById(db, (list) => `SELECT id, code || ' ' || name AS label FROM services WHERE id IN (${list})`, refs.service);
  const suppliers = namesById(db, (list) => `SELECT id, name AS label FROM suppliers WHERE id IN (${list})`, refs.supplier);
  const lookups: AuditLookups = { person: (id) => people.get(id), service: (id) => services.get(id), supplier: (id) => suppliers.get(id) };

  return parsed.map(({ row, before, after }) => {
    const current = records.get(`${row.entity}:${row.entity_id}`);
    // A deleted record keeps the code and name its last snapshot had.
    const last = after ?? before;
    return {
      id: row.id,
      at: row.at,
      actorId: row.actor_id,
      actorName: row.actor_name,
      action: row.action,
      entity: row.entity,
      entityLabel: auditEntityLabel(row.entity),
      entityId: row.entity_id,
      recordCode: current?.code ?? snapshotText(last, 'code') ?? snapshotText(before, 'code'),
      recordName:
        current?.name ??
        snapshotText(last, 'title') ??
        snapshotText(last, 'name') ??
        snapshotText(last, 'subject') ??
        snapshotText(before, 'title') ??
        snapshotText(before, 'name'),
      recordExists: current !== undefined,
      changes: auditChanges(row.entity, row.action, before, after, lookups),
      note: auditNote(after),
      summary: reviewAuditSummary(row.entity, row.action, before, after, lookups),
      before,
      after,
    };
  });
}

/** A page of the filtered trail, newest first, resolved for reading. Keyset paging on id keeps every page an index range. */
export function searchAudit(db: Database.Database, input: { filter: AuditFilter; beforeId?: number | undefined; limit: number }): ReadableAuditPage {
  const { where, params } = auditFilterSql(input.filter, db);
  const paging = input.beforeId !== undefined ? `${where ? `${where} AND` : 'WHERE'} id < ?` : where;
  // Ids first: a date range then reads only its index (covering), sorting ids rather than whole rows.
  const ids = db
    .prepare(`SELECT id FROM audit_log ${paging} ORDER BY id DESC LIMIT ?`)
    .pluck()
    .all(...params, ...(input.beforeId !== undefined ? [input.beforeId] : []), input.limit + 1) as number[];
  const pageIds = ids.slice(0, input.limit);
  const rows = pageIds.length
    ? (db.prepare(`SELECT * FROM audit_log WHERE id IN (${placeholders(pageIds.length)}) ORDER BY id DESC`).all(...pageIds) as AuditRow[])
    : [];
  return {
    entries: resolveAuditRows(db, rows),
    nextBeforeId: ids.length > input.limit ? (pageIds[pageIds.length - 1] ?? null) : null,
  };
}

/**
 * Every entry matching the filter, newest first, resolved a batch at a time (for the CSV): the ids
 * in one indexed query, then each batch's rows and names, so only one batch is parsed at once.
 */
export function forEachAuditBatch(db: Database.Database, filter: AuditFilter, batchSize: number, visit: (entries: ReadableAuditEntry[]) => void): number {
  const { where, params } = auditFilterSql(filter, db);
  const ids = db
    .prepare(`SELECT id FROM audit_log ${where} ORDER BY id DESC`)
    .pluck()
    .all(...params) as number[];
  const full = db.prepare(`SELECT * FROM audit_log WHERE id IN (${placeholders(batchSize)}) ORDER BY id DESC`);
  for (let start = 0; start < ids.length; start += batchSize) {
    const batch = ids.slice(start, start + batchSize);
    const rows = (
      batch.length === batchSize
        ? full.all(...batch)
        : db.prepare(`SELECT * FROM audit_log WHERE id IN (${placeholders(batch.length)}) ORDER BY id DESC`).all(...batch)
    ) as AuditRow[];
    visit(resolveAuditRows(db, rows));
  }
  return ids.length;
}
