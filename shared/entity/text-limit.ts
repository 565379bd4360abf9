import type { z } from 'zod';

/**
 * The longest text a field's rule accepts (its `.max()`), looking through `nullable`, `optional`,
 * defaults and transforms; undefined when the rule sets none. Lets an importer report "at most N
 * characters fit" from the same rule the API applies, instead of a second copy of the number.
 */
export function maxTextLength(schema: z.ZodType): number | undefined {
  let current: unknown = schema;
  for (let depth = 0; depth < 10 && current; depth += 1) {
    const node = current as { maxLength?: number | null; def?: { in?: unknown; innerType?: unknown } };
    if (typeof node.maxLength === 'number') return node.maxLength;
    current = node.def?.in ?? node.def?.innerType;
  }
  return undefined;
}
