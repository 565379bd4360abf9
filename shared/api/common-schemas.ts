import { z } from 'zod';

/** No input at all; `{}` and an absent body are both accepted by the transports. */
export const noInput = z.object({}).strict();

/** A database row id. */
export const idSchema = z.number({ error: 'must be a record id (a whole number)' }).int('must be a whole number').positive('must be a positive id');

/** A required line of text: trimmed, not empty, bounded. */
export function requiredText(max: number) {
  return z.string({ error: 'is required' }).trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
}

/** Optional text: trimmed; empty becomes null so "cleared" and "never set" look the same. */
export function optionalText(max: number) {
  return z
    .string({ error: 'must be text' })
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullish()
    .transform((value) => (value ? value : null));
}

/** An email address, optional. */
export const optionalEmail = z
  .string({ error: 'must be text' })
  .trim()
  .max(254, 'must be at most 254 characters')
  .nullish()
  .transform((value) => (value ? value : null))
  .refine((value) => value === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), 'must look like name@example.org');

// Node's file functions and SQLite disagree on where a name with a NUL byte ends (one stops at
// the NUL, the other does not), so such a path could touch a file the user never named. Paths are
// checked once, here, for everything a file system or SQLite could read differently.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const utf8 = new TextEncoder();

/** A file system path chosen by the user: printable, well-formed, each name at most 255 bytes. */
export const filePath = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(1024, 'is too long (at most 1,024 characters)')
  .refine((value) => !CONTROL_CHARACTER.test(value), 'must not contain control characters such as a NUL byte')
  .refine((value) => !LONE_SURROGATE.test(value), 'contains characters that are not valid text')
  .refine((value) => value.split(/[\\/]/).every((name) => utf8.encode(name).length <= 255), 'has a file or folder name longer than 255 bytes');

/** A calendar date as ISO 8601 "YYYY-MM-DD" that exists (no 31 April). */
export const isoDate = z
  .string({ error: 'must be a date (YYYY-MM-DD)' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-03-31')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'is not a real calendar date');

/** An optional date; empty text counts as "no date". */
export const optionalIsoDate = z
  .union([isoDate, z.literal(''), z.null()])
  .optional()
  .transform((value) => (value ? value : null));

/** A record code like SVC-001: letters, digits and dashes. */
export const recordCode = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(30, 'must be at most 30 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'may only use letters, digits, dots, dashes and underscores');

/** A list of short labels (customers, tags): trimmed, empty ones dropped, duplicates merged. */
export function labelList(maxItems: number, maxLength: number) {
  return z
    .array(z.string({ error: 'must be text' }).trim().max(maxLength, `entries must be at most ${maxLength} characters`), { error: 'must be a list' })
    .max(maxItems, `may have at most ${maxItems} entries`)
    .transform((items) => {
      const seen = new Set<string>();
      return items.filter((item) => item !== '' && !seen.has(item.toLowerCase()) && seen.add(item.toLowerCase()));
    });
}
