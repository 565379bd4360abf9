import { formatServiceHours, serviceHoursSchema } from '../../../../../shared/domain/service-hours';
import { formatDate } from '../../../lib/format';
import { KIND_LABEL, LIFECYCLE_LABEL } from '../common/service-labels';

/** The fields of a service's audit snapshot, in the order the form shows them, with their labels. */
export const HISTORY_FIELDS: ReadonlyArray<[string, string]> = [
  ['code', 'Code'],
  ['name', 'Name'],
  ['description', 'Description'],
  ['category', 'Category'],
  ['kind', 'Kind'],
  ['lifecycle', 'Lifecycle'],
  ['ownerId', 'Owner'],
  ['customers', 'Customers'],
  ['criticality', 'Tier'],
  ['serviceHours', 'Service hours'],
  ['supportContact', 'Support contact'],
  ['tags', 'Tags'],
  ['lastReviewDate', 'Last review'],
  ['nextReviewDate', 'Next review'],
  ['dependsOn', 'Depends on'],
];

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A snapshot value as a person reads it; owners by name when known. */
export function describeValue(field: string, value: unknown, personName: (id: number) => string | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : '—';
  switch (field) {
    case 'ownerId':
      return typeof value === 'number' ? (personName(value) ?? `person #${value}`) : String(value);
    case 'kind':
      return KIND_LABEL[value as keyof typeof KIND_LABEL] ?? String(value);
    case 'lifecycle':
      return LIFECYCLE_LABEL[value as keyof typeof LIFECYCLE_LABEL] ?? String(value);
    case 'criticality':
      return `Tier ${String(value)}`;
    case 'serviceHours': {
      const parsed = serviceHoursSchema.safeParse(value);
      return parsed.success ? formatServiceHours(parsed.data) : JSON.stringify(value);
    }
    case 'lastReviewDate':
    case 'nextReviewDate':
      return typeof value === 'string' ? formatDate(value) : String(value);
    default:
      return typeof value === 'string' ? value : JSON.stringify(value);
  }
}

/** What an update changed, field by field, in form order (unknown fields last). */
export function fieldChanges(before: unknown, after: unknown, personName: (id: number) => string | undefined): FieldChange[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const known = new Map(HISTORY_FIELDS);
  const keys = [...new Set([...HISTORY_FIELDS.map(([field]) => field), ...Object.keys(before), ...Object.keys(after)])];
  return keys
    .filter((key) => key !== 'updatedAt' && (key in before || key in after) && JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((field) => ({
      field,
      label: known.get(field) ?? field,
      before: describeValue(field, before[field], personName),
      after: describeValue(field, after[field], personName),
    }));
}
