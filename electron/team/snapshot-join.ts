import type Database from 'better-sqlite3';
import type { ClientBase } from 'pg';
import { deferSecondaryIndexes, type DeferredIndexes } from '../repositories/bulk-indexes';
import { rebuildSlaPeriodResults } from '../repositories/slas/period-results';
import { whileApplying } from './capture-triggers';
import { LOOSE_REFERENCES, type SyncTable } from './sync-tables';
import { syncTables } from './sync-tables';

/** Records fetched from the team database per round trip while joining. */
const SNAPSHOT_PAGE = 20_000;

interface SnapshotRow {
  row_key: string;
  value: Record<string, unknown>;
  version: string;
}

/**
 * A new member's first sync: the team's records as they are now, instead of every change ever
 * made — one consistent read (REPEATABLE READ) of the team's current rows and field versions,
 * applied in ONE SQLite transaction with the pull cursor set to the last change that read saw.
 * A join cut short leaves the file as it was (nothing half-joined); the next sync starts again.
 * References are translated with in-memory maps of the local ids chosen before any row is written.
 */
export async function joinFromSnapshot(db: Database.Database, client: ClientBase): Promise<number> {
  const tables = syncTables(db);
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  try {
    const { rows: last } = await client.query<{ seq: string | null }>('SELECT max(seq) AS seq FROM sl_change_log');
    const cursor = Number(last[0]?.seq ?? 0);
    const keys = new Map<string, Map<string, number>>();
    const pages: Array<{ table: SyncTable; rows: SnapshotRow[] }> = [];
    for (const table of tables) {
      for (let after = ''; ;) {
        const { rows } = await client.query<SnapshotRow>(
          'SELECT row_key, value, version FROM sl_rows WHERE table_name = $1 AND deleted_seq IS NULL AND row_key > $2 ORDER BY row_key LIMIT $3',
          [table.name, after, SNAPSHOT_PAGE],
        );
        if (rows.length === 0) break;
        pages.push({ table, rows });
        after = rows[rows.length - 1]!.row_key;
        if (rows.length < SNAPSHOT_PAGE) break;
      }
    }
    const { rows: fieldVersions } = await client.query<{ table_name: string; row_key: string; field: string; version: string }>(
      'SELECT f.table_name, f.row_key, f.field, f.version FROM sl_field_versions f JOIN sl_rows r USING (table_name, row_key) WHERE r.deleted_seq IS NULL',
    );
    await client.query('COMMIT');
    let written = 0;
    db.transaction(() => {
      whileApplying(db, () => {
        // Every record's local id is chosen first, so references translate in any write order;
        // foreign keys are checked once, at commit.
        assignLocalIds(db, pages, keys);
        db.pragma('defer_foreign_keys = ON');
        for (const table of writeOrder(tables)) {
          const tablePages = pages.filter((page) => page.table.name === table.name);
          const count = tablePages.reduce((sum, page) => sum + page.rows.length, 0);
          if (count === 0) continue;
          const deferred: DeferredIndexes = deferSecondaryIndexes(db, table.name, count);
          for (const page of tablePages) written += writeRecords(db, table, page.rows, keys, tables);
          deferred.rebuild();
        }
        rebuildSlaPeriodResults(db);
        const version = db.prepare('INSERT OR REPLACE INTO sync_field_versions (table_name, row_key, field, version) VALUES (?, ?, ?, ?)');
        for (const row of fieldVersions) version.run(row.table_name, row.row_key, row.field, Number(row.version));
        db.prepare('UPDATE sync_state SET pull_cursor = ? WHERE id = 1').run(cursor);
      });
    })();
    return written;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** A fresh local id for every record with an integer key, above any id the file holds. */
function assignLocalIds(db: Database.Database, pages: Array<{ table: SyncTable; rows: SnapshotRow[] }>, keys: Map<string, Map<string, number>>): void {
  const next = new Map<string, number>();
  for (const { table, rows } of pages) {
    if (table.kind !== 'id') continue;
    const tableKeys = keys.get(table.name) ?? new Map<string, number>();
    keys.set(table.name, tableKeys);
    let id = next.get(table.name) ?? ((db.prepare(`SELECT max(id) FROM "${table.name}"`).pluck().get() as number | null) ?? 0) + 1;
    for (const row of rows) tableKeys.set(row.row_key, id++);
    next.set(table.name, id);
  }
}

/**
 * Parents first, except that SLA measurements go in before their targets: the trigger keeping each
 * SLA's period results then skips every row (no target yet), and the results are built once at
 * the end instead of once per measurement.
 */
function writeOrder(tables: SyncTable[]): SyncTable[] {
  const measurements = tables.find((table) => table.name === 'sla_measurements');
  if (!measurements) return tables;
  const rest = tables.filter((table) => table !== measurements);
  const targets = rest.findIndex((table) => table.name === 'sla_targets');
  return [...rest.slice(0, targets), measurements, ...rest.slice(targets)];
}

function writeRecords(db: Database.Database, table: SyncTable, rows: SnapshotRow[], keys: Map<string, Map<string, number>>, tables: SyncTable[]): number {
  const byName = new Map(tables.map((candidate) => [candidate.name, candidate]));
  const tableKeys = keys.get(table.name) ?? new Map<string, number>();
  const localOf = (target: string, rowKey: unknown) => (typeof rowKey === 'string' ? keys.get(target)?.get(rowKey) : undefined);
  const columns = table.kind === 'id' ? ['id', ...table.fields] : table.columns;
  const sql = `INSERT INTO "${table.name}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  // Natural keys (one review policy, the subject kinds) exist in a fresh file already: the team's win.
  const insert = db.prepare(
    table.kind === 'natural' && table.fields.length > 0
      ? `${sql} ON CONFLICT DO UPDATE SET ${table.fields.map((column) => `"${column}" = excluded."${column}"`).join(', ')}`
      : table.kind === 'natural'
        ? `${sql} ON CONFLICT DO NOTHING`
        : sql,
  );
  const rowKeys = db.prepare('INSERT INTO sync_row_keys (table_name, local_id, row_key, version) VALUES (?, ?, ?, ?)');
  const naturalVersion = db.prepare("INSERT OR REPLACE INTO sync_field_versions (table_name, row_key, field, version) VALUES (?, ?, '*row', ?)");
  const loose = LOOSE_REFERENCES[table.name] ?? {};
  const translate = (column: string, value: unknown, record: Record<string, unknown>): unknown => {
    if (value === null || value === undefined) return null;
    const parent = table.references.get(column);
    if (parent) return byName.get(parent)?.kind === 'id' ? (localOf(parent, value) ?? null) : value;
    const reference = loose[column];
    if (reference?.kind === 'by-column') {
      const target = reference.tables[String(record[reference.column])];
      if (!target || byName.get(target)?.kind !== 'id') return value;
      const id = localOf(target, value);
      return id === undefined ? value : table.name === 'audit_log' ? String(id) : id;
    }
    if (reference?.kind === 'id-list') {
      const list = (Array.isArray(value) ? value : JSON.parse(String(value))) as unknown[];
      return JSON.stringify(list.map((key) => localOf(reference.table, key)).filter((id) => id !== undefined));
    }
    return value;
  };
  for (const row of rows) {
    const record = row.value;
    const id = tableKeys.get(row.row_key);
    const values = columns.map((column) => (column === 'id' && table.kind === 'id' ? id : translate(column, record[column], record)));
    insert.run(...(values as never[]));
    if (table.kind === 'id') {
      rowKeys.run(table.name, id, row.row_key, Number(row.version));
    } else {
      naturalVersion.run(table.name, row.row_key, Number(row.version));
    }
  }
  return rows.length;
}
