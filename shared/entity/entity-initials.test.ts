import { describe, expect, it } from 'vitest';
import { formValues, missingInitial } from './field-descriptor';
import { riskEntity } from './risk-entity';
import { serviceEntity } from './service-entity';

// Forms start from their entity's declared `initial` values: a field declared without one would
// reach a new record's form as undefined (an uncontrolled input), so every such entity is checked.
describe('entities whose forms derive from their descriptor', () => {
  it('give every service and risk field an initial value', () => {
    expect(missingInitial(serviceEntity)).toEqual([]);
    expect(missingInitial(riskEntity)).toEqual([]);
    expect(Object.values(formValues(serviceEntity, null)).some((value) => value === undefined)).toBe(false);
    expect(Object.values(formValues(riskEntity, null)).some((value) => value === undefined)).toBe(false);
  });

  it('show a stored risk’s empty text as empty, and keep a missing choice missing', () => {
    const values = formValues(riskEntity, { code: 'RSK-001', title: 'Flood', category: null, treatment: null, ownerId: 3 });
    expect(values).toMatchObject({ code: 'RSK-001', title: 'Flood', category: '', treatment: null, ownerId: 3, status: 'identified' });
  });
});
