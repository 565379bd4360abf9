import { describe, expect, it } from 'vitest';
import { makeAppWithWorkspace } from '../test/temp-workspace';
import { call, callError } from '../test/call';

// Over-long text is refused by name at the API, never cut: the renderer no longer trims it with
// maxLength, so the host is where a 450-character name must stop.
describe('text longer than a field holds', () => {
  it('refuses a 450-character service name, naming the field, and creates nothing', async () => {
    const { app } = await makeAppWithWorkspace();
    const error = await callError(app, 'services.create', { name: 'N'.repeat(450) });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'name' });
    expect(error.message).toContain('at most 200 characters');
    expect((await call(app, 'services.list', {})).total ?? 0).toBe(0);
  });

  it('refuses an over-long risk title and a non-whole notice period', async () => {
    const { app } = await makeAppWithWorkspace();
    const risk = await callError(app, 'risks.create', { title: 'T'.repeat(450) } as never);
    expect(risk.field).toBe('title');
    const contract = await callError(app, 'contracts.create', { kind: 'ola', title: 'Desk OLA', internalTeam: 'Desk', noticeDays: 1.5 } as never);
    expect(contract).toMatchObject({ field: 'noticeDays', message: expect.stringContaining('whole days') });
  });
});
