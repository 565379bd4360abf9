import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeAppWithWorkspace } from '../test/temp-workspace';
import { populateDemoWorkspace } from '../demo/demo-workspace';
import { slaPeriodResultsDrift } from '../repositories/slas/period-results';
import { joinFromSnapshot } from './snapshot-join';
import { syncTables } from './sync-tables';
import { emptyReplica, publishedReplica, sharedState, type TestReplica, replicasOnThrowawayCluster } from './test/team-replicas';

const { newTeam, replicas } = replicasOnThrowawayCluster();

async function demoTeam(): Promise<{ url: string; alice: TestReplica }> {
  const url = await newTeam();
  const alice = await publishedReplica('alice', url, (db) => populateDemoWorkspace(db, new Date('2026-11-24T09:00:00Z')));
  replicas.push(alice);
  return { url, alice };
}

async function newMember(name: string, url: string): Promise<TestReplica> {
  const replica = await emptyReplica(name, url);
  replicas.push(replica);
  return replica;
}

/** Each SLA's monthly results, named by the SLA's row key (local ids differ between replicas). */
const periodResults = (db: Database.Database) =>
  db
    .prepare(
      `SELECT k.row_key, p.period, p.worst_rank, p.measured, p.breached FROM sla_period_results p
         JOIN sync_row_keys k ON k.table_name = 'slas' AND k.local_id = p.sla_id ORDER BY k.row_key, p.period`,
    )
    .all();

/** The file's schema (tables, indexes, triggers) as SQL: what a join sets aside must come back exactly. */
const schema = (db: Database.Database) =>
  db.prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_stat%' ORDER BY type, name").all();

/** The schema of a workspace file as the app creates it. */
async function freshSchema(): Promise<unknown[]> {
  const { app } = await makeAppWithWorkspace();
  const sql = schema(app.db);
  app.close();
  return sql;
}

describe("a new member's first sync takes the team's records as they are now", () => {
  it('in pages of any size: seven records a page gives every record, the period results and the search, and the schema untouched', async () => {
    const { url, alice } = await demoTeam();
    const bob = await newMember('bob', url);
    const received = await joinFromSnapshot(bob.db, bob.client, { pageSize: 7 });

    expect(received).toBeGreaterThan(1000);
    expect(sharedState(bob.db)).toEqual(sharedState(alice.db));
    expect(periodResults(bob.db)).toEqual(periodResults(alice.db));
    expect(periodResults(bob.db).length).toBeGreaterThan(0);
    expect(slaPeriodResultsDrift(bob.db)).toBe(0);
    const search = "SELECT count(*) FROM risks_search WHERE risks_search MATCH 'network'";
    expect(bob.db.prepare(search).pluck().get()).toBe(alice.db.prepare(search).pluck().get());
    expect(bob.db.prepare(search).pluck().get()).toBeGreaterThan(0);
    // Indexes, the search trigger and the period-results trigger are back as the migrations made them.
    expect(schema(bob.db)).toEqual(await freshSchema());
    expect(bob.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(bob.db.pragma('foreign_key_check')).toEqual([]);
    // It follows the log from the last change the read saw: the next sync brings nothing again.
    const { rows } = await bob.client.query<{ seq: string }>('SELECT max(seq)::text AS seq FROM sl_change_log');
    expect(bob.db.prepare('SELECT pull_cursor FROM sync_state').pluck().get()).toBe(Number(rows[0]!.seq));
    expect(await bob.sync()).toEqual({ sent: 0, received: 0, conflicts: 0 });
    // The page cache the join took is handed back.
    expect(bob.db.pragma('cache_size', { simple: true })).toBe(-65536);
  });

  it('a record that cannot be written stops the join with the file exactly as it was; once mended, the join completes', async () => {
    const { url, alice } = await demoTeam();
    // Break one record of the table written last, so every other table has been written first.
    const tables = syncTables(alice.db).filter((table) => (alice.db.prepare(`SELECT count(*) FROM "${table.name}"`).pluck().get() as number) > 0);
    const last = tables[tables.length - 1]!;
    const required = last.fields.find((column) => !last.nullable.has(column))!;
    const broken = (
      await alice.client.query<{ row_key: string }>('SELECT min(row_key) AS row_key FROM sl_rows WHERE table_name = $1 AND deleted_seq IS NULL', [last.name])
    ).rows[0]!.row_key;
    const setValue = (value: string) =>
      alice.client.query(`UPDATE sl_rows SET value = jsonb_set(value, $1, $2::jsonb) WHERE table_name = $3 AND row_key = $4`, [
        `{${required}}`,
        value,
        last.name,
        broken,
      ]);
    const original = (
      await alice.client.query<{ value: string }>('SELECT (value -> $1)::text AS value FROM sl_rows WHERE table_name = $2 AND row_key = $3', [
        required,
        last.name,
        broken,
      ])
    ).rows[0]!.value;
    await setValue('null');

    const bob = await newMember('bob', url);
    const before = { shared: sharedState(bob.db), schema: schema(bob.db) };
    await expect(joinFromSnapshot(bob.db, bob.client, { pageSize: 7 })).rejects.toThrow(/NOT NULL/);
    expect(sharedState(bob.db)).toEqual(before.shared);
    expect(schema(bob.db)).toEqual(before.schema);
    expect(bob.db.prepare('SELECT count(*) FROM sync_row_keys').pluck().get()).toBe(0);
    expect(bob.db.prepare('SELECT pull_cursor FROM sync_state').pluck().get()).toBe(0);
    expect(bob.db.inTransaction).toBe(false);
    expect(bob.db.pragma('cache_size', { simple: true })).toBe(-65536);
    // Changes made afterwards are captured again (the join's "applying" flag is off).
    expect(bob.db.prepare('SELECT applying FROM temp.sync_session').pluck().get()).toBe(0);

    await setValue(original);
    await joinFromSnapshot(bob.db, bob.client, { pageSize: 7 });
    expect(sharedState(bob.db)).toEqual(sharedState(alice.db));
  });
});
