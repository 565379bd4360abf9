import type Database from 'better-sqlite3';
import { AUDIT_ENTITY_TABLES, LOOSE_REFERENCES, syncTables, type SyncTable } from './sync-tables';

/**
 * Every change to a shared table is written to the outbox by triggers, in the same transaction as
 * the change, whichever repository, import or demo loader made it — the repositories know nothing
 * of teams. The triggers are TEMP: they exist only on a connection that opened a team workspace,
 * so a single-user workspace (and any other program opening the file) runs exactly as before.
 * `temp.sync_session.applying` is 1 while changes received from the team are applied, so those
 * are not sent back; `at` is the moment of the write (the app's clock, set by the dispatcher).
 */

const withTriggers = new WeakSet<Database.Database>();

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** SQL naming the record of `row` (NEW or OLD) across replicas. */
export function rowKeySql(table: SyncTable, row: 'NEW' | 'OLD', tablesByName: Map<string, SyncTable>): string {
  if (table.kind === 'id') return `(SELECT row_key FROM main.sync_row_keys WHERE table_name = ${quote(table.name)} AND local_id = ${row}.id)`;
  return table.keyColumns
    .map((column) => {
      const parent = table.references.get(column);
      if (parent && tablesByName.get(parent)?.kind === 'id') {
        return `coalesce((SELECT row_key FROM main.sync_row_keys WHERE table_name = ${quote(parent)} AND local_id = ${row}.${ident(column)}), '')`;
      }
      return `CAST(${row}.${ident(column)} AS TEXT)`;
    })
    .join(` || '|' || `);
}

/**
 * SQL giving a column's value in team form: a reference to another record becomes that record's
 * row key at the moment of the write (a local id can be handed out again after a delete, so it
 * must not be translated later).
 */
export function teamValueSql(table: SyncTable, column: string, row: 'NEW' | 'OLD', tablesByName: Map<string, SyncTable>): string {
  const value = `${row}.${ident(column)}`;
  const keyIn = (target: string) => `(SELECT row_key FROM main.sync_row_keys WHERE table_name = ${quote(target)} AND local_id = ${value})`;
  const isIdTable = (name: string) => tablesByName.get(name)?.kind === 'id';
  const parent = table.references.get(column);
  if (parent) return isIdTable(parent) ? keyIn(parent) : value;
  const loose = LOOSE_REFERENCES[table.name]?.[column];
  if (loose?.kind === 'by-column') {
    const cases = Object.entries(loose.tables)
      .filter(([, target]) => isIdTable(target))
      .map(([kind, target]) => `WHEN ${quote(kind)} THEN coalesce(${keyIn(target)}, ${value})`)
      .join(' ');
    return `CASE ${row}.${ident(loose.column)} ${cases} ELSE ${value} END`;
  }
  if (loose?.kind === 'id-list') {
    return `(SELECT json_group_array(row_key) FROM (SELECT k.row_key FROM json_each(${value}) AS j JOIN main.sync_row_keys AS k ON k.table_name = ${quote(loose.table)} AND k.local_id = j.value ORDER BY j.key))`;
  }
  return value;
}

/** The whole record in team form, as a JSON object (a creation's payload). */
export function recordPayloadSql(table: SyncTable, row: 'NEW', tablesByName: Map<string, SyncTable>): string {
  const columns = table.kind === 'id' ? table.fields : table.columns;
  return `json_object(${columns.map((column) => `${quote(column)}, ${teamValueSql(table, column, row, tablesByName)}`).join(', ')})`;
}

function rowVersionSql(table: SyncTable, rowKey: string): string {
  if (table.kind === 'id') return `(SELECT version FROM main.sync_row_keys WHERE table_name = ${quote(table.name)} AND row_key = ${rowKey})`;
  return `(SELECT version FROM main.sync_field_versions WHERE table_name = ${quote(table.name)} AND row_key = ${rowKey} AND field = '*row')`;
}

const NOT_APPLYING = '(SELECT applying FROM temp.sync_session) = 0';
const WRITE_TIME = '(SELECT at FROM temp.sync_session)';

function insertTrigger(table: SyncTable, tablesByName: Map<string, SyncTable>): string {
  const payload = recordPayloadSql(table, 'NEW', tablesByName);
  // SQLite hands out a deleted record's id again when it was the highest: the audit entries of
  // the deleted record then name it by its row key, so they do not move to the new record.
  const auditKinds = Object.entries(AUDIT_ENTITY_TABLES)
    .filter(([, target]) => target === table.name)
    .map(([kind]) => quote(kind));
  const keepAuditOfReusedId =
    table.kind === 'id' && auditKinds.length > 0
      ? `UPDATE main.audit_log SET entity_id = (SELECT row_key FROM main.sync_row_keys WHERE table_name = ${quote(table.name)} AND local_id = NEW.id)
           WHERE entity IN (${auditKinds.join(', ')}) AND entity_id = CAST(NEW.id AS TEXT)
             AND EXISTS (SELECT 1 FROM main.sync_row_keys WHERE table_name = ${quote(table.name)} AND local_id = NEW.id);`
      : '';
  const makeKey =
    table.kind === 'id'
      ? `${keepAuditOfReusedId}
  INSERT OR REPLACE INTO main.sync_row_keys (table_name, local_id, row_key) VALUES (${quote(table.name)}, NEW.id, lower(hex(randomblob(16))));`
      : '';
  return `CREATE TEMP TRIGGER ${ident(`sl_capture_insert_${table.name}`)} AFTER INSERT ON main.${ident(table.name)} WHEN ${NOT_APPLYING}
BEGIN
  ${makeKey}
  INSERT INTO main.sync_outbox (table_name, row_key, field, value_json, base_version, at)
    VALUES (${quote(table.name)}, ${rowKeySql(table, 'NEW', tablesByName)}, '*insert', ${payload}, 0, ${WRITE_TIME});
END;`;
}

