import type Database from 'better-sqlite3';
import type { ClientBase } from 'pg';
import { deferSecondaryIndexes } from '../repositories/bulk-indexes';
import { deferRiskSearchIndex } from '../repositories/risks/risk-search-bulk';
import { deferSlaPeriodResults } from '../repositories/slas/period-results';
import { whileApplyingAsync } from './capture-triggers';
import { SNAPSHOT_PAGE, beginSnapshot, readFieldVersions, snapshotPages, type SnapshotPage } from './snapshot-read';
import { FIELD_VERSIONS_SQL, ROW_KEYS_SQL, ROW_VERSIONS_SQL, recordPageSql } from './snapshot-sql';
import { syncTables, type SyncTable } from './sync-tables';

/**
 * A new member's first sync: the team's records as they are now, instead of every change ever
 * made. One consistent read of the team database (REPEATABLE READ) is written into ONE SQLite
 * transaction page by page as it arrives, with the pull cursor set to the last change that read
 * saw. A join cut short leaves the file as it was (nothing half-joined).
 *
 * The SQLite transaction stays open across the reads, so nothing else may use this connection
 * meanwhile: the app joins into a file it has not opened yet (TeamService.join).
 */
export interface JoinOptions {
  /** Records per page read from the team database (tests use small pages). */
  pageSize?: number;
  /** Told how many records are written so far, of how many, after each page. */
  onProgress?: (written: number, total: number) => void;
}

export async function joinFromSnapshot(db: Database.Database, client: ClientBase, options: JoinOptions = {}): Promise<number> {
  const pageSize = options.pageSize ?? SNAPSHOT_PAGE;
  // Parents first: a record's references are translated through the local ids of records
  // already written (sync_tables.test.ts checks no shared table points at itself).
  const tables = syncTables(db);
  const { cursor, counts } = await beginSnapshot(client, tables);
  try {
    const records = [...counts.values()].reduce((sum, count) => sum + count, 0);
    const onPage = (written: number) => options.onProgress?.(written, records);
    onPage(0);
    const written = await withJoinCache(db, records, () =>
      inOneTransaction(db, () =>
        whileApplyingAsync(db, async () => {
          db.pragma('defer_foreign_keys = ON');
          const periodResults = deferSlaPeriodResults(db);
          const count = await writeRecords(db, client, tables, counts, { pageSize, onPage });
          periodResults.rebuild();
          db.prepare(FIELD_VERSIONS_SQL).run(await readFieldVersions(client));
          db.prepare('UPDATE sync_state SET pull_cursor = ? WHERE id = 1').run(cursor);
          return count;
        }),
      ),
    );
    await client.query('COMMIT');
    return written;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function inOneTransaction<T>(db: Database.Database, work: () => Promise<T>): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** Largest page cache a join may take, in KiB (SQLite's negative cache_size), and the bytes assumed per record. */
const JOIN_CACHE_LIMIT_KIB = 1024 * 1024;
const BYTES_PER_RECORD = 400;

/**
 * Keep the pages the join writes in memory until it commits. With the workspace's usual 64 MB
 * the cache overflows a few seconds into a large join, and from then on every lookup of a row key
 * reads a page back from disk (the keys are random, so there is no locality to save it): a
 * third of the 100,000-risk join. The cache is put back afterwards and the memory handed back.
 */
async function withJoinCache<T>(db: Database.Database, records: number, work: () => Promise<T>): Promise<T> {
  const before = db.pragma('cache_size', { simple: true }) as number;
  const wanted = -Math.min(JOIN_CACHE_LIMIT_KIB, Math.ceil((records * BYTES_PER_RECORD) / 1024));
  if (before >= 0 || wanted >= before) return work();
  db.pragma(`cache_size = ${wanted}`);
  try {
    return await work();
  } finally {
    db.pragma(`cache_size = ${before}`);
    db.pragma('shrink_memory');
  }
}

/** A table being written: its indexes (and the risks' search index) set aside until its last page. */
interface TableInWriting {
  table: SyncTable;
  write(page: SnapshotPage): void;
  finish(): void;
}

async function writeRecords(
  db: Database.Database,
  client: ClientBase,
  tables: SyncTable[],
  counts: Map<string, number>,
  { pageSize, onPage }: { pageSize: number; onPage: (written: number) => void },
): Promise<number> {
  const byName = new Map(tables.map((table) => [table.name, table]));
  let current: TableInWriting | null = null;
  let written = 0;
  for await (const page of snapshotPages(client, tables, pageSize)) {
    if (current?.table !== page.table) {
      current?.finish();
      current = startTable(db, page.table, counts.get(page.table.name) ?? 0, byName);
    }
    current.write(page);
    written += page.count;
    onPage(written);
  }
  current?.finish();
  return written;
}

function startTable(db: Database.Database, table: SyncTable, count: number, byName: Map<string, SyncTable>): TableInWriting {
  const indexes = deferSecondaryIndexes(db, table.name, count);
  const search = table.name === 'risks' ? deferRiskSearchIndex(db) : null;
  const insert = db.prepare(recordPageSql(db, table, byName));
  const rowKeys = db.prepare(ROW_KEYS_SQL);
  const versions = db.prepare(ROW_VERSIONS_SQL);
  // Fresh local ids above any the file holds (a new file has none in these tables).
  let nextId = table.kind === 'id' ? ((db.prepare(`SELECT max(id) FROM "${table.name}"`).pluck().get() as number | null) ?? 0) + 1 : 0;
  return {
    table,
    write(page) {
      if (table.kind === 'id') {
        rowKeys.run(table.name, nextId, page.records);
        insert.run(nextId, page.records);
        nextId += page.count;
      } else {
        insert.run(page.records);
        versions.run(table.name, page.records);
      }
    },
    finish() {
      search?.catchUp();
      indexes.rebuild();
    },
  };
}
