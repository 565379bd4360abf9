import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../shared/api/people-api';
import { handlers } from '../handlers';
import { call, resultProblems } from './call';
import { makeAppWithWorkspace } from './temp-workspace';

describe('call() checks every answer of the real dispatcher against the declared result type', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lets through what a real handler returns', async () => {
    const { app } = await makeAppWithWorkspace();
    await call(app, 'people.create', { name: 'Alice Hart', email: 'alice@example.org' });
    const people = await call(app, 'people.list', {});
    expect(people.map((person) => person.name)).toEqual(['Alice Hart']);
    app.shutdown();
  });

  it('fails when a handler returns something its type does not declare, naming the method and the path', async () => {
    const { app } = await makeAppWithWorkspace();
    await call(app, 'people.create', { name: 'Alice Hart' });
    // The real handler's rows, bent the way a drifting handler would bend them.
    const real = handlers['people.list'];
    vi.spyOn(handlers, 'people.list').mockImplementation(async (input, context) =>
      (await real(input, context)).map((person) => ({ ...person, email: undefined, active: 1, createdOn: person.createdAt }) as unknown as Person),
    );
    await expect(call(app, 'people.list', {})).rejects.toThrow(
      'people.list returned something other than its declared result type: result[0].email is missing; result[0].createdOn is not declared by the type; result[0].active must be boolean, not number 1',
    );
    app.shutdown();
  });

  it('refuses a Date where the type declares an ISO string (IPC would hand the renderer a Date)', () => {
    expect(
      resultProblems('people.create', { id: 1, name: 'A', email: null, role: null, active: true, createdAt: new Date(0), updatedAt: '2026-11-24T09:00:00Z' }),
    ).toEqual(['result.createdAt must be string, not a Date']);
  });
});
