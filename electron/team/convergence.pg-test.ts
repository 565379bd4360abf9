import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { joinedReplica, publishedReplica, sharedState, type TestReplica, replicasOnThrowawayCluster } from './test/team-replicas';
import { pushChanges } from './team-database';
import { waitingChanges } from './outbox';

const { newTeam, replicas } = replicasOnThrowawayCluster();

/** A small seeded generator, so a failing run can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

/** What the team database holds: every live record in team form, by table and row key. */
async function teamState(url: string): Promise<Record<string, Record<string, unknown>>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ table_name: string; row_key: string; value: Record<string, unknown> }>(
      'SELECT table_name, row_key, value FROM sl_rows WHERE deleted_seq IS NULL ORDER BY table_name, row_key',
    );
    const state: Record<string, Record<string, unknown>> = {};
    for (const row of rows) (state[row.table_name] ??= {})[row.row_key] = row.value;
    return state;
  } finally {
    await client.end();
  }
}

/** JSON with keys sorted, so records compare by content (PostgreSQL's jsonb sorts keys its own way). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** A replica's shared state without its empty tables, keys sorted the same way as the team's. */
function nonEmpty(state: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(Object.entries(state).filter(([, records]) => Object.keys(records).length > 0));
}

describe('20 editors on loopback', () => {
  it('converge after random interleaved online and offline edits: every change applied, renamed or a conflict, nothing lost', async () => {
    const url = await newTeam();
    const editors = [await publishedReplica('editor-0', url)];
    for (let index = 1; index < 20; index++) editors.push(await joinedReplica(`editor-${index}`, url));
    replicas.push(...editors);
    const rng = random(20261204);
    const online = new Set(editors.map((_, index) => index));
    const serviceIds = (editor: TestReplica) => editor.db.prepare('SELECT id FROM services').pluck().all() as number[];

    for (let step = 0; step < 400; step++) {
      const index = Math.floor(rng.next() * editors.length);
      const editor = editors[index]!;
      const roll = rng.next();
      const ids = serviceIds(editor);
      if (roll < 0.08) {
        // Go offline or come back.
        if (online.has(index)) online.delete(index);
        else online.add(index);
      } else if (roll < 0.3 || ids.length === 0) {
        // Codes from a small pool, so offline people create the same code.
        await editor
          .call('services.create', { code: `SVC-${100 + Math.floor(rng.next() * 15)}`, name: `Service ${step}` })
          .catch((error: { code?: string }) => {
            if (error.code !== 'conflict') throw error; // the code is taken here already: a person would pick another
          });
      } else if (roll < 0.85) {
        const id = rng.pick(ids);
        const edit = rng.pick([
          { description: `Edited at step ${step}` },
          { criticality: 1 + Math.floor(rng.next() * 4) },
          { name: `Renamed ${step}` },
          { category: rng.pick(['Core', 'Office', 'Infra']) },
        ]);
        await editor.call('services.update', { id, ...edit });
      } else {
        const id = rng.pick(ids);
        await editor.call('services.delete', { id }).catch((error: { code?: string }) => {
          if (error.code !== 'conflict' && error.code !== 'not_found') throw error;
        });
      }
      if (online.has(index) && rng.next() < 0.5) await editor.sync();
    }

    // Everyone comes online and syncs until a whole round sends nothing (applying what arrives can
    // rename a record of one's own whose code someone else sent first: that rename is sent next round).
    let rounds = 0;
    const waiting = () =>
      editors.reduce((sum, editor) => sum + (editor.db.prepare('SELECT count(*) FROM sync_outbox WHERE pushed_seq IS NULL').pluck().get() as number), 0);
    for (let sentInRound = -1; (sentInRound !== 0 || waiting() > 0) && rounds < 10; rounds++) {
      sentInRound = 0;
      for (const editor of editors) sentInRound += (await editor.sync()).sent;
    }
    expect(rounds).toBeLessThan(10);

    const team = await teamState(url);
    expect(Object.keys(team.services ?? {}).length).toBeGreaterThan(5);
    for (const editor of editors) {
      expect(editor.db.prepare('SELECT count(*) FROM sync_outbox WHERE pushed_seq IS NULL').pluck().get()).toBe(0);
      const state = nonEmpty(sharedState(editor.db));
      for (const table of new Set([...Object.keys(state), ...Object.keys(team)])) {
        const mine = state[table] ?? {};
        const theirs = team[table] ?? {};
        const differing = [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].filter((key) => canonical(mine[key]) !== canonical(theirs[key]));
        expect({ editor: editor.name, table, differing: differing.slice(0, 3).map((key) => ({ key, mine: mine[key], team: theirs[key] })) }).toEqual({
          editor: editor.name,
          table,
          differing: [],
        });
      }
    }

    // Every change sent is in the log exactly once; every conflict is listed with both values.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const sent = editors.reduce((sum, editor) => sum + (editor.db.prepare('SELECT count(*) FROM sync_outbox').pluck().get() as number), 0);
      const { rows } = await client.query<{ total: string; distinct_changes: string; conflicts: string; listed: string }>(
        `SELECT count(*) AS total, count(DISTINCT (origin, origin_seq)) AS distinct_changes,
                count(*) FILTER (WHERE outcome = 'conflict') AS conflicts, (SELECT count(*) FROM sl_conflicts) AS listed FROM sl_change_log`,
      );
      expect(Number(rows[0]!.total)).toBe(sent);
      expect(Number(rows[0]!.distinct_changes)).toBe(sent);
      expect(Number(rows[0]!.listed)).toBe(Number(rows[0]!.conflicts));
      const outcomes = await client.query<{ outcome: string }>('SELECT DISTINCT outcome FROM sl_change_log');
      expect(outcomes.rows.map((row) => row.outcome).sort()).toEqual(expect.arrayContaining(['applied', 'conflict']));
    } finally {
      await client.end();
    }
  }, 240_000);
});

