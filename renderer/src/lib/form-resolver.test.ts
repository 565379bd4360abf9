import { z } from 'zod';
import { labelledResolver } from './form-resolver';

describe('labelledResolver', () => {
  const schema = z.object({
    code: z
      .string()
      .min(1, 'is required')
      .regex(/^[A-Z]+$/, 'may only use capital letters'),
  });

  it('shows the first problem of a field, not the last', () => {
    // An empty code breaks both rules; "is required" is the one that helps.
    const errors = labelledResolver(schema, { code: 'Code' })({ code: '' });
    expect(errors).toEqual({ code: 'Code is required' });
  });

  it('prefixes the label and leaves valid values alone', () => {
    const resolve = labelledResolver(schema, { code: 'Code' });
    expect(resolve({ code: 'abc' })).toEqual({ code: 'Code may only use capital letters' });
    expect(resolve({ code: 'ABC' })).toEqual({});
  });
});

describe('labelledResolver on nested fields', () => {
  const schema = z.object({ rows: z.array(z.object({ due: z.string().min(1, 'is required') })) });

  it('labels a nested path by its top field, or by a lookup with its own separator', () => {
    expect(labelledResolver(schema, { rows: 'Actions' })({ rows: [{ due: '' }] })).toEqual({ 'rows.0.due': 'Actions is required' });
    const byLastPart = labelledResolver(schema, (path) => (path.endsWith('.due') ? 'Due date' : undefined), ': ');
    expect(byLastPart({ rows: [{ due: '' }] })).toEqual({ 'rows.0.due': 'Due date: is required' });
  });
});
