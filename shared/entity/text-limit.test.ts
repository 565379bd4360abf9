import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { optionalText, requiredText } from '../api/common-schemas';
import { maxTextLength } from './text-limit';

describe('maxTextLength', () => {
  it('reads the limit through nullable, optional and transforms', () => {
    expect(maxTextLength(requiredText(200))).toBe(200);
    expect(maxTextLength(optionalText(100))).toBe(100);
    expect(maxTextLength(z.string().max(5).nullable().default(null))).toBe(5);
  });

  it('is undefined when the rule sets no limit', () => {
    expect(maxTextLength(z.string())).toBeUndefined();
    expect(maxTextLength(z.number().nullable())).toBeUndefined();
  });
});