describe('a client killed mid-sync', () => {
  it('mid-push (the answer lost): the changes are sent again and logged once, with no gap', async () => {
    const url = await newTeam();
    const alice = await publishedReplica('alice', url);
    const bob = await joinedReplica('bob', url);
    replicas.push(alice, bob);
    for (let index = 0; index < 5; index++) await alice.call('services.create', { name: `Service ${index}` });
    // The push reaches the team, then the app dies before it records the answer.
    const replicaId = alice.db.prepare('SELECT replica_id FROM sync_state').pluck().get() as string;
    await pushChanges(alice.client, replicaId, waitingChanges(alice.db, 1000, 'alice', '2026-11-24T09:00:00.000Z'));
    expect(alice.db.prepare('SELECT count(*) FROM sync_outbox WHERE pushed_seq IS NULL').pluck().get()).toBeGreaterThan(0);
    await alice.sync();
    await bob.sync();
    const { rows } = await alice.client.query<{ n: string; d: string; max: string; min: string }>(
      'SELECT count(*) AS n, count(DISTINCT (origin, origin_seq)) AS d, max(seq) AS max, min(seq) AS min FROM sl_change_log',
    );
    expect(rows[0]!.n).toBe(rows[0]!.d);
    expect(Number(rows[0]!.max) - Number(rows[0]!.min) + 1).toBe(Number(rows[0]!.n));
    expect(alice.db.prepare('SELECT count(*) FROM sync_outbox WHERE pushed_seq IS NULL').pluck().get()).toBe(0);
    expect(bob.db.prepare('SELECT count(*) FROM services').pluck().get()).toBe(5);
    expect(sharedState(bob.db)).toEqual(sharedState(alice.db));
  });

  it('mid-pull (a page not committed): the page is applied again whole, nothing twice', async () => {
    const url = await newTeam();
    const alice = await publishedReplica('alice', url);
    const bob = await joinedReplica('bob', url);
    replicas.push(alice, bob);
    for (let index = 0; index < 5; index++) await alice.call('services.create', { name: `Service ${index}` });
    await alice.sync();
    // Bob dies while applying: his transaction rolls back, as SQLite does for a killed process.
    const cursorBefore = bob.db.prepare('SELECT pull_cursor FROM sync_state').pluck().get();
    bob.db.exec('BEGIN');
    bob.db.prepare("INSERT INTO services (code, name, created_at, updated_at) VALUES ('HALF', 'half applied', 'x', 'x')").run();
    bob.db.exec('ROLLBACK');
    expect(bob.db.prepare('SELECT pull_cursor FROM sync_state').pluck().get()).toBe(cursorBefore);
    await bob.sync();
    await bob.sync();
    expect(bob.db.prepare('SELECT count(*) FROM services').pluck().get()).toBe(5);
    expect(sharedState(bob.db)).toEqual(sharedState(alice.db));
  });
});
