import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamMembersView, TeamMemberView, TeamStatus } from '../../shared/team/team-types';
import { dispatch } from '../api/dispatch';
import type { AppController } from '../app/app-controller';
import { makeAppWithWorkspace, makeTestApp } from '../test/temp-workspace';
import { teamClient } from './team-connection';
import { startPgCluster, type PgCluster } from './test/pg-cluster';

// The publisher manages the team's members from the app (Settings ▸ Team ▸ Members), through
// the real dispatcher, against a PostgreSQL that checks passwords.

const PUBLISHER = 'head_of_it';
const PUBLISHER_PASSWORD = 'publisher secret 2026';
const DATABASE = 'team_members';
let cluster: PgCluster | undefined;
const apps: AppController[] = [];

beforeAll(async () => {
  cluster = await startPgCluster({ passwordAuth: true });
  const superuser = new pg.Client({ connectionString: cluster.url() });
  await superuser.connect();
  await superuser.query(`CREATE ROLE ${PUBLISHER} LOGIN CREATEROLE PASSWORD '${PUBLISHER_PASSWORD}'`);
  await superuser.query(`CREATE DATABASE ${DATABASE} OWNER ${PUBLISHER}`);
  await superuser.end();
});
afterAll(async () => {
  for (const app of apps) {
    await app.team.detach();
    app.close();
  }
  await cluster?.stop();
});

const urlFor = (role: string) => `postgres://${role}@${cluster!.host}:${cluster!.port}/${DATABASE}`;

type Outcome = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string; field?: string } };

function call(app: AppController, method: string, input: unknown): Promise<Outcome> {
  return dispatch(app, method, input, { timeZone: 'UTC' }) as Promise<Outcome>;
}

async function value<T>(app: AppController, method: string, input: unknown): Promise<T> {
  const outcome = await call(app, method, input);
  if (!outcome.ok) throw new Error(`${method}: ${outcome.error.code} ${outcome.error.message}`);
  return outcome.value as T;
}

async function joined(role: string, password: string) {
  const { app, dir } = makeTestApp();
  apps.push(app);
  await app.team.join({ url: urlFor(role), password, tls: false, filePath: `${dir}/${role}.sqlite` });
  return app;
}

