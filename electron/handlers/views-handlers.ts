import { deleteView, listViews, saveView } from '../repositories/views-repository';
import type { HandlerTable } from './handler-types';

export const viewsHandlers: Pick<HandlerTable, 'views.list' | 'views.save' | 'views.delete'> = {
  'views.list': ({ screen }, { db }) => listViews(db, screen),
  'views.save': (input, context) => saveView(context.db, context.actor(), input, context.now()),
  'views.delete': ({ id }, context) => deleteView(context.db, context.actor(), id, context.now()),
};
