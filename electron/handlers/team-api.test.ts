import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { teamConnectionInput, teamJoinInput } from '../../shared/api/team-api';
import type { SyncLogEntry } from '../../shared/team/team-types';
import { call, callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';
import { logPage } from './team-handlers';

const URL_OK = 'postgres://ada@db.example.org:5432/serviceledger';

describe('team API input', () => {
  it('refuses a connection string that is not postgres:// or postgresql://, naming the field, before the engine runs', async () => {
    const { app } = await makeAppWithWorkspace();
    for (const url of ['', 'jdbc:postgresql://db/x', 'db.example.org:5432', 'mysql://ada@db/x', 'postgres://']) {
      const error = await callError(app, 'team.publish', { url });
      expect(error, url).toMatchObject({ code: 'invalid_input', field: 'url' });
      expect(error.message, url).toMatch(/^URL: (is required|must start with postgres:\/\/ or postgresql:\/\/ and name a server)/);
    }
    expect(await callError(app, 'team.publish', { url: URL_OK, password: 'x'.repeat(1001) })).toMatchObject({
      field: 'password',
      message: 'Password: must be at most 1,000 characters',
    });
    expect(await callError(app, 'team.publish', { url: URL_OK, tls: 'yes' })).toMatchObject({ field: 'tls' });
    expect(await callError(app, 'team.publish', { url: URL_OK, sslmode: 'disable' })).toMatchObject({ code: 'invalid_input' });
    app.shutdown();
  });

  it('checks the replica path of a join like every workspace path, and creates no file', async () => {
    const { app, dir } = await makeAppWithWorkspace();
    const target = path.join(dir, 'team.sqlite');
    expect(await callError(app, 'team.join', { url: URL_OK, filePath: `${target}\u0000x` })).toMatchObject({ code: 'invalid_input', field: 'filePath' });
    expect((await callError(app, 'team.join', { url: URL_OK, filePath: '  ' })).message).toBe('File path: is required');
    expect((await callError(app, 'team.join', { url: URL_OK, filePath: path.join(dir, `${'a'.repeat(300)}.sqlite`) })).message).toMatch(
      /longer than 255 bytes/,
    );
    expect(await callError(app, 'team.join', { url: 'https://db.example.org', filePath: target })).toMatchObject({ field: 'url' });
    expect(fs.existsSync(target)).toBe(false);
    app.shutdown();
  });

  it('bounds the sync log page and checks the conflict resolution', async () => {
    const { app } = await makeAppWithWorkspace();
    expect(await callError(app, 'team.log', { limit: 0 })).toMatchObject({ field: 'limit', message: 'Limit: must be at least 1' });
    expect(await callError(app, 'team.log', { limit: 501 })).toMatchObject({ field: 'limit', message: 'Limit: must be at most 500' });
    expect(await callError(app, 'team.log', { limit: 10, beforeSeq: -3 })).toMatchObject({ field: 'beforeSeq' });
    expect(await callError(app, 'team.resolveConflict', { id: 0, resolution: { keep: 'current' } })).toMatchObject({ field: 'id' });
    expect(await callError(app, 'team.resolveConflict', { id: 4, resolution: { keep: 'mine' } })).toMatchObject({ code: 'invalid_input' });
    expect(await callError(app, 'team.resolveConflict', { id: 4, resolution: { keep: 'other' } })).toMatchObject({ code: 'invalid_input' });
    expect(await callError(app, 'team.resolveConflict', { id: 4, resolution: { keep: 'other', value: { a: 1 } } })).toMatchObject({ code: 'invalid_input' });
    expect(await callError(app, 'team.resolveConflict', { id: 4, resolution: { keep: 'other', value: 'x'.repeat(10_001) } })).toMatchObject({
      code: 'invalid_input',
    });
    app.shutdown();
  });

  it('turns TLS on unless the person turns it off, and keeps a password exactly as typed', () => {
    expect(teamConnectionInput.parse({ url: ` ${URL_OK} ` })).toEqual({ url: URL_OK, tls: true });
    expect(teamConnectionInput.parse({ url: 'postgresql://ada@localhost/sl', password: ' s3cret ', tls: false })).toEqual({
      url: 'postgresql://ada@localhost/sl',
      password: ' s3cret ',
      tls: false,
    });
    expect(teamJoinInput.parse({ url: URL_OK, filePath: ' team ' })).toEqual({ url: URL_OK, tls: true, filePath: 'team' });
  });

  it('answers a single-user workspace with mode "single", an empty sync log and no conflicts', async () => {
    const { app } = await makeAppWithWorkspace();
    expect(await call(app, 'team.status', {})).toMatchObject({ mode: 'single', teamUrl: null, member: null, waiting: 0, openConflicts: 0 });
    expect(await call(app, 'team.log', {})).toEqual({ entries: [], nextBeforeSeq: null });
    expect(await call(app, 'team.conflicts', {})).toEqual([]);
    app.shutdown();
  });
});

describe('sync log pages', () => {
  const entry = (seq: number | null): SyncLogEntry => ({
    seq,
    direction: seq === null ? 'waiting' : 'received',
    at: '2026-11-24T09:00:00.000Z',
    actor: 'ada',
    table: 'services',
    recordLabel: 'SVC-001',
    field: 'name',
    outcome: seq === null ? 'waiting' : 'applied',
    note: null,
  });

  it('continues after the last change number of a full page, and ends when nothing older was found', () => {
    expect(logPage([entry(null), entry(9), entry(8), entry(7)], 3)).toEqual({ entries: [entry(null), entry(9), entry(8)], nextBeforeSeq: 8 });
    expect(logPage([entry(9), entry(8)], 3)).toEqual({ entries: [entry(9), entry(8)], nextBeforeSeq: null });
    expect(logPage([], 3)).toEqual({ entries: [], nextBeforeSeq: null });
  });
});

describe('team members API input', () => {
  it('names the field of a bad role, password, access or person before anything reaches a server', async () => {
    const { app } = await makeAppWithWorkspace();
    for (const role of ['', 'Sam', '1sam', 'sam smith', 'sam-smith', 'a'.repeat(49), 'pg_sam', 'sl_sam']) {
      expect(await callError(app, 'team.addMember', { role, password: 'long enough password', access: 'edit' }), role).toMatchObject({
        code: 'invalid_input',
        field: 'role',
      });
    }
    expect(await callError(app, 'team.addMember', { role: 'sam', password: 'too short', access: 'edit' })).toMatchObject({ field: 'password' });
    expect(await callError(app, 'team.addMember', { role: 'sam', password: 'x'.repeat(257), access: 'edit' })).toMatchObject({ field: 'password' });
    expect(await callError(app, 'team.addMember', { role: 'sam', password: 'long enough password', access: 'admin' })).toMatchObject({ field: 'access' });
    expect(await callError(app, 'team.linkPerson', { role: 'sam', personId: 0 })).toMatchObject({ field: 'personId' });
    expect(await callError(app, 'team.setMemberAccess', { role: 'sam', access: 'write' })).toMatchObject({ field: 'access' });
    expect(await callError(app, 'team.setMemberPassword', { role: 'sam', password: 'too short' })).toMatchObject({ code: 'invalid_input', field: 'password' });
    expect(await callError(app, 'team.setMemberPassword', { role: 'Sam', password: 'long enough password' })).toMatchObject({ field: 'role' });
    expect(await callError(app, 'team.setMemberPassword', { role: 'sam' })).toMatchObject({ field: 'password' });
    expect(await callError(app, 'team.changeSavedPassword', { password: '' })).toMatchObject({ code: 'invalid_input', field: 'password' });
    app.shutdown();
  });

  it('says a single-user workspace has no members to manage', async () => {
    const { app } = await makeAppWithWorkspace();
    expect(await callError(app, 'team.members', {})).toMatchObject({ code: 'conflict', message: 'This workspace is not part of a team.' });
    expect(await callError(app, 'team.removeMember', { role: 'sam' })).toMatchObject({ code: 'conflict' });
    expect(await callError(app, 'team.setMemberPassword', { role: 'sam', password: 'long enough password' })).toMatchObject({ code: 'conflict' });
    expect(await callError(app, 'team.changeSavedPassword', { password: 'long enough password' })).toMatchObject({ code: 'conflict' });
    app.shutdown();
  });
});
