import type Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceCreateSchema, serviceUpdateSchema } from '../../shared/api/services-api';
import { createService, updateService } from '../repositories/services/service-writes';
import { makeAppWithWorkspace } from '../test/temp-workspace';
import { enterTeamMode, waitingChanges } from './outbox';
import { pushOutbox } from './replica-push';
import { installTeamSchema, openConflicts, pullChanges, pushChanges } from './team-database';
import { startPgCluster, type PgCluster } from './test/pg-cluster';

const NOW = '2026-11-24T09:00:00Z';
let cluster: PgCluster | undefined;
const clients: pg.Client[] = [];

beforeAll(async () => {
  cluster = await startPgCluster();
  const admin = new pg.Client({ connectionString: cluster.url() });
  await admin.connect();
  clients.push(admin);
  await admin.query('CREATE DATABASE team');
});
afterAll(async () => {
  await Promise.allSettled(clients.map((client) => client.end()));
  await cluster?.stop();
});

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: cluster!.url('team') });
  await client.connect();
  clients.push(client);
  return client;
}

/** A local workspace file that is a replica of the team workspace. */
async function replica(replicaId: string): Promise<Database.Database> {
  const { app } = await makeAppWithWorkspace();
  enterTeamMode(app.db, { url: cluster!.url('team'), workspaceId: 'ws-1', replicaId }, NOW);
  return app.db;
}

const me = (name: string) => ({ id: null, name });

describe('local outbox to team database', () => {
  it('sends real service edits of two replicas: different fields merge, the same field conflicts, a lost answer is resent safely', async () => {
    const [a, b] = [await connect(), await connect()];
    await installTeamSchema(a, 'ws-1');
    const alice = await replica('alice');
    const bob = await replica('bob');

    const service = alice.transaction(() => createService(alice, me('alice'), serviceCreateSchema.parse({ name: 'Email', lifecycle: 'live' }), NOW))();
    const created = await pushOutbox(alice, a, 100);
    expect(created.every((outcome) => outcome.outcome === 'applied')).toBe(true);
    expect(waitingChanges(alice, 100)).toEqual([]);

    // Until pull-and-apply exists, Bob "joins" by hand: the same record under the same key, at the pulled versions.
    const rowKey = alice.prepare("SELECT row_key FROM sync_row_keys WHERE table_name = 'services'").pluck().get() as string;
    const bobsCopy = bob.transaction(() => createService(bob, me('bob'), serviceCreateSchema.parse({ name: 'Email', lifecycle: 'live' }), NOW))();
    bob.prepare('DELETE FROM sync_outbox').run();
    bob
      .prepare("INSERT INTO sync_row_keys (table_name, local_id, row_key) VALUES ('services', ?, ?) ON CONFLICT DO UPDATE SET row_key = excluded.row_key")
      .run(bobsCopy.id, rowKey);
    const insertVersion = bob.prepare("INSERT INTO sync_field_versions (table_name, row_key, field, version) VALUES ('services', ?, ?, ?)");
    for (const change of await pullChanges(b, 0, 100)) insertVersion.run(change.rowKey, change.field, change.seq);

    alice.transaction(() => updateService(alice, me('alice'), serviceUpdateSchema.parse({ id: service.id, name: 'Mail' }), NOW))();
    bob.transaction(() => updateService(bob, me('bob'), serviceUpdateSchema.parse({ id: bobsCopy.id, criticality: 1 }), NOW))();
    expect((await pushOutbox(alice, a, 100)).map((o) => o.outcome)).toEqual(['applied']);
    expect((await pushOutbox(bob, b, 100)).map((o) => o.outcome)).toEqual(['applied']);

    alice.transaction(() => updateService(alice, me('alice'), serviceUpdateSchema.parse({ id: service.id, tags: ['mail'] }), NOW))();
    bob.transaction(() => updateService(bob, me('bob'), serviceUpdateSchema.parse({ id: bobsCopy.id, tags: ['messaging'] }), NOW))();
    expect((await pushOutbox(alice, a, 100)).map((o) => o.outcome)).toEqual(['applied']);
    // Bob's answer is lost on the way back: his change stays waiting and is sent again.
    const lost = await pushChanges(b, 'bob', waitingChanges(bob, 100));
    const resent = await pushOutbox(bob, b, 100);
    expect(resent).toEqual(lost);
    expect(resent.map((o) => o.outcome)).toEqual(['conflict']);
    expect(await openConflicts(a)).toEqual([expect.objectContaining({ rowKey, field: 'tags', currentValue: ['mail'], proposedValue: ['messaging'] })]);

    const { rows } = await a.query<{ field: string; value: unknown }>('SELECT field, value FROM sl_field_versions WHERE row_key = $1', [rowKey]);
    const team = Object.fromEntries(rows.map((row) => [row.field, row.value]));
    expect(team).toMatchObject({ name: 'Mail', criticality: 1, tags: ['mail'] });
    expect((await a.query('SELECT count(*)::int AS n FROM sl_change_log WHERE origin = $1', ['bob'])).rows[0]).toEqual({ n: 2 });
  });
});