function updateTrigger(table: SyncTable, tablesByName: Map<string, SyncTable>): string | null {
  if (table.fields.length === 0) return null;
  const changed = table.fields
    .map(
      (column) =>
        `SELECT ${quote(column)} AS field, json_quote(${teamValueSql(table, column, 'NEW', tablesByName)}) AS value WHERE OLD.${ident(column)} IS NOT NEW.${ident(column)}`,
    )
    .join('\n    UNION ALL ');
  const rowKey = 'ctx.row_key';
  return `CREATE TEMP TRIGGER ${ident(`sl_capture_update_${table.name}`)} AFTER UPDATE ON main.${ident(table.name)} WHEN ${NOT_APPLYING}
BEGIN
  INSERT INTO main.sync_outbox (table_name, row_key, field, value_json, base_version, base_outbox_id, at)
  SELECT ${quote(table.name)}, ${rowKey}, changed.field, changed.value,
    coalesce((SELECT version FROM main.sync_field_versions v WHERE v.table_name = ${quote(table.name)} AND v.row_key = ${rowKey} AND v.field = changed.field),
             ${rowVersionSql(table, rowKey)}, 0),
    (SELECT max(o.id) FROM main.sync_outbox o WHERE o.table_name = ${quote(table.name)} AND o.row_key = ${rowKey} AND o.field IN (changed.field, '*insert') AND o.pushed_seq IS NULL),
    ${WRITE_TIME}
  FROM (${changed}) AS changed, (SELECT ${rowKeySql(table, 'NEW', tablesByName)} AS row_key) AS ctx;
END;`;
}

function deleteTrigger(table: SyncTable, tablesByName: Map<string, SyncTable>): string {
  return `CREATE TEMP TRIGGER ${ident(`sl_capture_delete_${table.name}`)} AFTER DELETE ON main.${ident(table.name)} WHEN ${NOT_APPLYING}
BEGIN
  INSERT INTO main.sync_outbox (table_name, row_key, field, value_json, base_version, at)
    VALUES (${quote(table.name)}, ${rowKeySql(table, 'OLD', tablesByName)}, '*delete', NULL, 0, ${WRITE_TIME});
END;`;
}

/** The capture triggers for every shared table, as SQL. */
export function captureTriggersSql(tables: SyncTable[]): string[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  return tables.flatMap((table) =>
    [insertTrigger(table, byName), updateTrigger(table, byName), deleteTrigger(table, byName)].filter((sql): sql is string => sql !== null),
  );
}

/** Start capturing this connection's changes (a team workspace was opened, published or joined). */
export function installCaptureTriggers(db: Database.Database): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS sync_session (id INTEGER PRIMARY KEY CHECK (id = 1), applying INTEGER NOT NULL DEFAULT 0, at TEXT);
           INSERT OR IGNORE INTO temp.sync_session (id, applying) VALUES (1, 0);`);
  const existing = db.prepare("SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'sl_capture_%'").pluck().all() as string[];
  db.transaction(() => {
    for (const name of existing) db.exec(`DROP TRIGGER temp.${ident(name)}`);
    for (const sql of captureTriggersSql(syncTables(db))) db.exec(sql);
  })();
  withTriggers.add(db);
}

/** Whether this connection captures its changes. */
export function capturesChanges(db: Database.Database): boolean {
  return withTriggers.has(db);
}

/** Stamp the writes that follow with the app's clock (called by the dispatcher before a write). */
export function stampWriteTime(db: Database.Database, now: string): void {
  if (withTriggers.has(db)) db.prepare('UPDATE temp.sync_session SET at = ? WHERE id = 1').run(now);
}

/** Run `work` with capture off: the changes it makes came from the team and must not be sent back. */
export function whileApplying<T>(db: Database.Database, work: () => T): T {
  setApplying(db, true);
  try {
    return work();
  } finally {
    setApplying(db, false);
  }
}

function setApplying(db: Database.Database, applying: boolean): void {
  db.prepare('UPDATE temp.sync_session SET applying = ? WHERE id = 1').run(applying ? 1 : 0);
}

/** `whileApplying` for work that awaits: the caller keeps every other use of the connection out meanwhile. */
export async function whileApplyingAsync<T>(db: Database.Database, work: () => Promise<T>): Promise<T> {
  setApplying(db, true);
  try {
    return await work();
  } finally {
    setApplying(db, false);
  }
}
