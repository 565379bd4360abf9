import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTeamDatabase, installTeamSchema, openConflicts, pullChanges, pushChanges, type TeamChange, type WireChange } from './team-database';
import { startPgCluster, type PgCluster } from './test/pg-cluster';

let cluster: PgCluster | undefined;
const clients: pg.Client[] = [];
let databases = 0;

beforeAll(async () => {
  cluster = await startPgCluster();
});
afterAll(async () => {
  await Promise.allSettled(clients.map((client) => client.end()));
  await cluster?.stop();
});

async function connect(database: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: cluster!.url(database) });
  await client.connect();
  clients.push(client);
  return client;
}

/** A new team database with the schema installed, and a connection to it per replica. */
async function teamDatabase(replicas: number): Promise<pg.Client[]> {
  const name = `team_${++databases}`;
  const admin = await connect('postgres');
  await admin.query(`CREATE DATABASE ${name}`);
  const first = await connect(name);
  await installTeamSchema(first, `workspace-${name}`);
  const rest = await Promise.all(Array.from({ length: replicas - 1 }, () => connect(name)));
  return [first, ...rest];
}

/** A simulated replica's outbox: the creation and field edits of one service, numbered as its outbox would. */
function replica(origin: string) {
  let nextId = 0;
  const change = (field: string, value: unknown, baseVersion: number, baseOriginSeq: number | null): WireChange => {
    nextId += 1;
    return { originSeq: nextId, table: 'services', rowKey: 'svc-1', field, value, baseVersion, baseOriginSeq, actor: origin, at: '2026-11-24T09:00:00.000Z' };
  };
  return {
    origin,
    create: (values: Record<string, unknown>) => change('*insert', values, 0, null),
    edit: (field: string, value: unknown, baseVersion: number, baseOriginSeq: number | null = null) => change(field, value, baseVersion, baseOriginSeq),
  };
}

async function fieldValues(client: pg.Client): Promise<Record<string, unknown>> {
  const { rows } = await client.query<{ value: Record<string, unknown> }>("SELECT value FROM sl_rows WHERE row_key = 'svc-1'");
  return rows[0]?.value ?? {};
}

/** Everything after the cursor, a page at a time, as a replica following the log would. */
async function pullAll(client: pg.Client, cursor: number): Promise<TeamChange[]> {
  const all: TeamChange[] = [];
  for (;;) {
    const page = await pullChanges(client, cursor, 3);
    if (page.length === 0) return all;
    all.push(...page);
    cursor = page.at(-1)!.seq;
  }
}

