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
