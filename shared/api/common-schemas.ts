import { z } from 'zod';

/** No input at all; `{}` and an absent body are both accepted by the transports. */
export const noInput = z.object({}).strict();

/** A database row id. */
export const idSchema = z.number({ error: 'must be a record id (a whole number)' }).int('must be a whole number').positive('must be a positive id');

/** A required line of text: trimmed, not empty, bounded. */
export function requiredText(max: number) {
  return z
    .string({ error: 'is required' })
    .trim()
    .min(1, 'is required')
    .max(max, `must be at most ${max} characters`);
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

/** A file system path chosen by the user. */
export const filePath = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(4096, 'is too long');
