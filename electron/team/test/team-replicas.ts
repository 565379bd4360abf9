import type Database from 'better-sqlite3';
import pg from 'pg';
import type { MethodInput, MethodName, MethodResult } from '../../../shared/api/contract';
import { dispatch } from '../../api/dispatch';
import type { AppController } from '../../app/app-controller';
import { makeAppWithWorkspace } from '../../test/temp-workspace';
import { syncOnce, wireValuesFor, type SyncResult } from '../replica-sync';
import { syncTables } from '../sync-tables';
import { joinAsReplica, publishWorkspace } from '../team-setup';
import { afterAll, beforeAll } from 'vitest';
import { startPgCluster, type PgCluster } from './pg-cluster';

/** One member's replica in a test: an app with its own workspace file, and its own connection to the team database. */
export interface TestReplica {
  name: string;
  app: AppController;
  db: Database.Database;
  client: pg.Client;
  sync(): Promise<SyncResult>;
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodResult<M>>;
}

let databases = 0;

/** A new empty database on the cluster for one team. */
export async function newTeamDatabase(cluster: PgCluster): Promise<string> {
  const name = `team_${process.pid}_${++databases}`;
  const admin = new pg.Client({ connectionString: cluster.url('postgres') });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return cluster.url(name);
}

/**
 * For a test file of replicas: a throwaway cluster started before its tests and stopped after
 * them, the replicas put in `replicas` closed first. `newTeam()` makes an empty team database.
 */
export function replicasOnThrowawayCluster(): { newTeam(): Promise<string>; replicas: TestReplica[] } {
  let cluster: PgCluster | undefined;
  const replicas: TestReplica[] = [];
  beforeAll(async () => {
    cluster = await startPgCluster();
  });
  afterAll(async () => {
    await closeReplicas(replicas);
    await cluster?.stop();
  });
  return { newTeam: () => newTeamDatabase(cluster!), replicas };
}

async function makeReplica(name: string, url: string, prepare?: (db: Database.Database) => void): Promise<TestReplica> {
  const { app, dir } = await makeAppWithWorkspace();
  void dir;
  prepare?.(app.db);
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined); // the cluster stopping at the end of a file
  await client.connect();
  const now = () => app.clock.now().toISOString();
  return {
    name,
    app,
    get db() {
      return app.db;
    },
    client,
    sync: () => syncOnce(app.db, client, { actor: name, now: now() }),
    async call(method, input) {
      const result = await dispatch(app, method, input, { timeZone: 'UTC' });
      if (!result.ok) throw Object.assign(new Error(`${name}: ${method}: ${result.error.message}`), result.error);
      return result.value as never;
    },
  };
}

/** The first member: a workspace (filled by `prepare`) published to an empty team database, and sent. */
export async function publishedReplica(name: string, url: string, prepare?: (db: Database.Database) => void): Promise<TestReplica> {
  const replica = await makeReplica(name, url, prepare);
  await publishWorkspace(replica.db, replica.client, {
    url,
    tls: false,
    now: replica.app.clock.now().toISOString(),
    organisationName: 'Test Org',
    schemaVersion: 12,
  });
  await replica.sync();
  return replica;
}

/** A fresh workspace made a replica of the team, with nothing received yet. */
export async function emptyReplica(name: string, url: string): Promise<TestReplica> {
  const replica = await makeReplica(name, url);
  const { rows } = await replica.client.query<{ value: string }>("SELECT value FROM sl_team_meta WHERE key = 'workspace_id'");
  joinAsReplica(replica.db, { url, tls: false, workspaceId: rows[0]!.value, memberRole: name }, replica.app.clock.now().toISOString());
  return replica;
}

/** Another member: a fresh workspace joined to the team and brought up to date. */
export async function joinedReplica(name: string, url: string): Promise<TestReplica> {
  const replica = await emptyReplica(name, url);
  await replica.sync();
  return replica;
}

/**
 * Everything a replica shares, in team form (references as row keys), sorted: two replicas that
 * converged give equal dumps whatever local ids they handed out.
 */
export function sharedState(db: Database.Database): Record<string, Record<string, unknown>> {
  const wire = wireValuesFor(db);
  const state: Record<string, Record<string, unknown>> = {};
  for (const table of syncTables(db)) {
    const rows = db.prepare(`SELECT * FROM "${table.name}"`).all() as Array<Record<string, unknown>>;
    const records: Record<string, unknown> = {};
    for (const row of rows) {
      const team = Object.fromEntries(table.columns.map((column) => [column, wire.toTeam(table, column, row[column], row)]));
      const key =
        table.kind === 'id'
          ? String(db.prepare('SELECT row_key FROM sync_row_keys WHERE table_name = ? AND local_id = ?').pluck().get(table.name, row.id))
          : table.keyColumns.map((column) => String(team[column])).join('|');
      if (table.kind === 'id') delete team.id;
      records[key] = team;
    }
    state[table.name] = Object.fromEntries(Object.entries(records).sort(([a], [b]) => a.localeCompare(b)));
  }
  return state;
}

export async function closeReplicas(replicas: TestReplica[]): Promise<void> {
  await Promise.allSettled(replicas.map((replica) => replica.client.end()));
  for (const replica of replicas) replica.app.close();
}
