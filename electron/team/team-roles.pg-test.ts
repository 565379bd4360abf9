import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeConnectionError } from './connection-errors';
import { installTeamRoles, teamGroupRoles } from './pg-roles';
import { installTeamSchema, openConflicts, pullChanges, pushChanges, type WireChange } from './team-database';
import { addMember, listMembers, removeMember, setMemberAccess, whoAmI } from './team-members';
import { startPgCluster, type PgCluster } from './test/pg-cluster';

const NOW = '2026-11-24T09:00:00.000Z';
const LATER = '2026-11-25T10:00:00.000Z';
const PUBLISHER = 'publisher';
const PUBLISHER_PASSWORD = 'publisher-secret-1';
const ALICE_PASSWORD = 'correct horse battery';
const BOB_PASSWORD = 'auditor reads only 7';

let cluster: PgCluster | undefined;
const clients: pg.Client[] = [];
/** The publisher's connections to team_a and team_b (owner of the tables, CREATEROLE, no superuser). */
let teamA: pg.Client;
let teamB: pg.Client;

async function connectAs(user: string, password: string | undefined, database: string): Promise<pg.Client> {
  const client = new pg.Client({ host: cluster!.host, port: cluster!.port, user, password, database });
  clients.push(client);
  await client.connect();
  return client;
}

/** The PostgreSQL error a promise fails with (its code and message), or a failure when it does not fail. */
async function pgError(promise: Promise<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error('expected the database to refuse this');
}

let nextOriginSeq = 0;
/** A new service record with one field set, as a member's replica sends it. */
function change(field: string, value: unknown, actor: string): WireChange {
  nextOriginSeq += 1;
  return {
    originSeq: nextOriginSeq,
    table: 'services',
    rowKey: `svc-${nextOriginSeq}`,
    field: '*insert',
    value: { [field]: value },
    baseVersion: 0,
    baseOriginSeq: null,
    actor,
    at: NOW,
  };
}

beforeAll(async () => {
  cluster = await startPgCluster({ passwordAuth: true });
  const superuser = new pg.Client({ connectionString: cluster.url() });
  clients.push(superuser);
  await superuser.connect();
  // The publisher is an ordinary role with CREATEROLE, owning the team databases: not a superuser.
  await superuser.query(`CREATE ROLE ${PUBLISHER} LOGIN CREATEROLE PASSWORD '${PUBLISHER_PASSWORD}'`);
  await superuser.query(`CREATE DATABASE team_a OWNER ${PUBLISHER}`);
  await superuser.query(`CREATE DATABASE team_b OWNER ${PUBLISHER}`);
  teamA = await connectAs(PUBLISHER, PUBLISHER_PASSWORD, 'team_a');
  teamB = await connectAs(PUBLISHER, PUBLISHER_PASSWORD, 'team_b');
  for (const [client, workspace] of [
    [teamA, 'ws-a'],
    [teamB, 'ws-b'],
  ] as const) {
    await installTeamSchema(client, workspace);
    await installTeamRoles(client);
  }
  await addMember(teamA, { role: 'alice', password: ALICE_PASSWORD, access: 'edit', personRowKey: 'person-alice', displayName: 'Alice Editor' }, NOW);
  await addMember(teamA, { role: 'bob', password: BOB_PASSWORD, access: 'read', displayName: 'Bob Auditor' }, NOW);
  await addMember(teamB, { role: 'carol', password: 'team b member 42', access: 'edit', displayName: 'Carol of B' }, NOW);
});
afterAll(async () => {
  await Promise.allSettled(clients.map((client) => client.end()));
  await cluster?.stop();
});

