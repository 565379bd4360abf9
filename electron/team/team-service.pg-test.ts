import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch';
import type { AppController } from '../app/app-controller';
import { makeAppWithWorkspace, makeTestApp } from '../test/temp-workspace';
import type { ImportProgress } from '../../shared/api/catalogue-io-api';
import { importProgress, onImportProgress } from '../io/import-progress';
import { addMember } from './team-members';
import { startPgCluster, type PgCluster } from './test/pg-cluster';

const NOW = '2026-11-24T09:00:00.000Z';
const PUBLISHER = 'head_of_it';
const PUBLISHER_PASSWORD = 'publisher secret 2026';
let cluster: PgCluster | undefined;
const apps: AppController[] = [];

beforeAll(async () => {
  cluster = await startPgCluster({ passwordAuth: true });
  const superuser = new pg.Client({ connectionString: cluster.url() });
  await superuser.connect();
  await superuser.query(`CREATE ROLE ${PUBLISHER} LOGIN CREATEROLE PASSWORD '${PUBLISHER_PASSWORD}'`);
  for (const name of ['team_one', 'team_two', 'team_three', 'team_four']) await superuser.query(`CREATE DATABASE ${name} OWNER ${PUBLISHER}`);
  await superuser.end();
});
afterAll(async () => {
  for (const app of apps) {
    await app.team.detach();
    app.close();
  }
  await cluster?.stop();
});

const urlFor = (role: string, database: string) => `postgres://${role}@${cluster!.host}:${cluster!.port}/${database}`;

async function call(app: AppController, method: string, input: unknown): Promise<unknown> {
  const result = await dispatch(app, method, input, { timeZone: 'UTC' });
  if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
  return result.value;
}

/** The head of IT's workspace with a person chosen, published to `database`. */
async function published(database: string) {
  const { app } = await makeAppWithWorkspace();
  apps.push(app);
  const head = (await call(app, 'people.create', { name: 'Hana Head' })) as { id: number };
  app.setActor(head.id);
  await call(app, 'services.create', { code: 'SVC-001', name: 'Email', lifecycle: 'live' });
  const status = await app.team.publish({ url: urlFor(PUBLISHER, database), password: PUBLISHER_PASSWORD, tls: false });
  return { app, status, headId: head.id };
}

async function joined(role: string, password: string, database: string) {
  const { app, dir } = makeTestApp();
  apps.push(app);
  const status = await app.team.join({ url: urlFor(role, database), password, tls: false, filePath: `${dir}/replica.sqlite` });
  return { app, status };
}

