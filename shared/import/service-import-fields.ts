import type { ImportField } from './column-mapping';

export type ServiceImportKey =
  | 'code'
  | 'name'
  | 'description'
  | 'category'
  | 'kind'
  | 'lifecycle'
  | 'owner'
  | 'customers'
  | 'criticality'
  | 'serviceHours'
  | 'supportContact'
  | 'tags'
  | 'lastReviewDate'
  | 'nextReviewDate'
  | 'dependsOn';

/** The catalogue's columns, in export order; the import maps a file's headers onto them. */
export const SERVICE_IMPORT_FIELDS: readonly ImportField<ServiceImportKey>[] = [
  {
    key: 'code',
    label: 'Code',
    required: false,
    synonyms: ['service code', 'service id', 'id', 'ref', 'reference'],
    hint: 'SVC-001; left empty, a code is suggested',
  },
  { key: 'name', label: 'Name', required: true, synonyms: ['service', 'service name', 'title'], hint: 'the service name' },
  { key: 'description', label: 'Description', required: false, synonyms: ['summary', 'details', 'service description'], hint: 'markdown text' },
  { key: 'category', label: 'Category', required: false, synonyms: ['service category', 'group', 'domain'], hint: 'e.g. Infrastructure' },
  { key: 'kind', label: 'Kind', required: false, synonyms: ['type', 'service type'], hint: 'customer-facing or supporting' },
  { key: 'lifecycle', label: 'Lifecycle', required: false, synonyms: ['status', 'stage', 'lifecycle status', 'state'], hint: 'pipeline, live or retired' },
  { key: 'owner', label: 'Owner', required: false, synonyms: ['service owner', 'owner name', 'owner email', 'responsible'], hint: 'a person’s name or email' },
  { key: 'customers', label: 'Customers', required: false, synonyms: ['customer', 'departments', 'customer groups', 'consumers'], hint: 'separated by ;' },
  {
    key: 'criticality',
    label: 'Criticality',
    required: false,
    synonyms: ['tier', 'criticality tier', 'priority', 'business criticality'],
    hint: '1 (highest) to 4',
  },
  {
    key: 'serviceHours',
    label: 'Service hours',
    required: false,
    synonyms: ['hours', 'support hours', 'availability hours', 'opening hours'],
    hint: '24x7 or Mon-Fri 08:00-18:00',
  },
  { key: 'supportContact', label: 'Support contact', required: false, synonyms: ['contact', 'support', 'support team', 'helpdesk'], hint: 'who users call' },
  { key: 'tags', label: 'Tags', required: false, synonyms: ['labels', 'keywords'], hint: 'separated by ;' },
  {
    key: 'lastReviewDate',
    label: 'Last review',
    required: false,
    synonyms: ['last review date', 'last reviewed', 'reviewed'],
    hint: 'YYYY-MM-DD or DD/MM/YYYY',
  },
  {
    key: 'nextReviewDate',
    label: 'Next review',
    required: false,
    synonyms: ['next review date', 'review due', 'review date'],
    hint: 'YYYY-MM-DD or DD/MM/YYYY',
  },
  {
    key: 'dependsOn',
    label: 'Depends on',
    required: false,
    synonyms: ['dependencies', 'supporting services', 'depends'],
    hint: 'service codes separated by ;',
  },
];
