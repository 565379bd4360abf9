import { ApiCallError } from '../../../shared/api/client';
import type { ApiErrorBody } from '../../../shared/api/errors';

/** Anything thrown, as the error body the UI shows (a bug in the page becomes an "internal" error). */
export function errorBody(error: unknown): ApiErrorBody {
  if (error instanceof ApiCallError) return error.body;
  if (error instanceof Error) return { code: 'internal', message: error.message || error.name };
  return { code: 'internal', message: String(error) };
}

/** The message for `field` when the API blamed that field, else null. */
export function fieldError(error: unknown, field: string): string | null {
  const body = errorBody(error);
  return body.field === field ? body.message : null;
}

/** A form that can show a message under one of its inputs (Mantine's useForm fits). */
interface FieldErrorTarget {
  setFieldError: (path: never, error: string) => void;
}

/**
 * Put the API's message under the input it names, when the form has that input.
 * `fields` maps API field names to form paths when they differ. Returns true when shown.
 */
export function showFieldError(form: FieldErrorTarget, error: unknown, fields: Record<string, string> | string[]): boolean {
  const body = errorBody(error);
  if (!body.field) return false;
  const map = Array.isArray(fields) ? Object.fromEntries(fields.map((name) => [name, name])) : fields;
  const target = map[body.field];
  if (!target) return false;
  (form.setFieldError as (path: string, error: string) => void)(target, body.message);
  return true;
}
