import { describe, expect, it } from 'vitest';
import { fieldChanges } from './history-changes';

const names = new Map([[2, 'Daniel Kowalski']]);
const personName = (id: number) => names.get(id);

describe('fieldChanges', () => {
  it('lists changed fields in form order with readable values', () => {
    const before = { name: 'Email', lifecycle: 'pipeline', ownerId: null, serviceHours: { mode: '24x7' }, tags: [], criticality: 3 };
    const after = {
      name: 'Email',
      lifecycle: 'live',
      ownerId: 2,
      serviceHours: { mode: 'weekly', windows: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, from: '08:00', to: '18:00' })) },
      tags: ['mail'],
      criticality: 2,
    };
    expect(fieldChanges(before, after, personName)).toEqual([
      { field: 'lifecycle', label: 'Lifecycle', before: 'Pipeline', after: 'Live' },
      { field: 'ownerId', label: 'Owner', before: '—', after: 'Daniel Kowalski' },
      { field: 'criticality', label: 'Tier', before: 'Tier 3', after: 'Tier 2' },
      { field: 'serviceHours', label: 'Service hours', before: '24x7', after: 'Mon-Fri 08:00-18:00' },
      { field: 'tags', label: 'Tags', before: '—', after: 'mail' },
    ]);
  });

  it('names an unknown owner by id and ignores non-records', () => {
    expect(fieldChanges({ ownerId: 9 }, { ownerId: null }, personName)).toEqual([{ field: 'ownerId', label: 'Owner', before: 'person #9', after: '—' }]);
    expect(fieldChanges(null, { name: 'x' }, personName)).toEqual([]);
  });
});
