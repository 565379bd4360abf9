import { createPerson, listPeople, updatePerson } from '../repositories/people-repository';
import type { HandlerTable } from './handler-types';

export const peopleHandlers: Pick<HandlerTable, 'people.list' | 'people.create' | 'people.update'> = {
  'people.list': (input, { db }) => listPeople(db, input),
  'people.create': (input, context) => createPerson(context.db, context.actor(), input, context.now()),
  'people.update': (input, context) => updatePerson(context.db, context.actor(), input, context.now()),
};
