import { describe, expect, it } from 'vitest';
import { callError } from '../test/call';
import { makeAppWithWorkspace } from '../test/temp-workspace';

describe('filter lists', () => {
  it('refuse 100,000 ids with a message naming the field, instead of "too many SQL variables"', async () => {
    const { app } = await makeAppWithWorkspace();
    const ids = Array.from({ length: 100_000 }, (_, index) => index + 1);
    expect(await callError(app, 'services.list', { ownerIds: ids })).toMatchObject({ code: 'invalid_input', field: 'ownerIds' });
    expect(await callError(app, 'riskActions.list', { ownerIds: ids })).toMatchObject({ code: 'invalid_input', field: 'ownerIds' });
    const statuses = Array.from({ length: 100_000 }, () => 'closed');
    const refused = await callError(app, 'risks.list', { statuses } as never);
    expect(refused).toMatchObject({ code: 'invalid_input', field: 'statuses' });
    expect(refused.message).toMatch(/at most 10 items/);
    app.shutdown();
  });
});
