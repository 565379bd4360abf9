import { z } from 'zod';
import { defineMethod } from './define-method';
import { idSchema, noInput, optionalIsoDate, optionalText, requiredText } from './common-schemas';
import { SUPPLIER_READS } from './data-domains';
import { entitySchema } from '../entity/field-descriptor';
import { supplierEntity } from '../entity/supplier-entity';

export const CONTRACT_KINDS = ['underpinning', 'ola'] as const;
export type ContractKind = (typeof CONTRACT_KINDS)[number];

export interface Supplier {
  id: number;
  name: string;
  contact: string | null;
  notes: string;
  /** Who manages the relationship and reviews the supplier (ISO/IEC 20000-1 8.3.4). */
  managerId: number | null;
  managerName: string | null;
  /** When the supplier's performance is next reviewed; stored, never recomputed. */
  nextReviewDate: string | null;
  contractCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Contract {
  id: number;
  kind: ContractKind;
  title: string;
  supplierId: number | null;
  supplierName: string | null;
  /** For an OLA: the internal team that provides it. */
  internalTeam: string | null;
  startDate: string | null;
  endDate: string | null;
  noticeDays: number | null;
  targetsText: string;
  services: Array<{ id: number; code: string; name: string }>;
  /** Days from today to the end date (negative once ended); null without an end date. */
  daysToEnd: number | null;
  /** The last day notice can be given to avoid renewal, when a notice period is set. */
  noticeDate: string | null;
}

/** The supplier descriptor's field rules. */
const supplierFields = entitySchema(supplierEntity);

export type SupplierCreateInput = z.output<typeof supplierCreateSchema>;
export type SupplierUpdateInput = z.output<typeof supplierUpdateSchema>;

/** A new supplier: a next review date left empty is planned from the review policy's cadence. */
export const supplierCreateSchema = supplierFields
  .extend({ notes: supplierFields.shape.notes.default(''), managerId: supplierFields.shape.managerId.default(null) })
  .strict();

export const supplierUpdateSchema = supplierFields.partial().extend({ id: idSchema }).strict();

const contractFields = z.object({
  kind: z.enum(CONTRACT_KINDS, { error: 'must be an underpinning contract or an OLA' }),
  title: requiredText(200),
  supplierId: idSchema.nullable(),
  internalTeam: optionalText(200),
  startDate: optionalIsoDate,
  endDate: optionalIsoDate,
  noticeDays: z
    .number({ error: 'must be a number of days' })
    .int('must be whole days')
    .min(0, 'cannot be negative')
    .max(3650, 'must be at most 3650 days')
    .nullable(),
  targetsText: z.string({ error: 'must be text' }).max(10_000, 'must be at most 10,000 characters'),
  serviceIds: z.array(idSchema).max(500, 'may have at most 500 services'),
});

/** Rules across fields: an underpinning contract has a supplier, an OLA an internal team, end after start. */
function contractRules<
  T extends { kind?: ContractKind; supplierId?: number | null; internalTeam?: string | null; startDate?: string | null; endDate?: string | null },
>(value: T, context: z.RefinementCtx): void {
  if (value.kind === 'underpinning' && value.supplierId === null) {
    context.addIssue({ code: 'custom', message: 'is required for an underpinning contract', path: ['supplierId'] });
  }
  if (value.kind === 'ola' && !value.internalTeam) {
    context.addIssue({ code: 'custom', message: 'is required for an OLA (the team that provides it)', path: ['internalTeam'] });
  }
  if (value.startDate && value.endDate && value.endDate < value.startDate) {
    context.addIssue({ code: 'custom', message: 'must not be before the start date', path: ['endDate'] });
  }
}

export const contractCreateSchema = contractFields
  .extend({
    supplierId: contractFields.shape.supplierId.default(null),
    noticeDays: contractFields.shape.noticeDays.default(null),
    targetsText: contractFields.shape.targetsText.default(''),
    serviceIds: contractFields.shape.serviceIds.default([]),
  })
  .strict()
  .superRefine(contractRules);

export const contractUpdateSchema = contractFields.partial().extend({ id: idSchema }).strict();

export type ContractCreateInput = z.output<typeof contractCreateSchema>;
export type ContractUpdateInput = z.output<typeof contractUpdateSchema>;

export { contractRules };

export const suppliersApi = {
  'suppliers.list': defineMethod<Supplier[]>()({
    input: noInput,
    effect: 'read',
    domains: SUPPLIER_READS,
    summary: 'Suppliers with their number of contracts, by name.',
  }),
  'suppliers.create': defineMethod<Supplier>()({
    input: supplierCreateSchema,
    effect: 'write',
    domains: ['suppliers'],
    summary: 'Add a supplier; names are unique; an empty next review date is planned from the review policy.',
  }),
  'suppliers.update': defineMethod<Supplier>()({
    input: supplierUpdateSchema,
    effect: 'write',
    domains: ['suppliers'],
    summary: 'Change a supplier, its manager (who reviews it) or its next review date.',
  }),
  'suppliers.delete': defineMethod<{ deleted: { id: number; name: string } }>()({
    input: z.object({ id: idSchema }).strict(),
    effect: 'write',
    domains: ['suppliers'],
    summary: 'Delete a supplier that has no contracts or risks.',
  }),
  'contracts.list': defineMethod<Contract[]>()({
    input: z
      .object({
        supplierId: idSchema.optional(),
        serviceId: idSchema.optional(),
        endingWithinDays: z.number().int().min(0).max(3650).optional(),
      })
      .strict(),
    effect: 'read',
    domains: SUPPLIER_READS,
    summary: 'Contracts and OLAs, soonest ending first; optionally for a supplier, a service, or ending soon.',
  }),
  'contracts.create': defineMethod<Contract>()({
    input: contractCreateSchema,
    effect: 'write',
    domains: ['suppliers'],
    summary: 'Add an underpinning contract (with a supplier) or an OLA (with an internal team).',
  }),
  'contracts.update': defineMethod<Contract>()({
    input: contractUpdateSchema,
    effect: 'write',
    domains: ['suppliers'],
    summary: 'Change a contract; the same rules as on create apply to the result.',
  }),
  'contracts.delete': defineMethod<{ deleted: { id: number; title: string } }>()({
    input: z.object({ id: idSchema }).strict(),
    effect: 'write',
    domains: ['suppliers'],
    summary: 'Delete a contract.',
  }),
};