describe('team database: push and pull against PostgreSQL 15', () => {
  it('merges two replicas editing different fields of one service', async () => {
    const [a, b] = await teamDatabase(2);
    const alice = replica('alice');
    const bob = replica('bob');
    const [created] = await pushChanges(a!, alice.origin, [alice.create({ name: 'Email', criticality: 3 })]);
    expect(created!.outcome).toBe('applied');
    // Both start from what they pulled; Alice renames, Bob changes the tier.
    expect(await pushChanges(a!, alice.origin, [alice.edit('name', 'Mail', created!.seq)])).toEqual([expect.objectContaining({ outcome: 'applied' })]);
    expect(await pushChanges(b!, bob.origin, [bob.edit('criticality', 1, created!.seq)])).toEqual([expect.objectContaining({ outcome: 'applied' })]);
    expect(await fieldValues(a!)).toEqual({ name: 'Mail', criticality: 1 });
    expect(await openConflicts(b!)).toEqual([]);
  });

  it('records one conflict, keeping both values, when two replicas change a field from the same base', async () => {
    const [a, b] = await teamDatabase(2);
    const alice = replica('alice');
    const bob = replica('bob');
    const [created] = await pushChanges(a!, alice.origin, [alice.create({ name: 'Email' })]);
    const [first] = await pushChanges(a!, alice.origin, [alice.edit('name', 'Mail', created!.seq)]);
    const [second] = await pushChanges(b!, bob.origin, [bob.edit('name', 'E-mail service', created!.seq)]);
    expect([first!.outcome, second!.outcome]).toEqual(['applied', 'conflict']);
    expect(await fieldValues(b!)).toEqual({ name: 'Mail' });
    expect(await openConflicts(a!)).toEqual([
      {
        id: expect.any(Number),
        changeSeq: second!.seq,
        table: 'services',
        rowKey: 'svc-1',
        field: 'name',
        currentValue: 'Mail',
        proposedValue: 'E-mail service',
        proposedBy: 'bob',
        at: '2026-11-24T09:00:00.000Z',
      },
    ]);
    // Everyone pulls the losing change too, marked as a conflict.
    expect((await pullAll(a!, first!.seq)).map((change) => [change.origin, change.value, change.outcome])).toEqual([['bob', 'E-mail service', 'conflict']]);
  });

  it('never conflicts a replica with its own earlier unsent edit, nor a change that sets the value already there', async () => {
    const [a, b] = await teamDatabase(2);
    const alice = replica('alice');
    const bob = replica('bob');
    const created = alice.create({ name: 'Email' });
    const again = alice.edit('name', 'Mail', 0, created.originSeq);
    expect((await pushChanges(a!, alice.origin, [created, again])).map((o) => o.outcome)).toEqual(['applied', 'applied']);
    expect((await pushChanges(b!, bob.origin, [bob.edit('name', 'Mail', 0)])).map((o) => o.outcome)).toEqual(['applied']);
    expect(await openConflicts(a!)).toEqual([]);
  });

  it('logs a retried push once: the same answer, no duplicate, and a pull after it has no gap', async () => {
    const [a, b] = await teamDatabase(2);
    const alice = replica('alice');
    const changes = [alice.create({ name: 'Email' }), alice.edit('criticality', 2, 0, 1), alice.edit('tags', ['mail'], 0, 1)];
    const firstAnswer = await pushChanges(a!, alice.origin, changes);
    // The answer was lost: the replica sends the same changes again, plus one made meanwhile.
    const later = alice.edit('name', 'Mail', 0, changes[0]!.originSeq);
    const retried = await pushChanges(a!, alice.origin, [...changes, later]);
    expect(retried.slice(0, 3)).toEqual(firstAnswer);
    const pulled = await pullAll(b!, 0);
    expect(pulled.map((change) => [change.originSeq, change.value])).toEqual([
      [1, { name: 'Email' }],
      [2, 2],
      [3, ['mail']],
      [4, 'Mail'],
    ]);
    expect(await pullAll(b!, pulled.at(-1)!.seq)).toEqual([]);
  });

  it('keeps a failed push out entirely, and a retry after it lands once', async () => {
    const [a, b] = await teamDatabase(2);
    const alice = replica('alice');
    const good = alice.create({ name: 'Email' });
    const broken = alice.edit('criticality', 2, 0, 99); // based on a change never sent
    await expect(pushChanges(a!, alice.origin, [good, broken])).rejects.toThrow(/never pushed/);
    expect(await pullAll(b!, 0)).toEqual([]);
    await pushChanges(a!, alice.origin, [good, { ...broken, baseOriginSeq: null }]);
    expect((await pullAll(b!, 0)).map((change) => change.originSeq)).toEqual([1, 2]);
  });

  it('lets a replica pulling while others push see every change exactly once, in order', async () => {
    const pushers = 5;
    const [reader, ...writers] = await teamDatabase(pushers + 1);
    const rounds = 8;
    const pushing = writers.map(async (client, index) => {
      const editor = replica(`editor-${index}`);
      for (let round = 0; round < rounds; round++) {
        await pushChanges(client, editor.origin, [editor.edit(`field-${index}`, round, 0), editor.edit('notes', `${index}:${round}`, 0)]);
      }
    });
    const seen: TeamChange[] = [];
    let done = false;
    const pulling = (async () => {
      let cursor = 0;
      // Follow the log until the pushers are done and nothing more arrives.
      for (;;) {
        const finished = done;
        const page = await pullChanges(reader!, cursor, 7);
        seen.push(...page);
        if (page.length) cursor = page.at(-1)!.seq;
        else if (finished) return;
      }
    })();
    await Promise.all(pushing);
    done = true;
    await pulling;
    expect(seen).toHaveLength(pushers * rounds * 2);
    expect(new Set(seen.map((change) => `${change.origin}/${change.originSeq}`)).size).toBe(seen.length);
    expect(seen.map((change) => change.seq)).toEqual([...seen.map((change) => change.seq)].sort((x, y) => x - y));
  });

  it('names what is wrong with a database that is empty, of another workspace or of a newer format', async () => {
    const [team] = await teamDatabase(1);
    const name = `team_${databases}`;
    await expect(checkTeamDatabase(team!, `workspace-${name}`)).resolves.toBeUndefined();
    await expect(checkTeamDatabase(team!, 'workspace-other')).rejects.toThrow(
      /belongs to another workspace \(workspace-team_\d+\), not to this one \(workspace-other\)/,
    );
    await team!.query("UPDATE sl_team_meta SET value = '2' WHERE key = 'schema_version'");
    await expect(checkTeamDatabase(team!, `workspace-${name}`)).rejects.toThrow(/team format 2; this version of ServiceLedger reads up to 1/);
    // Members on different versions: the newer one raises the format; the older one is told to update.
    await team!.query("UPDATE sl_team_meta SET value = '1' WHERE key = 'schema_version'");
    await expect(checkTeamDatabase(team!, `workspace-${name}`, 13)).resolves.toBeUndefined();
    await expect(checkTeamDatabase(team!, `workspace-${name}`, 12)).rejects.toThrow(
      /A team member uses a newer ServiceLedger \(workspace format 13; this one has 12\)\. Update ServiceLedger to sync: your changes are kept and wait\./,
    );
    const admin = await connect('postgres');
    await admin.query('CREATE DATABASE empty_db');
    await expect(checkTeamDatabase(await connect('empty_db'), 'any')).rejects.toThrow(/not a ServiceLedger team workspace/);
  });
});