describe('managing the team members from the app', () => {
  let head: AppController;
  let samId: number;

  it('lets the publisher add a reader and an editor linked to a person', async () => {
    ({ app: head } = await makeAppWithWorkspace());
    apps.push(head);
    const hana = await value<{ id: number }>(head, 'people.create', { name: 'Hana Head' });
    head.setActor(hana.id);
    samId = (await value<{ id: number }>(head, 'people.create', { name: 'Sam Service Owner' })).id;
    await head.team.publish({ url: urlFor(PUBLISHER), password: PUBLISHER_PASSWORD, tls: false });

    const audrey = await value<TeamMemberView>(head, 'team.addMember', { role: 'audrey', password: 'checks everything 2026', access: 'read' });
    expect(audrey).toMatchObject({ role: 'audrey', displayName: 'audrey', access: 'read', person: null, linked: false, removedAt: null, isYou: false });
    const sam = await value<TeamMemberView>(head, 'team.addMember', {
      role: 'sam',
      password: 'owner of services 2026',
      access: 'edit',
      personId: samId,
    });
    expect(sam).toMatchObject({
      role: 'sam',
      displayName: 'Sam Service Owner',
      access: 'edit',
      person: { id: samId, name: 'Sam Service Owner' },
      linked: true,
    });

    const list = await value<TeamMembersView>(head, 'team.members', {});
    expect(list.canManage).toBe(true);
    const byRole = [...list.members].sort((a, b) => a.role.localeCompare(b.role));
    expect(byRole.map((member) => [member.role, member.access, member.person?.name ?? null, member.isYou])).toEqual([
      ['audrey', 'read', null, false],
      [PUBLISHER, 'edit', 'Hana Head', true],
      ['sam', 'edit', 'Sam Service Owner', false],
    ]);
  });

  it('the editor joins and works as the person their role is linked to; a member may not manage members', async () => {
    const sam = await joined('sam', 'owner of services 2026');
    expect(sam.actor().name).toBe('Sam Service Owner');
    expect(sam.team.status().member).toMatchObject({ role: 'sam', access: 'edit', personName: 'Sam Service Owner' });

    const list = await value<TeamMembersView>(sam, 'team.members', {});
    expect(list.canManage).toBe(false);
    expect(list.members.find((member) => member.isYou)).toMatchObject({ role: 'sam', person: { name: 'Sam Service Owner' } });

    const refused = await call(sam, 'team.addMember', { role: 'mallory', password: 'let me in please 2026', access: 'edit' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: /Only the person who published/ } });
    expect(await call(sam, 'team.setMemberAccess', { role: 'audrey', access: 'edit' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const after = await value<TeamMembersView>(head, 'team.members', {});
    expect(after.members.map((member) => member.role)).not.toContain('mallory');
    expect(after.members.find((member) => member.role === 'audrey')?.access).toBe('read');
  });

  it('names the field of bad input and changes nothing', async () => {
    expect(await call(head, 'team.addMember', { role: 'Bad Name', password: 'long enough password', access: 'edit' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'role' },
    });
    expect(await call(head, 'team.addMember', { role: 'ok_name', password: 'short', access: 'edit' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'password' },
    });
    expect(await call(head, 'team.addMember', { role: 'ok_name', password: 'a long ok_name password', access: 'edit' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'password', message: /role name/ },
    });
    expect(await call(head, 'team.addMember', { role: 'sam', password: 'another password 2026', access: 'edit' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'role', message: /already a member/ },
    });
    expect(await call(head, 'team.addMember', { role: 'ok_name', password: 'long enough password', access: 'edit', personId: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'personId' },
    });
    expect(await call(head, 'team.removeMember', { role: PUBLISHER })).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'role' } });
    const list = await value<TeamMembersView>(head, 'team.members', {});
    expect(list.members.map((member) => member.role).sort()).toEqual(['audrey', PUBLISHER, 'sam']);
  });

  it('changes access, links a person and removes a member; the database follows', async () => {
    const audreyId = (await value<{ id: number }>(head, 'people.create', { name: 'Audrey Auditor' })).id;
    expect(await value<TeamMemberView>(head, 'team.linkPerson', { role: 'audrey', personId: audreyId })).toMatchObject({
      person: { id: audreyId, name: 'Audrey Auditor' },
    });
    await head.team.syncNow();
    const auditor = await joined('audrey', 'checks everything 2026');
    expect(auditor.actor().name).toBe('Audrey Auditor');
    expect(auditor.team.readOnly()).toBe(true);

    expect(await value<TeamMemberView>(head, 'team.setMemberAccess', { role: 'audrey', access: 'edit' })).toMatchObject({ access: 'edit' });
    await auditor.team.syncNow();
    expect(auditor.team.readOnly()).toBe(false);

    const removed = await value<TeamMemberView>(head, 'team.removeMember', { role: 'audrey' });
    expect(removed.removedAt).toBe('2026-11-24T09:00:00.000Z');
    const status = await auditor.team.syncNow();
    expect(status.problem).toMatch(/not a member of this team workspace/);

    // Linking one's own role takes effect in this copy at once.
    expect(await value<TeamMemberView>(head, 'team.linkPerson', { role: PUBLISHER, personId: null })).toMatchObject({ linked: false, isYou: true });
    expect(head.actor().id).toBeNull();
    expect(head.info().workspace?.currentPerson).toBeNull();
  });

  it('sets a new password for a member: they connect with it, the old one is refused; only the publisher may', async () => {
    const connects = async (role: string, password: string) => {
      const client = teamClient(urlFor(role), password, false);
      try {
        await client.connect();
        return 'connected';
      } catch (error) {
        return (error as { code?: string }).code ?? String(error);
      } finally {
        await client.end().catch(() => undefined);
      }
    };
    const sam = apps.find((app) => app.team.status().member?.role === 'sam')!;
    expect(await call(sam, 'team.setMemberPassword', { role: 'audrey', password: 'a password picked by me' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: /Only the person who published/ },
    });

    // A quote, a backslash and a dollar sign reach PostgreSQL as part of the password, not of the statement.
    const fresh = `it's new \\ $pw$ 2026`;
    expect(await value<TeamMemberView>(head, 'team.setMemberPassword', { role: 'sam', password: fresh })).toMatchObject({ role: 'sam', access: 'edit' });
    expect(await connects('sam', fresh)).toBe('connected');
    expect(await connects('sam', 'owner of services 2026')).toBe('28P01');
    // Not ASCII: the password itself travels in the escaped literal and the server hashes it.
    const accented = `Grüße, it's \\ new 2026`;
    await value<TeamMemberView>(head, 'team.setMemberPassword', { role: 'sam', password: accented });
    expect(await connects('sam', accented)).toBe('connected');
    expect(await connects('sam', fresh)).toBe('28P01');

    expect(await call(head, 'team.setMemberPassword', { role: 'sam', password: 'short' })).toMatchObject({ ok: false, error: { field: 'password' } });
    expect(await call(head, 'team.setMemberPassword', { role: 'sam', password: 'sam likes this one 2026' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'password', message: /role name/ },
    });
    expect(await call(head, 'team.setMemberPassword', { role: 'audrey', password: 'too late for her 2026' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'role', message: /was removed/ },
    });
    expect(await call(head, 'team.setMemberPassword', { role: 'nobody_here', password: 'long enough password' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'role', message: /not a member/ },
    });
    expect(await connects('sam', accented)).toBe('connected');

    // Sam's copy still holds the old password: Sam types the new one there and syncs again.
    expect(await call(sam, 'team.members', {})).toMatchObject({ ok: false, error: { code: 'conflict', message: /refused the password for role "?sam/ } });
    expect(await call(sam, 'team.changeSavedPassword', { password: 'owner of services 2026' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'password', message: /^The password was not saved: PostgreSQL refused the password/ },
    });
    expect(await value<TeamStatus>(sam, 'team.changeSavedPassword', { password: accented })).toMatchObject({ connection: 'online', problem: null });
    expect((await value<TeamMembersView>(sam, 'team.members', {})).canManage).toBe(false);
  });

  it('the publisher changing their own password keeps this copy connecting: the saved password changes too', async () => {
    const mine = 'the publisher moved on 2027';
    expect(await value<TeamMemberView>(head, 'team.setMemberPassword', { role: PUBLISHER, password: mine })).toMatchObject({ isYou: true });
    // Every members call opens a new connection with the saved password.
    expect((await value<TeamMembersView>(head, 'team.members', {})).canManage).toBe(true);
    await head.team.detach();
    head.team.attach();
    const status = await head.team.syncNow();
    expect(status).toMatchObject({ connection: 'online', problem: null });
  });
});
