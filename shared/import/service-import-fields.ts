import { importFields } from '../entity/field-descriptor';
import { DEPENDS_ON_LABEL, serviceEntity, type ServiceFieldKey } from '../entity/service-entity';
import type { ImportField } from './column-mapping';

/**
 * The import's key for each column: the service descriptor's fields, except that the owner is read
 * as a person's name or email (`owner`, resolved by the importer) rather than an id, plus the
 * dependencies as service codes.
 */
export type ServiceImportKey = Exclude<ServiceFieldKey, 'ownerId'> | 'owner' | 'dependsOn';

/** What the mapping step shows under a field; a field without a hint shows none. */
const HINTS: Partial<Record<ServiceImportKey, string>> = {
  code: 'SVC-001; left empty, a code is suggested',
  name: 'the service name',
  description: 'markdown text',
  category: 'e.g. Infrastructure',
  kind: 'customer-facing or supporting',
  lifecycle: 'pipeline, live or retired',
  owner: 'a person’s name or email',
  customers: 'separated by ;',
  criticality: '1 (highest) to 4',
  serviceHours: '24x7 or Mon-Fri 08:00-18:00',
  supportContact: 'who users call',
  tags: 'separated by ;',
  lastReviewDate: 'YYYY-MM-DD or DD/MM/YYYY',
  nextReviewDate: 'YYYY-MM-DD or DD/MM/YYYY',
  dependsOn: 'service codes separated by ;',
};

const importKey = (key: ServiceFieldKey): ServiceImportKey => (key === 'ownerId' ? 'owner' : key);

/** The catalogue's columns, in export order (the descriptor's, then the dependencies); the import maps a file's headers onto them. */
export const SERVICE_IMPORT_FIELDS: readonly ImportField<ServiceImportKey>[] = [
  ...importFields(serviceEntity).map(({ key, label, synonyms }) => ({
    key: importKey(key),
    label,
    required: key === 'name',
    synonyms,
    hint: HINTS[importKey(key)] ?? '',
  })),
  { key: 'dependsOn', label: DEPENDS_ON_LABEL, required: false, synonyms: ['dependencies', 'supporting services', 'depends'], hint: HINTS.dependsOn ?? '' },
];
