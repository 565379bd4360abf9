import { describe, expect, it } from 'vitest';
import { makeAppWithWorkspace } from '../test/temp-workspace';
import { call, callError } from '../test/call';

describe('saved views', () => {
  it('saves, overwrites by name, lists per screen and deletes', async () => {
    const { app } = await makeAppWithWorkspace();
    const first = await call(app, 'views.save', { screen: 'services', name: 'Live tier 1', state: { lifecycle: ['live'], tiers: [1] } });
    await call(app, 'views.save', { screen: 'services', name: 'live tier 1', state: { lifecycle: ['live'], tiers: [1, 2] } });
    await call(app, 'views.save', { screen: 'risks', name: 'Critical', state: { bands: ['critical'] } });
    const views = await call(app, 'views.list', { screen: 'services' });
    expect(views).toEqual([expect.objectContaining({ id: first.id, name: 'live tier 1', state: { lifecycle: ['live'], tiers: [1, 2] } })]);
    await call(app, 'views.delete', { id: first.id });
    expect(await call(app, 'views.list', { screen: 'services' })).toEqual([]);
    expect(await callError(app, 'views.delete', { id: first.id })).toMatchObject({ code: 'not_found' });
  });

  it('refuses a view without a name or with an invalid screen', async () => {
    const { app } = await makeAppWithWorkspace();
    expect(await callError(app, 'views.save', { screen: 'services', name: ' ', state: {} })).toMatchObject({ field: 'name' });
    expect(await callError(app, 'views.save', { screen: 'Services!', name: 'x', state: {} })).toMatchObject({ field: 'screen' });
  });
});
