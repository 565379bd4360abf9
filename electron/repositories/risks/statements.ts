import type Database from 'better-sqlite3';

const caches = new WeakMap<Database.Database, Map<string, Database.Statement>>();

/**
 * A prepared statement for this connection, compiled once and reused: the register's queries run
 * on every scroll, and compiling them each time is a measurable share of a 100,000-row page.
 * Callers must not change a cached statement's mode (pluck, raw, expand).
 */
export function statement(db: Database.Database, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    // Filters make many shapes of SQL; keep the cache bounded.
    if (cache.size > 500) cache.clear();
    cache.set(sql, prepared);
  }
  return prepared;
}
