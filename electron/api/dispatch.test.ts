import { describe, expect, it } from 'vitest';
import { makeAppWithWorkspace, makeTestApp } from '../test/temp-workspace';
import { handlers } from '../handlers';
import { dispatch } from './dispatch';

describe('dispatch', () => {
  it('refuses an unknown method by name', async () => {
    const { app } = makeTestApp();
    expect(await dispatch(app, 'people.delete', {})).toEqual({
      ok: false,
      error: { code: 'unknown_method', message: 'There is no API method named "people.delete".' },
    });
  });

  it('names the field and the problem when input is invalid, and writes nothing', async () => {
    const { app } = await makeAppWithWorkspace();
    const result = await dispatch(app, 'people.create', { name: '   ', email: 'not-an-email' });
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Name: is required', field: 'name' } });
    const emailResult = await dispatch(app, 'people.create', { name: 'Ann', email: 'not-an-email' });
    expect(emailResult).toMatchObject({ ok: false, error: { field: 'email', message: 'Email: must look like name@example.org' } });
    expect(app.db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);
    expect(app.db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(0);
  });

  it('rejects fields the method does not know instead of silently dropping them', async () => {
    const { app } = await makeAppWithWorkspace();
    const result = await dispatch(app, 'people.create', { name: 'Ann', nickname: 'A' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers no_workspace for data methods when no workspace is open', async () => {
    const { app } = makeTestApp();
    expect(await dispatch(app, 'people.list', {})).toMatchObject({ ok: false, error: { code: 'no_workspace' } });
    expect(await dispatch(app, 'workspace.info', undefined)).toMatchObject({ ok: true, value: { workspace: null } });
  });

  it('records every write in the audit trail with actor and before/after', async () => {
    const { app } = await makeAppWithWorkspace();
    const created = await dispatch(app, 'people.create', { name: 'Ann Lee', email: 'ann@example.org', role: 'Service owner' });
    expect(created.ok).toBe(true);
    const id = (created as { value: { id: number } }).value.id;
    await dispatch(app, 'settings.update', { currentPersonId: id });
    await dispatch(app, 'people.update', { id, role: 'Head of IT' });
    const audit = await dispatch(app, 'audit.list', {});
    expect(audit.ok).toBe(true);
    const entries = (audit as { value: { entries: Array<Record<string, unknown>> } }).value.entries;
    expect(entries[0]).toMatchObject({
      entity: 'person',
      entityId: String(id),
      action: 'update',
      actorId: id,
      actorName: 'Ann Lee',
      before: expect.objectContaining({ role: 'Service owner' }),
      after: expect.objectContaining({ role: 'Head of IT' }),
    });
    expect(entries[1]).toMatchObject({ action: 'create', actorId: null, actorName: expect.stringContaining('no person chosen') });
  });

  it('rolls the whole write back when a handler fails half-way', async () => {
    const { app } = await makeAppWithWorkspace();
    const failing = {
      ...handlers,
      'people.create': (input: { name: string }, context: Parameters<(typeof handlers)['people.create']>[1]) => {
        context.db.prepare("INSERT INTO people (name, created_at, updated_at) VALUES (?, 'x', 'x')").run(input.name);
        throw new Error('disk on fire');
      },
    } as typeof handlers;
    const result = await dispatch(app, 'people.create', { name: 'Half Written' }, { handlers: failing, logError: () => {} });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('nothing was saved') } });
    expect(app.db.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0);
  });

  it('reports a duplicate name as a conflict on the name field', async () => {
    const { app } = await makeAppWithWorkspace();
    await dispatch(app, 'people.create', { name: 'Ann Lee' });
    expect(await dispatch(app, 'people.create', { name: 'ann lee' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'name', message: expect.stringContaining('already in use') },
    });
  });

  it('refuses an inactive person as "I am"', async () => {
    const { app } = await makeAppWithWorkspace();
    const created = (await dispatch(app, 'people.create', { name: 'Gone Person' })) as { ok: true; value: { id: number } };
    await dispatch(app, 'people.update', { id: created.value.id, active: false });
    expect(await dispatch(app, 'settings.update', { currentPersonId: created.value.id })).toMatchObject({
      ok: false,
      error: { field: 'currentPersonId', message: expect.stringContaining('inactive') },
    });
    expect(await dispatch(app, 'settings.update', { currentPersonId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'not_found', field: 'currentPersonId' },
    });
  });

  it('finds records by code or name for the command palette', async () => {
    const { app } = await makeAppWithWorkspace();
    await dispatch(app, 'people.create', { name: 'Network Nancy' });
    app.db
      .prepare("INSERT INTO services (code, name, created_at, updated_at) VALUES ('SVC-001', 'Network (LAN/WAN)', 'x', 'x'), ('SVC-002', 'Email', 'x', 'x')")
      .run();
    const result = (await dispatch(app, 'search.records', { text: 'netw' })) as { ok: true; value: Array<{ kind: string; title: string }> };
    expect(result.value.map((hit) => `${hit.kind}:${hit.title}`)).toEqual(['service:Network (LAN/WAN)', 'person:Network Nancy']);
    const byCode = (await dispatch(app, 'search.records', { text: 'SVC-002' })) as { ok: true; value: Array<{ code: string }> };
    expect(byCode.value[0]?.code).toBe('SVC-002');
    expect(await dispatch(app, 'search.records', { text: '' })).toMatchObject({ ok: false, error: { field: 'text' } });
  });

  it('treats % and _ in a search as plain characters', async () => {
    const { app } = await makeAppWithWorkspace();
    await dispatch(app, 'people.create', { name: 'Ann' });
    const result = (await dispatch(app, 'search.records', { text: '%' })) as { ok: true; value: unknown[] };
    expect(result.value).toEqual([]);
  });
});