describe('publish and join through the team service', () => {
  it('publishes, and a member joins with their own role and works as their own person', async () => {
    const { app: head, status } = await published('team_one');
    expect(status).toMatchObject({
      mode: 'team',
      connection: 'online',
      problem: null,
      waiting: 0,
      openConflicts: 0,
      member: { role: PUBLISHER, personName: 'Hana Head', access: 'edit' },
    });
    // The password is not in the workspace file.
    expect(JSON.stringify(head.db.prepare('SELECT * FROM sync_state').get())).not.toContain(PUBLISHER_PASSWORD);

    // The head of IT adds Sam, linked to a person record, as an editor.
    const sam = (await call(head, 'people.create', { name: 'Sam Service Owner' })) as { id: number };
    await head.team.syncNow();
    const samKey = head.db.prepare("SELECT row_key FROM sync_row_keys WHERE table_name = 'people' AND local_id = ?").pluck().get(sam.id) as string;
    const admin = new pg.Client({ connectionString: urlFor(`${PUBLISHER}:${encodeURIComponent(PUBLISHER_PASSWORD)}`, 'team_one') });
    await admin.connect();
    await addMember(admin, { role: 'sam', password: 'owner of services 2026', access: 'edit', displayName: 'Sam', personRowKey: samKey }, NOW);
    await admin.end();

    const { app: samApp, status: samStatus } = await joined('sam', 'owner of services 2026', 'team_one');
    expect(samStatus).toMatchObject({ mode: 'team', connection: 'online', member: { role: 'sam', personName: 'Sam Service Owner', access: 'edit' } });
    expect(samApp.actor().name).toBe('Sam Service Owner');
    expect(() => samApp.setActor(null)).toThrow(/team role is linked/);

    // Sam's edit reaches the head of IT, recorded against Sam.
    const email = samApp.db.prepare("SELECT id FROM services WHERE code = 'SVC-001'").pluck().get() as number;
    await call(samApp, 'services.update', { id: email, description: 'Mail for all staff' });
    expect(samApp.team.status().waiting).toBeGreaterThan(0);
    await samApp.team.syncNow();
    await head.team.syncNow();
    expect(head.db.prepare("SELECT description FROM services WHERE code = 'SVC-001'").pluck().get()).toBe('Mail for all staff');
    expect(head.db.prepare("SELECT actor_name FROM audit_log WHERE entity = 'service' ORDER BY id DESC LIMIT 1").pluck().get()).toBe('Sam Service Owner');
    const log = samApp.team.log({ limit: 10 });
    expect(log[0]).toMatchObject({ direction: 'sent', table: 'services', recordLabel: 'SVC-001', field: 'description', outcome: 'applied' });
    expect(log.map((entry) => entry.table)).not.toContain('audit_log'); // travels, but is not news
  });

  it('lets a reader see everything and change nothing: the app refuses, the database would too', async () => {
    const { app: head } = await published('team_two');
    const admin = new pg.Client({ connectionString: urlFor(`${PUBLISHER}:${encodeURIComponent(PUBLISHER_PASSWORD)}`, 'team_two') });
    await admin.connect();
    await addMember(admin, { role: 'audrey', password: 'checks everything 2026', access: 'read', displayName: 'Audrey Auditor' }, NOW);
    await admin.end();
    void head;
    const { app: auditor, status } = await joined('audrey', 'checks everything 2026', 'team_two');
    expect(status.member).toMatchObject({ role: 'audrey', access: 'read' });
    expect(auditor.db.prepare('SELECT count(*) FROM services').pluck().get()).toBe(1);
    await expect(call(auditor, 'services.create', { name: 'Sneaky' })).rejects.toMatchObject({ code: 'forbidden', message: /reader/ });
    expect(auditor.db.prepare('SELECT count(*) FROM services').pluck().get()).toBe(1);
  });

  it('resolves a conflict from the inbox; the resolution reaches everyone and closes it', async () => {
    const { app: head } = await published('team_three');
    const admin = new pg.Client({ connectionString: urlFor(`${PUBLISHER}:${encodeURIComponent(PUBLISHER_PASSWORD)}`, 'team_three') });
    await admin.connect();
    // Sam's role exists on this server already (a member of team_one): added as it is.
    await addMember(admin, { role: 'sam', access: 'edit', displayName: 'Sam' }, NOW);
    await admin.end();
    const { app: sam } = await joined('sam', 'owner of services 2026', 'team_three');
    const headEmail = head.db.prepare("SELECT id FROM services WHERE code = 'SVC-001'").pluck().get() as number;
    const samEmail = sam.db.prepare("SELECT id FROM services WHERE code = 'SVC-001'").pluck().get() as number;
    await call(head, 'services.update', { id: headEmail, description: 'Head says' });
    await call(sam, 'services.update', { id: samEmail, description: 'Sam says' });
    await head.team.syncNow();
    await sam.team.syncNow();
    const [conflict] = sam.team.conflicts();
    // Whichever change reached the team first is current: each app's background loop may send
    // before the test's own sync does (it did once in CI).
    expect(conflict).toMatchObject({ table: 'services', recordLabel: 'SVC-001', field: 'description' });
    expect([conflict!.currentValue, conflict!.proposedValue].sort()).toEqual(['Head says', 'Sam says']);
    expect(sam.team.status().openConflicts).toBe(1);
    await sam.team.resolveConflict(conflict!.id, { keep: 'proposed' });
    await head.team.syncNow();
    await sam.team.syncNow();
    for (const app of [head, sam]) {
      expect(app.db.prepare("SELECT description FROM services WHERE code = 'SVC-001'").pluck().get()).toBe(conflict!.proposedValue);
      expect(app.team.conflicts()).toEqual([]);
    }
  });

  it('a join cut short leaves no file behind and the workspace that was open still open; once mended it joins', async () => {
    await published('team_four');
    const admin = new pg.Client({ connectionString: urlFor(`${PUBLISHER}:${encodeURIComponent(PUBLISHER_PASSWORD)}`, 'team_four') });
    admin.on('error', () => undefined); // the cluster stopping at the end of the file
    await admin.connect();
    // A service whose name the team holds as null cannot be written (name is required).
    const breakName = (name: string) => admin.query("UPDATE sl_rows SET value = jsonb_set(value, '{name}', $1::jsonb) WHERE table_name = 'services'", [name]);
    await breakName('null');
    const { app, dir } = await makeAppWithWorkspace();
    apps.push(app);
    const opened = app.workspacePath;
    const target = path.join(dir, 'joined.sqlite');
    const reports: ImportProgress[] = [];
    const stopListening = onImportProgress((id, progress) => id.startsWith('join-four') && reports.push(progress));
    const join = (progressId: string) =>
      app.team.join({ url: urlFor(PUBLISHER, 'team_four'), password: PUBLISHER_PASSWORD, tls: false, filePath: target, progressId });
    await expect(join('join-four-1')).rejects.toMatchObject({ code: 'conflict', field: 'url', message: expect.stringMatching(/^Could not join: .*NOT NULL/) });
    expect(importProgress('join-four-1')).toMatchObject({ phase: 'failed' });
    expect(fs.readdirSync(dir).filter((name) => name.startsWith('joined'))).toEqual([]);
    expect(app.workspacePath).toBe(opened);
    expect(app.team.status().mode).toBe('single');

    await breakName('"Email"');
    reports.length = 0;
    const status = await join('join-four-2');
    stopListening();
    await admin.end();
    // The join said how far it had got: connecting, then the records arriving up to all of them, then done.
    const total = reports.find((report) => report.phase === 'writing')!.total!;
    expect(total).toBeGreaterThan(0);
    expect(reports[0]).toEqual({ phase: 'reading', done: 0, total: null });
    const written = reports.filter((report) => report.phase === 'writing').map((report) => report.done);
    expect(written).toEqual([...written].sort((a, b) => a - b));
    expect(written.at(-1)).toBe(total);
    expect(reports.at(-1)).toEqual({ phase: 'done', done: total, total });
    expect(status).toMatchObject({ mode: 'team', connection: 'online', waiting: 0 });
    expect(app.workspacePath).toBe(target);
    expect(app.db.prepare("SELECT name FROM services WHERE code = 'SVC-001'").pluck().get()).toBe('Email');
  });

  it('says what is wrong with an unreachable server, keeps working offline and sends what waited once it is back', async () => {
    const { app: head } = await published('team_one').catch(() => ({ app: undefined }));
    void head;
    const { app } = await makeAppWithWorkspace();
    apps.push(app);
    await expect(app.team.publish({ url: `postgres://${PUBLISHER}@127.0.0.1:1/team_one`, password: 'x', tls: false })).rejects.toMatchObject({
      code: 'conflict',
      message: /not published/,
    });
    expect(app.team.status().mode).toBe('single');
    await expect(app.team.publish({ url: urlFor(PUBLISHER, 'team_one'), password: 'wrong password', tls: false })).rejects.toMatchObject({
      message: /password/,
    });
  });
});
