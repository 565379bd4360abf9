import { z } from 'zod';
import { defineMethod } from './define-method';
import { idSchema, requiredText } from './common-schemas';

/** A named table setup (filters, sort, columns) of one screen. The state is the screen's own JSON. */
export interface SavedView {
  id: number;
  screen: string;
  name: string;
  state: unknown;
  updatedAt: string;
}

const screenName = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[a-z][a-z0-9-]*$/, 'must be a screen name like "services"');

export const viewsApi = {
  'views.list': defineMethod<SavedView[]>()({
    input: z.object({ screen: screenName }).strict(),
    effect: 'read',
    domains: ['views'],
    summary: 'The saved views of a screen, by name.',
  }),
  'views.save': defineMethod<SavedView>()({
    input: z
      .object({
        screen: screenName,
        name: requiredText(80),
        state: z.unknown().refine((value) => value !== undefined && JSON.stringify(value).length <= 20_000, 'must be at most 20,000 characters of settings'),
      })
      .strict(),
    effect: 'write',
    domains: ['views'],
    summary: 'Save (or overwrite, by name) a view of a screen.',
  }),
  'views.delete': defineMethod<{ deleted: { id: number; name: string } }>()({
    input: z.object({ id: idSchema }).strict(),
    effect: 'write',
    domains: ['views'],
    summary: 'Delete a saved view.',
  }),
};
