import type { ClientBase } from 'pg';
import type { SyncTable } from './sync-tables';

/** Records fetched from the team database per round trip while joining. */
export const SNAPSHOT_PAGE = 20_000;

/**
 * One page of a table's current records, kept as JSON text for SQLite to read with `jsonb_each`:
 * parsing a million records into JavaScript objects only to bind them back column by column cost
 * more than everything else in a join together.
 */
export interface SnapshotPage {
  table: SyncTable;
  /** `[[row_key, version, …values], …]`, the values in team form in `snapshotColumns` order. */
  records: string;
  count: number;
}

/** The columns a snapshot record carries, in order after its row key and version (an id is local, so not among them). */
export function snapshotColumns(table: SyncTable): string[] {
  return table.kind === 'id' ? table.fields : table.columns;
}

const cursorName = (index: number) => `sl_join_${index}`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Start a REPEATABLE READ transaction on the team database, so every page read until `COMMIT`
 * comes from the same moment however long the join takes, with one cursor per table. Answers the
 * last change that moment holds (a new member follows the log from there) and how many current
 * records each table has.
 */
export async function beginSnapshot(client: ClientBase, tables: SyncTable[]): Promise<{ cursor: number; counts: Map<string, number> }> {
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  // Plan the cursors for reading everything, not for the first rows: a table's records are read
  // in the order they lie on disk instead of jumping around the heap in row-key order.
  await client.query('SET LOCAL cursor_tuple_fraction = 1');
  const { rows: last } = await client.query<{ seq: string | null }>('SELECT max(seq) AS seq FROM sl_change_log');
  const { rows: counts } = await client.query<{ table_name: string; count: string }>(
    'SELECT table_name, count(*) AS count FROM sl_rows WHERE deleted_seq IS NULL GROUP BY table_name',
  );
  for (const [index, table] of tables.entries()) {
    // Each record as a JSON array in column order: SQLite reads an array element by position
    // several times faster than an object's member by name. `::text` keeps node-postgres from
    // parsing the JSON.
    const elements = ['row_key', 'version', ...snapshotColumns(table).map((column) => `value -> ${literal(column)}`)];
    await client.query(
      `DECLARE ${cursorName(index)} NO SCROLL CURSOR FOR
         SELECT json_build_array(${elements.join(', ')})::text AS record
           FROM sl_rows WHERE table_name = ${literal(table.name)} AND deleted_seq IS NULL`,
    );
  }
  return { cursor: Number(last[0]?.seq ?? 0), counts: new Map(counts.map((row) => [row.table_name, Number(row.count)])) };
}

/** `[[table_name, row_key, field, version], …]` of every field edited after its record was created. */
export async function readFieldVersions(client: ClientBase): Promise<string> {
  const { rows } = await client.query<{ entry: string }>(
    `SELECT json_build_array(f.table_name, f.row_key, f.field, f.version)::text AS entry
       FROM sl_field_versions f JOIN sl_rows r USING (table_name, row_key) WHERE r.deleted_seq IS NULL`,
  );
  return jsonArray(rows.map((row) => row.entry));
}

/**
 * Every page of every table (the tables given to `beginSnapshot`, in that order). The next page
 * is asked for before a page is handed over, so PostgreSQL prepares it while the caller writes
 * this one: the two run on different cores.
 */
export async function* snapshotPages(client: ClientBase, tables: SyncTable[], pageSize: number): AsyncGenerator<SnapshotPage> {
  let index = 0;
  let next: Promise<SnapshotPage> | null = tables.length > 0 ? fetchPage(client, tables[0]!, 0, pageSize) : null;
  while (next) {
    const page: SnapshotPage = await next;
    if (page.count < pageSize) index += 1;
    next = index < tables.length ? fetchPage(client, tables[index]!, index, pageSize) : null;
    if (page.count > 0) yield page;
  }
}

function fetchPage(client: ClientBase, table: SyncTable, index: number, pageSize: number): Promise<SnapshotPage> {
  // Rows as arrays: one string each, no object per row.
  const read = client.query<[string]>({ text: `FETCH ${pageSize} FROM ${cursorName(index)}`, rowMode: 'array' }).then(({ rows }) => ({
    table,
    records: jsonArray(rows.map((row) => row[0])),
    count: rows.length,
  }));
  // Asked for ahead of need: if the join stops first, the answer (or failure) has nobody waiting.
  read.catch(() => undefined);
  return read;
}

function jsonArray(elements: string[]): string {
  return `[${elements.join(',')}]`;
}
