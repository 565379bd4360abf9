import type { FormErrors } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { z } from 'zod';

/**
 * Validate a form with the same zod schema the API checks its input with, so the browser and the
 * host never disagree about what is valid. The shared schemas say "is required"; under an input
 * that reads better as "Name is required", hence the labels. The first problem of a field is the
 * one shown: an empty code "is required", not "may only use letters…".
 */
export function labelledResolver(schema: z.ZodType, labels: Record<string, string>) {
  const resolve = zod4Resolver(schema, { errorPriority: 'first' });
  return (values: Record<string, unknown>): FormErrors => {
    const errors = resolve(values);
    return Object.fromEntries(
      Object.entries(errors).map(([field, message]) => {
        const label = labels[field];
        return [field, label && typeof message === 'string' ? `${label} ${message}` : message];
      }),
    );
  };
}
