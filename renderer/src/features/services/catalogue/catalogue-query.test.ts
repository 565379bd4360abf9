import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, activeFilterCount, buildCatalogueQuery, cataloguePath, parseCatalogueQuery, toListInput } from './catalogue-query';

describe('catalogue query', () => {
  it('round-trips every filter, the sort and the layout through the hash query', () => {
    const state = {
      search: 'back up',
      lifecycle: ['live' as const, 'pipeline' as const],
      kind: ['supporting' as const],
      ownerIds: [3, 7],
      categories: ['Infrastructure, hosting', 'Security'],
      tiers: [1],
      tags: ['a&b'],
      sort: { column: 'nextReviewDate' as const, direction: 'desc' as const },
      layout: 'board' as const,
    };
    expect(parseCatalogueQuery(buildCatalogueQuery(state))).toEqual(state);
  });

  it('leaves defaults out, so the plain screen is just /services', () => {
    expect(cataloguePath(DEFAULT_STATE)).toBe('/services');
    expect(cataloguePath({ ...DEFAULT_STATE, sort: { column: 'name', direction: 'asc' } })).toBe('/services?sort=name&dir=asc');
  });

  it('drops values an old or hand-edited address may carry', () => {
    expect(parseCatalogueQuery('lifecycle=live&lifecycle=zombie&tier=9&tier=2&owner=x&owner=4&sort=colour&layout=grid')).toEqual({
      ...DEFAULT_STATE,
      lifecycle: ['live'],
      tiers: [2],
      ownerIds: [4],
    });
  });

  it('sends only the filters in use to services.list', () => {
    const state = parseCatalogueQuery('q=%20%20&tier=1&tag=x');
    expect(toListInput(state)).toEqual({ sort: { column: 'code', direction: 'asc' }, tiers: [1], tags: ['x'] });
    expect(activeFilterCount(state)).toBe(2);
  });
});
