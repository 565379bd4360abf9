import { z } from 'zod';
import { idSchema, labelList, optionalIsoDate, optionalText, recordCode, requiredText } from '../api/common-schemas';
import { formatServiceHours, serviceHoursSchema, type ServiceHours } from '../domain/service-hours';
import { defineEntity, field, fieldLabels, type EntityValues } from './field-descriptor';

export const SERVICE_KINDS = ['customer-facing', 'supporting'] as const;
export const LIFECYCLES = ['pipeline', 'live', 'retired'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];
export type Lifecycle = (typeof LIFECYCLES)[number];

/** A JSON list column read back as text items; a damaged column reads as empty rather than failing a list. */
export function storedList(stored: unknown): string[] {
  if (typeof stored !== 'string' || !stored) return [];
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
}

/** Stored hours, falling back to 24×7 if the column was damaged (never fail a whole list on it). */
export function storedServiceHours(stored: unknown): ServiceHours {
  try {
    const parsed = serviceHoursSchema.safeParse(JSON.parse(String(stored)));
    return parsed.success ? parsed.data : { mode: '24x7' };
  } catch {
    return { mode: '24x7' };
  }
}

/** A list of short labels stored as a JSON array and written "a; b" in files. */
const labelListField = (column: string, label: string, limits: { items: number; length: number }, importSynonyms: readonly string[]) =>
  field({
    column,
    label,
    schema: labelList(limits.items, limits.length),
    toColumn: (value: string[]) => JSON.stringify(value),
    fromColumn: storedList,
    format: (value: string[]) => value.join('; '),
    importSynonyms,
    list: 'tags',
    initial: [] as string[],
  });

/**
 * A service of the catalogue (table `services`), declared once: the repository's columns, the audit
 * snapshot, the import and export columns, the API's field rules, the form labels, the catalogue's
 * column headers and the history labels all come from here. Declaration order is the export order.
 *
 * Not plain fields, so not declared here: `dependsOn` lives in `service_dependencies` (written by
 * service-writes.ts, audited as codes, exported and imported as codes by the catalogue io), and the
 * lifecycle events in `service_lifecycle_events`. The owner is stored as an id; the export writes
 * and the import reads the person's name (electron/io/services-export.ts, services-import.ts).
 */
export const serviceEntity = defineEntity({
  entity: 'service',
  table: 'services',
  fields: {
    code: field({ initial: '', column: 'code', label: 'Code', schema: recordCode, importSynonyms: ['service code', 'service id', 'id', 'ref', 'reference'] }),
    name: field({ initial: '', column: 'name', label: 'Name', schema: requiredText(200), importSynonyms: ['service', 'service name', 'title'] }),
    description: field({
      initial: '',
      column: 'description',
      label: 'Description',
      schema: z.string({ error: 'must be text' }).max(20_000, 'must be at most 20,000 characters'),
      importSynonyms: ['summary', 'details', 'service description'],
      list: false,
    }),
    category: field({ initial: '', column: 'category', label: 'Category', schema: optionalText(100), importSynonyms: ['service category', 'group', 'domain'] }),
    kind: field({
      initial: 'customer-facing',
      column: 'kind',
      label: 'Kind',
      schema: z.enum(SERVICE_KINDS, { error: 'must be customer-facing or supporting' }),
      importSynonyms: ['type', 'service type'],
      list: 'enum',
    }),
    lifecycle: field({
      initial: 'pipeline',
      column: 'lifecycle',
      label: 'Lifecycle',
      schema: z.enum(LIFECYCLES, { error: 'must be pipeline, live or retired' }),
      importSynonyms: ['status', 'stage', 'lifecycle status', 'state'],
      list: 'enum',
    }),
    ownerId: field({
      initial: null,
      column: 'owner_id',
      label: 'Owner',
      schema: idSchema.nullable(),
      importSynonyms: ['owner', 'service owner', 'owner name', 'owner email', 'responsible'],
      list: 'person',
    }),
    customers: labelListField('customers_json', 'Customers', { items: 50, length: 100 }, ['customer', 'departments', 'customer groups', 'consumers']),
    // "Tier" is what the catalogue, its filter, the badges and the form say; files from before
    // this label was shared still import through the "criticality" synonym.
    criticality: field({
      initial: 3,
      column: 'criticality',
      label: 'Tier',
      schema: z.number({ error: 'must be a tier from 1 to 4' }).int('must be a whole tier').min(1, 'must be 1 to 4').max(4, 'must be 1 to 4'),
      importSynonyms: ['criticality', 'criticality tier', 'priority', 'business criticality'],
      list: 'enum',
    }),
    serviceHours: field({
      initial: { mode: '24x7' },
      column: 'service_hours_json',
      label: 'Service hours',
      schema: serviceHoursSchema,
      toColumn: (value) => JSON.stringify(value),
      fromColumn: storedServiceHours,
      format: formatServiceHours,
      importSynonyms: ['hours', 'support hours', 'availability hours', 'opening hours'],
    }),
    supportContact: field({
      initial: '',
      column: 'support_contact',
      label: 'Support contact',
      schema: optionalText(200),
      importSynonyms: ['contact', 'support', 'support team', 'helpdesk'],
    }),
    tags: labelListField('tags_json', 'Tags', { items: 30, length: 50 }, ['labels', 'keywords']),
    lastReviewDate: field({
      initial: '',
      column: 'last_review_date',
      label: 'Last review',
      schema: optionalIsoDate,
      importSynonyms: ['last review date', 'last reviewed', 'reviewed'],
      list: 'date',
    }),
    nextReviewDate: field({
      initial: '',
      column: 'next_review_date',
      label: 'Next review',
      schema: optionalIsoDate,
      importSynonyms: ['next review date', 'review due', 'review date'],
      list: 'date',
    }),
  },
});

export type ServiceFieldKey = keyof typeof serviceEntity.fields;
/** A service's declared fields as the API returns them. */
export type ServiceValues = EntityValues<typeof serviceEntity.fields>;

/** The label of a service's dependencies (not a plain field: see above), in the form, history, import and export. */
export const DEPENDS_ON_LABEL = 'Depends on';

/** Labels of the declared fields (forms, catalogue headers, history, import, export). */
export const serviceFieldLabels = fieldLabels(serviceEntity);
