import { createService, deleteService, duplicateService, updateService } from '../repositories/services/service-writes';
import { getService, listServices, serviceFacets, serviceImpact, suggestServiceCode } from '../repositories/services/service-queries';
import { withFirstReviewFromPolicy } from '../repositories/services/first-service-review';
import type { HandlerTable } from './handler-types';

type ServiceMethods =
  | 'services.list'
  | 'services.facets'
  | 'services.get'
  | 'services.impact'
  | 'services.suggestCode'
  | 'services.create'
  | 'services.update'
  | 'services.duplicate'
  | 'services.delete';

export const servicesHandlers: Pick<HandlerTable, ServiceMethods> = {
  'services.list': (input, { db }) => listServices(db, input),
  'services.facets': (_input, { db }) => serviceFacets(db),
  'services.get': ({ id }, { db }) => getService(db, id),
  'services.impact': ({ id }, { db }) => serviceImpact(db, id),
  'services.suggestCode': (_input, { db }) => ({ code: suggestServiceCode(db) }),
  'services.create': (input, context) =>
    createService(context.db, context.actor(), withFirstReviewFromPolicy(context.db, input, context.today()), context.now()),
  'services.update': (input, context) => updateService(context.db, context.actor(), input, context.now()),
  'services.duplicate': (input, context) => duplicateService(context.db, context.actor(), input, context.now()),
  'services.delete': ({ id }, context) => deleteService(context.db, context.actor(), id, context.now()),
};
