import type Database from 'better-sqlite3';

/**
 * Which tables a team shares and how each record is named across replicas, read from the
 * workspace's own schema so a new column syncs with no change here. A new TABLE must be put in
 * one of the lists below or be a plain table with an `id` key (sync-tables.test.ts fails for a
 * table nobody classified).
 */

/** Tables that stay on this computer: settings of this file, caches rebuilt from shared tables, search indexes. */
export const LOCAL_TABLES = new Set([
  'meta', // this file's own facts (organisation name, last integrity check, …)
  'saved_views', // a person's own views of a list
  'sla_period_results', // kept by triggers from the shared measurements and targets
]);

/**
 * Tables whose integer key means something to people or other rows beyond a local number: the
 * record is named by that key on every replica (one review policy; matrix version 3 is version 3
 * everywhere; subject kinds are words).
 */
const NATURAL_KEY_TABLES = new Set(['review_policy', 'risk_matrices', 'review_subject_kinds']);

/**
 * Columns that hold another record's local id without a foreign key: the table they point to
 * depends on another column (or the column is a JSON list of ids). They are translated to and
 * from row keys like foreign keys.
 */
export type LooseReference = { kind: 'by-column'; column: string; tables: Record<string, string> } | { kind: 'id-list'; table: string };
const SUBJECT_TABLES = { risk: 'risks', sla: 'slas', service: 'services', supplier: 'suppliers' };
/** The audit trail's entity kinds → the table of the record an entry is about. */
export const AUDIT_ENTITY_TABLES: Record<string, string> = {
  ...SUBJECT_TABLES,
  action: 'actions',
  contract: 'contracts',
  management_review: 'management_reviews',
  management_review_decision: 'management_review_decisions',
  measurement: 'sla_measurements',
  outage: 'outages',
  person: 'people',
  review: 'reviews',
};
export const LOOSE_REFERENCES: Record<string, Record<string, LooseReference>> = {
  reviews: { subject_id: { kind: 'by-column', column: 'subject_kind', tables: SUBJECT_TABLES } },
  audit_log: { entity_id: { kind: 'by-column', column: 'entity', tables: AUDIT_ENTITY_TABLES } },
  management_reviews: { attendee_ids_json: { kind: 'id-list', table: 'people' } },
};

export interface SyncTable {
  name: string;
  /** 'id': an integer key handed out locally, named by a row key; 'natural': named by its key's values. */
  kind: 'id' | 'natural';
  /** The key's columns, in order. */
  keyColumns: string[];
  /** Every column, key included. */
  columns: string[];
  /** Columns that are not part of the key: the fields a change can edit. */
  fields: string[];
  /** Foreign-key column → the table it points to (keys of that table are row keys on the wire). */
  references: Map<string, string>;
  /** Columns that may hold NULL (a reference whose record is gone becomes NULL there). */
  nullable: Set<string>;
  /** Column → the text the record is shown by in the sync log and conflicts ("code", "name", …). */
  labelColumn: string | null;
}

const LABEL_COLUMNS = ['code', 'name', 'title', 'label'];

function isSyncedTable(name: string): boolean {
  return !LOCAL_TABLES.has(name) && !name.startsWith('sync_') && !name.startsWith('sqlite_') && !name.startsWith('risks_search');
}

/** The shared tables of this workspace, parents before children (the order records are created in on a new replica). */
export function syncTables(db: Database.Database): SyncTable[] {
  const names = (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").pluck().all() as string[]
  ).filter(isSyncedTable);
  const tables = names.map((name) => describeTable(db, name));
  return parentsFirst(tables);
}

function describeTable(db: Database.Database, name: string): SyncTable {
  const info = db.pragma(`table_info("${name}")`) as Array<{ name: string; type: string; notnull: number; pk: number }>;
  const foreignKeys = db.pragma(`foreign_key_list("${name}")`) as Array<{ table: string; from: string }>;
  const references = new Map(foreignKeys.map((fk) => [fk.from, fk.table]));
  const keyColumns = info
    .filter((column) => column.pk > 0)
    .sort((a, b) => a.pk - b.pk)
    .map((column) => column.name);
  const plainIdKey = keyColumns.length === 1 && keyColumns[0] === 'id' && !references.has('id') && !NATURAL_KEY_TABLES.has(name);
  const columns = info.map((column) => column.name);
  return {
    name,
    kind: plainIdKey ? 'id' : 'natural',
    keyColumns,
    columns,
    fields: columns.filter((column) => !keyColumns.includes(column)),
    references,
    nullable: new Set(info.filter((column) => column.notnull === 0 && column.pk === 0).map((column) => column.name)),
    labelColumn: LABEL_COLUMNS.find((column) => columns.includes(column)) ?? null,
  };
}

/** Order tables so that a table comes after every table it references (self-references aside). */
function parentsFirst(tables: SyncTable[]): SyncTable[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const ordered: SyncTable[] = [];
  const seen = new Set<string>();
  const visit = (table: SyncTable) => {
    if (seen.has(table.name)) return;
    seen.add(table.name);
    const loose = Object.values(LOOSE_REFERENCES[table.name] ?? {}).flatMap((reference) =>
      reference.kind === 'id-list' ? [reference.table] : Object.values(reference.tables),
    );
    for (const parent of [...table.references.values(), ...loose]) {
      const parentTable = byName.get(parent);
      if (parentTable && parent !== table.name) visit(parentTable);
    }
    ordered.push(table);
  };
  for (const table of tables) visit(table);
  return ordered;
}
