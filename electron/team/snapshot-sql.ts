import type Database from 'better-sqlite3';
import { snapshotColumns } from './snapshot-read';
import { LOOSE_REFERENCES, type SyncTable } from './sync-tables';

/**
 * The statements a join writes snapshot pages with. Each reads a whole page of JSON text
 * (`[[row_key, version, …values], …]`, see snapshot-read.ts) with `jsonb_each`, so a page of 20,000
 * records is one statement and no record passes through JavaScript. `jsonb_each`, not `json_each`:
 * it hands each element over in SQLite's binary JSON, so reading its columns parses nothing again
 * (with text, every `->>` re-parsed the whole record: five times slower on the risks). References arrive as row
 * keys and are translated to local ids through `sync_row_keys`, which already holds the records
 * they point to (tables are written parents first, and a page's own keys just before it).
 */

/** The local id of `table`'s record named by the row key `rowKey` (NULL when it has none). */
const localId = (table: string, rowKey: string) => `(SELECT k.local_id FROM sync_row_keys AS k WHERE k.row_key = ${rowKey} AND k.table_name = '${table}')`;

/** `sync_row_keys` rows for a page of records, local ids counting up from the second parameter. */
export const ROW_KEYS_SQL = 'INSERT INTO sync_row_keys (table_name, local_id, row_key, version) SELECT ?, ? + key, value ->> 0, value ->> 1 FROM jsonb_each(?)';

/** The row version of each record of a page of a table named by its own key values (no `sync_row_keys` entry). */
export const ROW_VERSIONS_SQL =
  "INSERT OR REPLACE INTO sync_field_versions (table_name, row_key, field, version) SELECT ?, value ->> 0, '*row', value ->> 1 FROM jsonb_each(?)";

/** The team's field versions (`[[table, row_key, field, version], …]`). */
export const FIELD_VERSIONS_SQL =
  'INSERT OR REPLACE INTO sync_field_versions (table_name, row_key, field, version) SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM jsonb_each(?)';

/**
 * INSERT … SELECT writing one page of `table`'s records. Parameters: for a table with local ids, the
 * page's first id, then the page's JSON; otherwise the page's JSON only.
 */
export function recordPageSql(db: Database.Database, table: SyncTable, byName: Map<string, SyncTable>): string {
  const columns = snapshotColumns(table);
  /** A column of the record in the current page element (after its row key and version). */
  const field = (column: string) => `j.value ->> ${columns.indexOf(column) + 2}`;
  const textColumns = new Set(
    (db.pragma(`table_info("${table.name}")`) as Array<{ name: string; type: string }>)
      .filter((column) => column.type.toUpperCase() === 'TEXT')
      .map((column) => column.name),
  );
  const loose = LOOSE_REFERENCES[table.name] ?? {};
  const value = (column: string): string => {
    const parent = table.references.get(column);
    if (parent) return byName.get(parent)?.kind === 'id' ? localId(parent, field(column)) : field(column);
    const reference = loose[column];
    if (reference?.kind === 'by-column') {
      // The table depends on another column ("entity" of an audit entry); a key of no known record stays as it came.
      const cases = Object.entries(reference.tables)
        .filter(([, target]) => byName.get(target)?.kind === 'id')
        .map(([kind, target]) => {
          const id = localId(target, field(column));
          return `WHEN '${kind}' THEN coalesce(${textColumns.has(column) ? `CAST(${id} AS TEXT)` : id}, ${field(column)})`;
        });
      return `CASE ${field(reference.column)} ${cases.join(' ')} ELSE ${field(column)} END`;
    }
    if (reference?.kind === 'id-list') {
      // A JSON list of row keys (or its text) → the JSON list of local ids, in order, unknown keys left out.
      return `CASE WHEN ${field(column)} IS NULL THEN NULL ELSE (SELECT json_group_array(k.local_id ORDER BY l.key) FROM json_each(${field(column)}) AS l
        CROSS JOIN sync_row_keys AS k ON k.row_key = l.value AND k.table_name = '${reference.table}') END`;
    }
    return field(column);
  };
  if (table.kind === 'id') {
    // The record's own local id is the page's first id plus its place in the page, as ROW_KEYS_SQL
    // gave it from the same page: no lookup for it.
    return `INSERT INTO "${table.name}" (${['id', ...columns].map((column) => `"${column}"`).join(', ')})
      SELECT ? + j.key, ${columns.map(value).join(', ')} FROM jsonb_each(?) AS j`;
  }
  const insert = `INSERT INTO "${table.name}" (${columns.map((column) => `"${column}"`).join(', ')})
    SELECT ${columns.map(value).join(', ')} FROM jsonb_each(?) AS j WHERE true`;
  // Natural keys (one review policy, the subject kinds) exist in a fresh file already: the team's win.
  if (table.fields.length === 0) return `${insert} ON CONFLICT DO NOTHING`;
  return `${insert} ON CONFLICT DO UPDATE SET ${table.fields.map((column) => `"${column}" = excluded."${column}"`).join(', ')}`;
}
