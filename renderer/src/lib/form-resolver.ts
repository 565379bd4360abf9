import type { FormErrors } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import type { z } from 'zod';

/** The label for a form path: from a `{ field: label }` map (a nested path falls back to its top field), or a function for forms with nested rows. */
export type FieldLabelLookup = Record<string, string> | ((path: string) => string | undefined);

const labelFor = (labels: FieldLabelLookup, path: string) => (typeof labels === 'function' ? labels(path) : (labels[path] ?? labels[path.split('.')[0]!]));

/**
 * Validate a form with the same zod schema the API checks its input with, so the browser and the
 * host never disagree about what is valid. Every form of the app validates through this one
 * resolver. The shared schemas say "is required"; under an input that reads better as "Name is
 * required", hence the labels (`separator` ": " gives "Due date: must not be…", as the API words
 * its own refusals for nested rows). The first problem of a field is the one shown: an empty code
 * "is required", not "may only use letters…".
 */
export function labelledResolver(schema: z.ZodType, labels: FieldLabelLookup, separator = ' ') {
  const resolve = zod4Resolver(schema, { errorPriority: 'first' });
  return (values: unknown): FormErrors =>
    Object.fromEntries(
      Object.entries(resolve(values as Record<string, unknown>)).map(([path, message]) => {
        const label = labelFor(labels, path);
        return [path, label && typeof message === 'string' ? `${label}${separator}${message}` : message];
      }),
    );
}