describe('group roles of a team database', () => {
  it('are named from the database, so two team databases on one server have their own', async () => {
    expect(await teamGroupRoles(teamA)).toEqual({ read: 'sl_team_a_reader', edit: 'sl_team_a_editor' });
    expect(await teamGroupRoles(teamB)).toEqual({ read: 'sl_team_b_reader', edit: 'sl_team_b_editor' });
  });

  it('quote a database name with capitals and a hyphen, and stay within 63 bytes for a long name', async () => {
    const superuser = await connectAs(cluster!.user, undefined, 'postgres');
    const long = `team_${'x'.repeat(58)}`; // 63 characters, PostgreSQL's longest name
    await superuser.query(`CREATE DATABASE "Team-C" OWNER ${PUBLISHER}`);
    await superuser.query(`CREATE DATABASE ${long} OWNER ${PUBLISHER}`);
    const editors: string[] = [];
    for (const database of ['Team-C', long]) {
      const client = await connectAs(PUBLISHER, PUBLISHER_PASSWORD, database);
      await installTeamSchema(client, `ws-${database}`);
      await installTeamRoles(client);
      // Installing again (after a schema upgrade) re-applies the grants and changes nothing else.
      await installTeamRoles(client);
      const roles = await teamGroupRoles(client);
      expect(Buffer.byteLength(roles.edit)).toBeLessThanOrEqual(63);
      expect(roles.edit).not.toBe(roles.read);
      const { rows } = await client.query('SELECT rolname FROM pg_roles WHERE rolname = ANY($1)', [[roles.read, roles.edit]]);
      expect(rows).toHaveLength(2);
      editors.push(roles.edit);
    }
    expect(editors[0]).toBe('sl_Team-C_editor');
    expect(editors[1]).toMatch(/^sl_team_x{35}_[0-9a-f]{8}_editor$/);
  });
});

describe('the database refuses what a member may not do', () => {
  it('lets a reader read the log and the members, and refuses sl_push and every direct write', async () => {
    const bob = await connectAs('bob', BOB_PASSWORD, 'team_a');
    await expect(pullChanges(bob, 0, 100)).resolves.toBeInstanceOf(Array);
    await expect(openConflicts(bob)).resolves.toBeInstanceOf(Array);
    expect((await listMembers(bob)).map((member) => member.role)).toEqual(['alice', 'bob']);
    const push = await pgError(pushChanges(bob, 'replica-bob', [change('name', 'Mail', 'bob')]));
    expect(push.code).toBe('42501');
    expect(push.message).toMatch(/permission denied for function sl_push/);
    expect(describeConnectionError(push)).toMatch(/read-only access/);
    for (const statement of [
      `INSERT INTO sl_change_log (origin, origin_seq, table_name, row_key, field, value, base_version, actor, at, outcome)
         VALUES ('x', 1, 'services', 'svc-1', 'name', '"Mail"', 0, 'bob', 'h', 'applied')`,
      'DELETE FROM sl_change_log',
      "INSERT INTO sl_members (role, display_name, access, added_at) VALUES ('bob2', 'Bob', 'edit', now())",
      "UPDATE sl_members SET access = 'edit'",
      "UPDATE sl_team_meta SET value = 'other'",
    ]) {
      expect((await pgError(bob.query(statement))).code, statement).toBe('42501');
    }
  });

  it("refuses an editor's direct writes to the tables, and accepts their push, logged under their own role", async () => {
    const alice = await connectAs('alice', ALICE_PASSWORD, 'team_a');
    for (const statement of [
      `INSERT INTO sl_change_log (origin, origin_seq, table_name, row_key, field, value, base_version, actor, at, outcome)
         VALUES ('x', 1, 'services', 'svc-1', 'name', '"Mail"', 0, 'alice', 'h', 'applied')`,
      "UPDATE sl_rows SET value = '{}'",
      'DELETE FROM sl_conflicts',
      'TRUNCATE sl_change_log',
    ]) {
      expect((await pgError(alice.query(statement))).code, statement).toBe('42501');
    }
    const [outcome] = await pushChanges(alice, 'replica-alice', [change('name', 'Mail service', 'alice')]);
    expect(outcome).toMatchObject({ outcome: 'applied' });
    const { rows } = await alice.query<{ pushed_by: string }>('SELECT pushed_by::text AS pushed_by FROM sl_change_log WHERE seq = $1', [outcome!.seq]);
    // session_user, not the function's owner: needs pushed_by DEFAULT session_user (see pg-roles.ts).
    expect(rows[0]!.pushed_by).toBe('alice');
  });

  it('cannot be fooled by a member putting their own objects first in the search path', async () => {
    const alice = await connectAs('alice', ALICE_PASSWORD, 'team_a');
    await alice.query('SET search_path = pg_temp, public');
    expect((await pgError(alice.query('CREATE TEMP TABLE sl_change_log (x int)'))).code).toBe('42501');
    const { rows } = await alice.query<{ config: string[] }>("SELECT proconfig AS config FROM pg_proc WHERE proname = 'sl_push'");
    expect(rows[0]!.config).toEqual(['search_path=public, pg_temp']);
  });

  it('refuses a role of another team database on the same server at the door', async () => {
    const error = await pgError(connectAs('carol', 'team b member 42', 'team_a'));
    expect(error.code).toBe('42501');
    expect(describeConnectionError(error)).toMatch(/may not connect to the team database team_a: it is not a member/);
    // And she is a member of her own team workspace.
    const carol = await connectAs('carol', 'team b member 42', 'team_b');
    expect((await whoAmI(carol)).access).toBe('edit');
  });
});

