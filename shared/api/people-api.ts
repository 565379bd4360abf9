import { z } from 'zod';
import { defineMethod } from './define-method';
import { idSchema, optionalEmail, optionalText, requiredText } from './common-schemas';

export interface Person {
  id: number;
  name: string;
  email: string | null;
  role: string | null;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

const personFields = {
  name: requiredText(120),
  email: optionalEmail,
  role: optionalText(120),
};

export const peopleApi = {
  'people.list': defineMethod<Person[]>()({
    input: z
      .object({
        search: z.string().trim().max(200, 'must be at most 200 characters').optional(),
        includeInactive: z.boolean().default(false),
      })
      .strict(),
    effect: 'read',
    domains: ['people'],
    summary: 'People who can own, review and approve, sorted by name.',
  }),
  'people.create': defineMethod<Person>()({
    input: z.object(personFields).strict(),
    effect: 'write',
    domains: ['people'],
    summary: 'Add a person. Names must be unique (ignoring case).',
  }),
  'people.update': defineMethod<Person>()({
    input: z
      .object({
        id: idSchema,
        name: personFields.name.optional(),
        email: personFields.email.optional(),
        role: personFields.role.optional(),
        active: z.boolean().optional(),
      })
      .strict(),
    effect: 'write',
    domains: ['people'],
    summary: 'Change a person; inactive people stay on past records but are not offered for new ones.',
  }),
};
