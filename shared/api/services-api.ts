import { z } from 'zod';
import { defineMethod } from './define-method';
import { idSchema, noInput, recordCode, requiredText } from './common-schemas';
import { entitySchema } from '../entity/field-descriptor';
import { LIFECYCLES, SERVICE_KINDS, serviceEntity, type Lifecycle, type ServiceValues } from '../entity/service-entity';
import type { DependencyEdge } from '../domain/dependency-graph';
import { SERVICE_READS } from './data-domains';

export { LIFECYCLES, SERVICE_KINDS, type Lifecycle, type ServiceKind } from '../entity/service-entity';

/** A service as the catalogue table shows it. */
/**
 * A row of the catalogue: the service's declared fields (its descriptor's values, so a field added
 * there arrives here with nothing else to write) except the long ones, plus what is derived.
 */
export type ServiceSummary = Omit<ServiceValues, 'description' | 'serviceHours'> & {
  id: number;
  ownerName: string | null;
  serviceHoursText: string;
  dependsOnCount: number;
  dependentCount: number;
  updatedAt: string;
};

export interface ServiceRef {
  id: number;
  code: string;
  name: string;
  lifecycle: Lifecycle;
}

/** Everything the service page shows. */
export interface ServiceDetail extends ServiceSummary, Pick<ServiceValues, 'description' | 'serviceHours'> {
  dependsOn: ServiceRef[];
  dependents: ServiceRef[];
  lifecycleEvents: Array<{ lifecycle: Lifecycle; at: string }>;
  contracts: Array<{ id: number; title: string; kind: 'underpinning' | 'ola'; supplierName: string | null; endDate: string | null }>;
  slas: Array<{ id: number; code: string; name: string; status: string }>;
  risks: Array<{ id: number; code: string; title: string; status: string }>;
  /**
   * Risks on services this one depends on, directly or through others (a risk on Network threatens
   * everything that needs Network), nearest first, with the dependency path; at most 200.
   */
  inheritedRisks: Array<{ id: number; code: string; title: string; status: string; via: Array<{ id: number; code: string; name: string }> }>;
  inheritedRiskCount: number;
  createdAt: string;
}

/** A service and its neighbourhood for the impact graph. */
export interface ServiceImpact {
  nodes: Array<ServiceRef & { criticality: number; relation: 'self' | 'dependsOn' | 'dependent'; depth: number }>;
  /** Edges among the nodes only. */
  edges: DependencyEdge[];
}

export const SERVICE_SORT_COLUMNS = ['code', 'name', 'category', 'kind', 'lifecycle', 'owner', 'criticality', 'nextReviewDate', 'updatedAt'] as const;

/**
 * The editable fields, without defaults, so an update that leaves a field out never resets it: the
 * service descriptor's rules, without the code (optional: suggested on create) and with the
 * dependencies, which live in their own table.
 */
const serviceFields = entitySchema(serviceEntity)
  .omit({ code: true })
  .extend({ dependsOn: z.array(idSchema, { error: 'must be a list of services' }).max(200, 'may have at most 200 entries') });

export const serviceCreateSchema = serviceFields
  .extend({
    code: recordCode.optional(),
    description: serviceFields.shape.description.default(''),
    kind: serviceFields.shape.kind.default('customer-facing'),
    lifecycle: serviceFields.shape.lifecycle.default('pipeline'),
    ownerId: serviceFields.shape.ownerId.default(null),
    criticality: serviceFields.shape.criticality.default(3),
    serviceHours: serviceFields.shape.serviceHours.default({ mode: '24x7' }),
    dependsOn: serviceFields.shape.dependsOn.default([]),
    customers: serviceFields.shape.customers.default([]),
    tags: serviceFields.shape.tags.default([]),
  })
  .strict();

export const serviceUpdateSchema = serviceFields.partial().extend({ id: idSchema, code: recordCode.optional() }).strict();

export type ServiceCreateInput = z.output<typeof serviceCreateSchema>;
export type ServiceUpdateInput = z.output<typeof serviceUpdateSchema>;

export const serviceListSchema = z
  .object({
    search: z.string().trim().max(200).optional(),
    lifecycle: z.array(z.enum(LIFECYCLES)).max(10, 'must list at most 10 items').optional(),
    kind: z.array(z.enum(SERVICE_KINDS)).max(10, 'must list at most 10 items').optional(),
    ownerIds: z.array(idSchema).max(1000, 'must list at most 1000 items').optional(),
    categories: z.array(z.string()).max(200, 'must list at most 200 items').optional(),
    tiers: z.array(z.number().int().min(1).max(4)).max(10, 'must list at most 10 items').optional(),
    tags: z.array(z.string()).max(200, 'must list at most 200 items').optional(),
    sort: z.object({ column: z.enum(SERVICE_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) }).default({ column: 'code', direction: 'asc' }),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(10_000, 'must be at most 10,000').default(500),
  })
  .strict();

export type ServiceListInput = z.output<typeof serviceListSchema>;

export const servicesApi = {
  'services.list': defineMethod<{ rows: ServiceSummary[]; total: number }>()({
    input: serviceListSchema,
    effect: 'read',
    domains: SERVICE_READS,
    summary: 'Services matching the filters, sorted and paged, with the total count.',
  }),
  'services.facets': defineMethod<{ categories: string[]; tags: string[]; customers: string[]; owners: Array<{ id: number; name: string }> }>()({
    input: noInput,
    effect: 'read',
    domains: ['services', 'people'],
    summary: 'The categories, tags, customers and owners in use, for filters and suggestions.',
  }),
  'services.get': defineMethod<ServiceDetail>()({
    input: z.object({ id: idSchema }).strict(),
    effect: 'read',
    domains: SERVICE_READS,
    summary: 'One service with its dependencies, dependents, lifecycle history, contracts, SLAs and risks.',
  }),
  'services.impact': defineMethod<ServiceImpact>()({
    input: z.object({ id: idSchema }).strict(),
    effect: 'read',
    domains: ['services'],
    summary: 'What a service depends on and, transitively, what depends on it ("if this fails, these are hit").',
  }),
  'services.suggestCode': defineMethod<{ code: string }>()({
    input: noInput,
    effect: 'read',
    domains: ['services'],
    summary: 'The next free service code (SVC-001, SVC-002, …).',
  }),
  'services.create': defineMethod<ServiceDetail>()({
    input: serviceCreateSchema,
    effect: 'write',
    domains: ['services'],
    summary: 'Add a service. The code is suggested when left out; cycles in dependencies are refused.',
  }),
  'services.update': defineMethod<ServiceDetail>()({
    input: serviceUpdateSchema,
    effect: 'write',
    domains: ['services'],
    summary: 'Change some fields of a service; lifecycle changes are dated, cycles are refused.',
  }),
  'services.duplicate': defineMethod<ServiceDetail>()({
    input: z.object({ id: idSchema, code: recordCode.optional(), name: requiredText(200).optional() }).strict(),
    effect: 'write',
    domains: ['services'],
    summary: 'Copy a service (fields, dependencies) under a new code, in the pipeline.',
  }),
  'services.delete': defineMethod<{ deleted: ServiceRef }>()({
    input: z.object({ id: idSchema }).strict(),
    effect: 'write',
    domains: ['services'],
    summary: 'Delete a service nothing else uses; otherwise explains what blocks it (retire it instead).',
  }),
};
