import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fieldLabel, zodErrorToBody } from './validation';

describe('validation messages', () => {
  it('turn field paths into words a person reads', () => {
    expect(fieldLabel(['organisationName'])).toBe('Organisation name');
    expect(fieldLabel(['targets', 2, 'warning_level'])).toBe('Warning level');
    expect(fieldLabel(['supplierId'])).toBe('Supplier');
    expect(fieldLabel(['serviceIds'])).toBe('Services');
    expect(fieldLabel(['id'])).toBe('Id');
    expect(fieldLabel([])).toBe('Input');
    expect(fieldLabel(['url'])).toBe('URL');
    expect(fieldLabel(['teamUrl'])).toBe('Team URL');
  });

  it('name the field and the problem of the first issue', () => {
    const schema = z.object({ name: z.string().min(1, 'is required'), rows: z.array(z.object({ value: z.number({ error: 'must be a number' }) })) });
    const result = schema.safeParse({ name: 'x', rows: [{ value: 1 }, { value: 'ten' }] });
    expect(result.success).toBe(false);
    if (!result.success) expect(zodErrorToBody(result.error)).toEqual({ code: 'invalid_input', message: 'Value: must be a number', field: 'rows.1.value' });
  });
});
