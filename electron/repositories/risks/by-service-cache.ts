import type Database from 'better-sqlite3';
import { statement } from './statements';

/**
 * The last few whole by-service answers per workspace, so the screen's later pages (and a change
 * of order) slice a list already built instead of grouping ~200,000 risk–service links again.
 * An entry is only used while the data is exactly as it was: `total_changes()` moves with every
 * row this connection writes, `data_version` with every commit of another connection, and the
 * business date is part of the key (filters such as "review overdue" depend on it).
 */
const KEEP = 4;
const cache = new WeakMap<Database.Database, Map<string, unknown>>();

function dataStamp(db: Database.Database): string {
  const row = statement(db, 'SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version').get() as {
    changes: number;
    version: number;
  };
  return `${row.changes}:${row.version}`;
}

/** The value built for `key` on the data as it is now, built (and kept) when there is none. */
export function cachedByService<T>(db: Database.Database, key: string, build: () => T): T {
  const fullKey = `${dataStamp(db)}|${key}`;
  let entries = cache.get(db);
  if (!entries) {
    entries = new Map();
    cache.set(db, entries);
  }
  if (entries.has(fullKey)) {
    const value = entries.get(fullKey) as T;
    // Most recently used last, so the oldest goes first.
    entries.delete(fullKey);
    entries.set(fullKey, value);
    return value;
  }
  const value = build();
  entries.set(fullKey, value);
  while (entries.size > KEEP) entries.delete(entries.keys().next().value!);
  return value;
}

/** Forgets every kept answer of a workspace (benchmarks time the cold first page with it). */
export function forgetByService(db: Database.Database): void {
  cache.delete(db);
}
