import { z } from 'zod';
import { idSchema, optionalIsoDate, recordCode, requiredText } from '../api/common-schemas';
import { serviceHoursSchema, type ServiceHours } from '../domain/service-hours';
import { defineEntity, field, fieldLabels } from './field-descriptor';

export const SLA_STATUSES = ['draft', 'agreed', 'expired'] as const;
export type SlaStatus = (typeof SLA_STATUSES)[number];

/** Stored JSON back to hours (null: follows its service); unreadable text reads as 24×7, like a service's. */
function hoursFromColumn(stored: unknown): ServiceHours | null {
  if (typeof stored !== 'string' || stored === '') return null;
  try {
    const parsed = serviceHoursSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : { mode: '24x7' };
  } catch {
    return { mode: '24x7' };
  }
}

/**
 * An SLA (table `slas`): every plain field declared once. The API schemas, the repository's
 * column map and row reading, the audit snapshot, the audit trail's labels, the form labels and
 * the SLA list's column headers derive from it. SLAs have no record import or export (the SLA
 * imports read monthly results and outages, not SLA records).
 *
 * Not plain, so not here: the targets (table `sla_targets`, replaced as a list by
 * `replaceTargets`, audited as `targets`), the monthly results (`sla_measurements`) and what is
 * derived on reading (current status, review overdue, effective service hours).
 */
export const slaEntity = defineEntity({
  entity: 'sla',
  table: 'slas',
  fields: {
    code: field({ column: 'code', label: 'Code', schema: recordCode }),
    serviceId: field({ column: 'service_id', label: 'Service', schema: idSchema }),
    customer: field({ column: 'customer', label: 'Customer', schema: requiredText(200) }),
    name: field({ column: 'name', label: 'Name', schema: requiredText(200) }),
    status: field({ column: 'status', label: 'Status', schema: z.enum(SLA_STATUSES, { error: 'must be draft, agreed or expired' }), list: 'enum' }),
    validFrom: field({ column: 'valid_from', label: 'Valid from', schema: optionalIsoDate, list: false }),
    validTo: field({ column: 'valid_to', label: 'Valid to', schema: optionalIsoDate, list: false }),
    reviewDate: field({ column: 'review_date', label: 'Review date', schema: optionalIsoDate, list: 'date' }),
    serviceHours: field({
      column: 'service_hours_json',
      label: 'Service hours',
      schema: serviceHoursSchema.nullable(),
      toColumn: (value) => (value ? JSON.stringify(value) : null),
      fromColumn: hoursFromColumn,
      list: false,
    }),
    exceptions: field({
      column: 'exceptions',
      label: 'Exceptions',
      schema: z.string({ error: 'must be text' }).max(20_000, 'must be at most 20,000 characters'),
      list: false,
    }),
  },
});

/** "Code", "Valid from": the words the SLA form, the SLA list and the audit trail all use. */
export const SLA_FIELD_LABELS = fieldLabels(slaEntity);
