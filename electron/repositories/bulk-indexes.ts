import type Database from 'better-sqlite3';

export interface DeferredIndexes {
  /** Names of the indexes set aside (empty when the write was too small to be worth it). */
  readonly deferred: readonly string[];
  /** Builds every set-aside index again from its own stored SQL. Call once, last, in the same transaction. */
  rebuild(): void;
}

/**
 * For writing many rows in one transaction (an import). Every row written into a table updates
 * each of its indexes at a random place; the risks table has nineteen, so a 100,000-row import
 * spends most of its time walking b-trees. Building an index afterwards sorts the rows once
 * instead, which is several times cheaper — but only when the new rows are at least as many as
 * the rows already there, since a rebuild reads the whole table. So a table's secondary indexes
 * are set aside only when `newRows` ≥ the rows it holds (and ≥ `minimumRows`).
 *
 * UNIQUE indexes stay: they are the database's own guard against duplicates while rows go in.
 * Everything happens inside the caller's transaction, so a rollback brings the indexes back as
 * they were and a commit leaves them exactly as if they had never been dropped (same stored SQL).
 */
export function deferSecondaryIndexes(db: Database.Database, table: string, newRows: number, minimumRows = 5000): DeferredIndexes {
  // Outside a transaction DROP INDEX would commit at once and leave the table without its indexes.
  if (!db.inTransaction) throw new Error('deferSecondaryIndexes must run inside a transaction');
  const existingRows = newRows < minimumRows ? Infinity : (db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number);
  if (newRows < minimumRows || newRows < existingRows) return { deferred: [], rebuild() {} };
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'")
    .all(table) as Array<{ name: string; sql: string }>;
  for (const { name } of indexes) db.exec(`DROP INDEX "${name}"`);
  let done = false;
  return {
    deferred: indexes.map((index) => index.name),
    rebuild() {
      if (done) throw new Error(`The indexes of ${table} have already been rebuilt`);
      done = true;
      for (const { sql } of indexes) db.exec(sql);
    },
  };
}
