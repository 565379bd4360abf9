import { z } from 'zod';
import { idSchema, optionalIsoDate, optionalText, requiredText } from '../api/common-schemas';
import { defineEntity, field, fieldLabels } from './field-descriptor';

/**
 * A supplier (table `suppliers`), declared once: the repository's columns, the audit snapshot, the
 * API's field rules, the form labels, the list's headers and the history labels come from here.
 * Suppliers have no import or export yet; when they get one it derives from `exportColumns` and
 * `importFields` of this descriptor. Contracts are their own records (table `contracts`).
 */
export const supplierEntity = defineEntity({
  entity: 'supplier',
  table: 'suppliers',
  fields: {
    name: field({ column: 'name', label: 'Name', schema: requiredText(200), importSynonyms: ['supplier', 'supplier name', 'vendor'] }),
    contact: field({ column: 'contact', label: 'Contact', schema: optionalText(300), importSynonyms: ['contact details', 'account manager', 'email'] }),
    notes: field({
      column: 'notes',
      label: 'Notes',
      schema: z.string({ error: 'must be text' }).max(10_000, 'must be at most 10,000 characters'),
      list: false,
    }),
    managerId: field({
      column: 'manager_id',
      label: 'Manager',
      schema: idSchema.nullable(),
      importSynonyms: ['manager', 'supplier manager'],
      list: 'person',
    }),
    nextReviewDate: field({
      column: 'next_review_date',
      label: 'Next review',
      schema: optionalIsoDate,
      importSynonyms: ['next review date', 'review due'],
      list: 'date',
    }),
  },
});

export type SupplierFieldKey = keyof typeof supplierEntity.fields;

/** Labels of the declared fields (form, list headers, history). */
export const supplierFieldLabels = fieldLabels(supplierEntity);
