import { z } from 'zod';
import type { ApiErrorBody } from './errors';

/** Turn a zod issue path into the dotted field name forms and the API use ("targets.2.value"). */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

/** Words for a field path in a message: "organisationName" reads as "Organisation name". */
export function fieldLabel(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((part) => typeof part === 'string');
  if (last === undefined) return 'Input';
  const words = String(last)
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    // "supplierId" reads as "Supplier", "serviceIds" as "Services": people pick records, not ids.
    .replace(/^(.+) ids$/, '$1s')
    .replace(/^(.+) id$/, '$1')
    // "url" reads as "URL", "teamUrl" as "Team URL".
    .replace(/\burl\b/g, 'URL');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The first problem in a zod error, as the API error body a person can act on. */
export function zodErrorToBody(error: z.ZodError): ApiErrorBody {
  const issue = error.issues[0];
  if (!issue) return { code: 'invalid_input', message: 'The input is not valid.' };
  const field = fieldPath(issue.path);
  const body: ApiErrorBody = { code: 'invalid_input', message: `${fieldLabel(issue.path)}: ${issue.message}` };
  if (field) body.field = field;
  return body;
}
