import { describe, expect, it } from 'vitest';
import { serviceEntity } from '../../shared/entity/service-entity';
import { updateService } from '../repositories/services/service-writes';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';
import { enterTeamMode, isTeamWorkspace, waitingChanges } from './outbox';

const TEAM = { url: 'postgresql://olivia@db.example.org/itsm', workspaceId: 'ws-1', replicaId: 'replica-a' };

async function teamApp() {
  const made = await makeAppWithWorkspace();
  enterTeamMode(made.app.db, TEAM, '2026-11-24T09:00:00Z');
  return made;
}

describe('team outbox: field-level changes recorded with the write', () => {
  it('records nothing in a single-user workspace', async () => {
    const { app } = await makeAppWithWorkspace();
    const service = await call(app, 'services.create', { name: 'Email', lifecycle: 'live' });
    await call(app, 'services.update', { id: service.id, name: 'Mail' });
    expect(isTeamWorkspace(app.db)).toBe(false);
    expect(app.db.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(0);
    expect(app.db.prepare('SELECT count(*) FROM sync_row_keys').pluck().get()).toBe(0);
  });

  it('records every audited field of a new service, keyed by a key unique across replicas', async () => {
    const { app } = await teamApp();
    const service = await call(app, 'services.create', { name: 'Email', lifecycle: 'live', tags: ['messaging'] });
    const changes = waitingChanges(app.db, 100);
    const audited = Object.keys(serviceEntity.fields).filter((key) => serviceEntity.fields[key as keyof typeof serviceEntity.fields].audited !== false);
    expect(changes.map((change) => change.field).sort()).toEqual(audited.sort());
    expect(new Set(changes.map((change) => change.rowKey)).size).toBe(1);
    expect(changes[0]!.rowKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(changes.find((change) => change.field === 'tags')!.value).toEqual(['messaging']);
    expect(changes.find((change) => change.field === 'name')).toMatchObject({ table: 'services', value: 'Email', baseVersion: 0, actor: expect.any(String) });
    expect(app.db.prepare('SELECT local_id FROM sync_row_keys').pluck().get()).toBe(service.id);
  });

  it('records only the fields an update changed, from the version last seen, in clock order', async () => {
    const { app } = await teamApp();
    const service = await call(app, 'services.create', { name: 'Email', lifecycle: 'live' });
    const created = waitingChanges(app.db, 100);
    const rowKey = created[0]!.rowKey;
    // As if the team database had accepted the creation, the name as change 41.
    app.db.prepare('UPDATE sync_outbox SET pushed_seq = id').run();
    app.db.prepare("INSERT INTO sync_field_versions (table_name, row_key, field, version) VALUES ('services', ?, 'name', 41)").run(rowKey);
    await call(app, 'services.update', { id: service.id, name: 'Mail', criticality: 2, lifecycle: 'live' });
    const updated = waitingChanges(app.db, 100);
    expect(updated.map((change) => [change.field, change.value, change.baseVersion])).toEqual([
      ['name', 'Mail', 41],
      ['criticality', 2, 0],
    ]);
    await call(app, 'services.update', { id: service.id, name: 'Mail and calendar' });
    const second = waitingChanges(app.db, 100).at(-1)!;
    const first = updated[0]!;
    expect(second).toMatchObject({ field: 'name', value: 'Mail and calendar', baseVersion: 41, baseOutboxId: first.id });
    expect(first.baseOutboxId).toBeNull();
    const clock = app.db.prepare('SELECT hlc FROM sync_outbox ORDER BY id').pluck().all() as string[];
    expect([...clock].sort()).toEqual(clock);
    expect(new Set(clock).size).toBe(clock.length);
  });

  it('records nothing for a write that fails, nor for one that changes nothing', async () => {
    const { app } = await teamApp();
    await call(app, 'services.create', { name: 'Email', code: 'SVC-100' });
    const other = await call(app, 'services.create', { name: 'Web' });
    const before = app.db.prepare('SELECT count(*) FROM sync_outbox').pluck().get();
    await callError(app, 'services.update', { id: other.id, code: 'SVC-100' });
    await call(app, 'services.update', { id: other.id, name: 'Web' });
    expect(app.db.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(before);
  });

  it('rolls the recorded changes back with a write whose transaction fails after recording them', async () => {
    const { app } = await teamApp();
    const service = await call(app, 'services.create', { name: 'Email' });
    const before = app.db.prepare('SELECT count(*) FROM sync_outbox').pluck().get();
    const failing = app.db.transaction(() => {
      updateService(app.db, { id: null, name: 'olivia' }, { id: service.id, name: 'Mail' }, '2026-11-24T09:05:00Z');
      expect(app.db.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(Number(before) + 1);
      throw new Error('a later step of the same write failed');
    });
    expect(failing).toThrow(/later step/);
    expect(app.db.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(before);
    expect(app.db.prepare('SELECT name FROM services WHERE id = ?').pluck().get(service.id)).toBe('Email');
  });
});
