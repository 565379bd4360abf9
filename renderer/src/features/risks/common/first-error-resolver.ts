import type { FormErrors } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { z } from 'zod';

/**
 * Validate with the API's own zod schema, keeping the FIRST problem of each field (an empty
 * title "is required", not "must be at most…") and putting the field's label in front, so the
 * message under an input reads "Title is required". Nested paths use their top field's label.
 */
export function firstErrorResolver(schema: z.ZodType, labels: Record<string, string>) {
  const resolve = zod4Resolver(schema, { errorPriority: 'first' });
  return (values: unknown): FormErrors =>
    Object.fromEntries(
      Object.entries(resolve(values as Record<string, unknown>)).map(([path, message]) => {
        const label = labels[path] ?? labels[path.split('.')[0]!];
        return [path, label && typeof message === 'string' ? `${label} ${message}` : message];
      }),
    );
}