describe('members', () => {
  it('whoAmI names the connected member and their access', async () => {
    const bob = await connectAs('bob', BOB_PASSWORD, 'team_a');
    expect(await whoAmI(bob)).toEqual({
      role: 'bob',
      personRowKey: null,
      displayName: 'Bob Auditor',
      access: 'read',
      addedAt: NOW,
      addedBy: PUBLISHER,
      removedAt: null,
    });
  });

  it('whoAmI is a clear error for a role that is not a member (the publisher itself, until added)', async () => {
    await expect(whoAmI(teamA)).rejects.toThrow('role publisher is not a member of this team workspace');
  });

  it('refuses bad role names, passwords and fields with a message naming the field, and changes nothing', async () => {
    const before = await listMembers(teamA);
    const cases: [Parameters<typeof addMember>[1], RegExp][] = [
      [{ role: 'Dave', password: 'long enough pass', access: 'edit', displayName: 'Dave' }, /^role: "Dave" may only use lowercase letters/],
      [{ role: '1dave', password: 'long enough pass', access: 'edit', displayName: 'Dave' }, /^role: .*start with a letter/],
      [{ role: 'd'.repeat(49), password: 'long enough pass', access: 'edit', displayName: 'Dave' }, /^role: at most 48 characters \(49 given\)/],
      [{ role: 'dave; drop table x', password: 'long enough pass', access: 'edit', displayName: 'Dave' }, /^role: /],
      [{ role: '', password: 'long enough pass', access: 'edit', displayName: 'Dave' }, /^role: give the PostgreSQL role name/],
      [{ role: 'pg_dave', password: 'long enough pass', access: 'edit', displayName: 'Dave' }, /^role: "pg_dave" starts with pg_/],
      [{ role: 'sl_team_a_editor', password: 'long enough pass', access: 'edit', displayName: 'Dave' }, /^role: .*ServiceLedger's group roles/],
      [{ role: 'dave', password: 'short', access: 'edit', displayName: 'Dave' }, /^password: at least 12 characters \(5 given\)/],
      [{ role: 'dave', password: 'dave-password-1', access: 'edit', displayName: 'Dave' }, /^password: may not contain the role name/],
      [{ role: 'dave', password: 'line\nbreak password', access: 'edit', displayName: 'Dave' }, /^password: may not contain control characters/],
      [{ role: 'dave', access: 'edit', displayName: 'Dave' }, /^password: a new role \(dave\) needs a password/],
      [{ role: 'dave', password: 'long enough pass', access: 'admin' as 'edit', displayName: 'Dave' }, /^access: must be "edit" or "read"/],
      [{ role: 'dave', password: 'long enough pass', access: 'edit', displayName: '  ' }, /^displayName: /],
      [{ role: 'carol', password: 'long enough pass', access: 'edit', displayName: 'Carol' }, /^role: carol already exists on this PostgreSQL server/],
      [{ role: 'alice', access: 'read', displayName: 'Alice' }, /^role: alice is already a member of this team workspace \(edit access\)/],
    ];
    for (const [input, message] of cases) {
      await expect(addMember(teamA, input, NOW), JSON.stringify(input)).rejects.toThrow(message);
    }
    expect(await listMembers(teamA)).toEqual(before);
    const { rows } = await teamA.query("SELECT 1 FROM pg_roles WHERE rolname = 'dave'");
    expect(rows).toHaveLength(0);
  });

  it('stores a password PostgreSQL accepts at login, with quotes and non-ASCII characters', async () => {
    const quirky = `it's "quoted" \\ ; -- ünïcödé`;
    await addMember(teamA, { role: 'erin', password: quirky, access: 'read', displayName: "Erin O'Neil" }, NOW);
    await addMember(teamA, { role: 'frank', password: `plain ascii it's fine`, access: 'read', displayName: 'Frank' }, NOW);
    expect((await whoAmI(await connectAs('erin', quirky, 'team_a'))).displayName).toBe("Erin O'Neil");
    expect((await whoAmI(await connectAs('frank', `plain ascii it's fine`, 'team_a'))).role).toBe('frank');
    // The ASCII one travelled as a SCRAM verifier, never as clear text.
    const superuser = await connectAs(cluster!.user, undefined, 'postgres');
    const { rows } = await superuser.query<{ rolpassword: string }>("SELECT rolpassword FROM pg_authid WHERE rolname = 'frank'");
    expect(rows[0]!.rolpassword).toMatch(/^SCRAM-SHA-256\$4096:/);
  });

  it('setMemberAccess turns a reader into an editor and back, enforced by the database', async () => {
    const bob = await connectAs('bob', BOB_PASSWORD, 'team_a');
    expect((await setMemberAccess(teamA, 'bob', 'edit')).access).toBe('edit');
    await expect(pushChanges(bob, 'replica-bob', [change('owner', 'Bob', 'bob')])).resolves.toHaveLength(1);
    expect((await setMemberAccess(teamA, 'bob', 'read')).access).toBe('read');
    expect((await pgError(pushChanges(bob, 'replica-bob', [change('owner', 'Bob again', 'bob')]))).code).toBe('42501');
    await expect(setMemberAccess(teamA, 'nobody', 'edit')).rejects.toThrow('role: nobody is not a member of this team workspace');
  });

  it('removeMember shuts the door and keeps the row; adding the role again needs no new password', async () => {
    await addMember(teamA, { role: 'gina', password: 'she leaves us soon!', access: 'edit', displayName: 'Gina' }, NOW);
    const gina = await connectAs('gina', 'she leaves us soon!', 'team_a');
    await pushChanges(gina, 'replica-gina', [change('tier', 'gold', 'gina')]);
    const removed = await removeMember(teamA, 'gina', LATER);
    expect(removed).toMatchObject({ role: 'gina', access: 'edit', removedAt: LATER });
    // Her open session is refused from now on; a new one cannot connect at all.
    expect((await pgError(gina.query('SELECT count(*) FROM sl_change_log'))).code).toBe('42501');
    expect((await pgError(connectAs('gina', 'she leaves us soon!', 'team_a'))).code).toBe('42501');
    // Her old session can no longer read the members either: to her, she is simply not a member.
    await expect(whoAmI(gina)).rejects.toThrow('role gina is not a member of this team workspace');
    // The log still names her, and the members list keeps her after the current members.
    expect((await teamA.query("SELECT count(*)::int AS n FROM sl_change_log WHERE pushed_by = 'gina'")).rows[0]).toEqual({ n: 1 });
    expect((await listMembers(teamA)).at(-1)).toMatchObject({ role: 'gina', removedAt: LATER });
    await expect(removeMember(teamA, 'gina', LATER)).rejects.toThrow('role: gina was removed from this team workspace');

    await addMember(teamA, { role: 'gina', access: 'read', displayName: 'Gina (back)' }, LATER);
    expect(await whoAmI(await connectAs('gina', 'she leaves us soon!', 'team_a'))).toMatchObject({ access: 'read', removedAt: null, addedAt: LATER });
  });

  it('lets the publisher join as a member (its role exists: no password)', async () => {
    await addMember(teamA, { role: PUBLISHER, access: 'edit', displayName: 'The publisher' }, NOW);
    expect(await whoAmI(teamA)).toMatchObject({ role: PUBLISHER, access: 'edit' });
  });

  it('a new team database under the name of a dropped one does not let the old members in', async () => {
    const superuser = await connectAs(cluster!.user, undefined, 'postgres');
    await superuser.query(`CREATE DATABASE team_d OWNER ${PUBLISHER}`);
    const first = await connectAs(PUBLISHER, PUBLISHER_PASSWORD, 'team_d');
    await installTeamSchema(first, 'ws-d1');
    await installTeamRoles(first);
    await addMember(first, { role: 'hank', password: 'first life only!', access: 'edit', displayName: 'Hank' }, NOW);
    await first.end();
    await superuser.query('DROP DATABASE team_d');
    await superuser.query(`CREATE DATABASE team_d OWNER ${PUBLISHER}`);
    const second = await connectAs(PUBLISHER, PUBLISHER_PASSWORD, 'team_d');
    await installTeamSchema(second, 'ws-d2');
    await installTeamRoles(second);
    expect((await pgError(connectAs('hank', 'first life only!', 'team_d'))).code).toBe('42501');
  });

  it('closes a schema that lets everyone create objects (a database from before PostgreSQL 15)', async () => {
    const superuser = await connectAs(cluster!.user, undefined, 'postgres');
    await superuser.query(`CREATE DATABASE team_e OWNER ${PUBLISHER}`);
    const asSuperuser = await connectAs(cluster!.user, undefined, 'team_e');
    await asSuperuser.query('GRANT CREATE ON SCHEMA public TO PUBLIC');
    const publisher = await connectAs(PUBLISHER, PUBLISHER_PASSWORD, 'team_e');
    await installTeamSchema(publisher, 'ws-e');
    await installTeamRoles(publisher);
    await addMember(publisher, { role: 'ivan', password: 'he tries tricks 9', access: 'edit', displayName: 'Ivan' }, NOW);
    const ivan = await connectAs('ivan', 'he tries tricks 9', 'team_e');
    expect((await pgError(ivan.query('CREATE FUNCTION public.hashtext(text) RETURNS int LANGUAGE sql AS $$ SELECT 1 $$'))).code).toBe('42501');
  });

  it('tells a publisher without CREATEROLE what it needs', async () => {
    const superuser = await connectAs(cluster!.user, undefined, 'postgres');
    await superuser.query("CREATE ROLE weak_publisher LOGIN PASSWORD 'weak publisher 1'");
    await superuser.query('CREATE DATABASE team_f OWNER weak_publisher');
    const weak = await connectAs('weak_publisher', 'weak publisher 1', 'team_f');
    // Whether installTeamSchema applies the roles itself or they follow on their own.
    const publish = async () => {
      await installTeamSchema(weak, 'ws-f');
      await installTeamRoles(weak);
    };
    await expect(publish()).rejects.toThrow(
      /^The role publishing this team workspace needs the right to create roles .*PostgreSQL said: permission denied to create role/,
    );
    // Nothing of it was left behind.
    expect((await weak.query("SELECT to_regclass('sl_members') AS found")).rows[0]).toEqual({ found: null });
  });
});
