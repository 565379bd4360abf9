// Fixtures for the suppliers, catalogue import/export and catalogue document tests. Kept apart from
// fixtures.ts so the catalogue screens and the services screens can grow their own without clashing.
import type { ImportPreview } from '../../../shared/api/catalogue-io-api';
import type { ServiceDetail, ServiceSummary } from '../../../shared/api/services-api';
import type { Contract, Supplier } from '../../../shared/api/suppliers-api';
import { SERVICE_IMPORT_FIELDS } from '../../../shared/import/service-import-fields';
import { serviceDetail as baseServiceDetail, serviceSummary as baseServiceSummary } from '../features/services/test-fixtures';

export function supplier(overrides: Partial<Supplier> = {}): Supplier {
  return {
    id: 1,
    name: 'Halcyon Networks plc',
    contact: 'Service desk 0800 555 0199',
    notes: 'WAN, LAN and Wi-Fi maintenance.',
    managerId: null,
    managerName: null,
    nextReviewDate: null,
    contractCount: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export function contract(overrides: Partial<Contract> = {}): Contract {
  return {
    id: 1,
    kind: 'underpinning',
    title: 'Managed WAN, LAN and Wi-Fi',
    supplierId: 1,
    supplierName: 'Halcyon Networks plc',
    internalTeam: null,
    startDate: '2022-01-09',
    endDate: '2027-01-08',
    noticeDays: 90,
    targetsText: 'WAN availability 99.95 %',
    services: [{ id: 5, code: 'SVC-005', name: 'Network (LAN/WAN)' }],
    daysToEnd: 30,
    noticeDate: '2026-10-10',
    ...overrides,
  };
}

/** The services screens' builders, with the values these catalogue tests were written against. */
export function serviceSummary(overrides: Partial<ServiceSummary> = {}): ServiceSummary {
  return baseServiceSummary({
    id: 5,
    code: 'SVC-005',
    name: 'Network (LAN/WAN)',
    customers: ['All staff'],
    tags: [],
    supportContact: 'Network team, ext. 4410',
    lastReviewDate: null,
    nextReviewDate: null,
    dependentCount: 0,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  });
}

export function serviceDetail(overrides: Partial<ServiceDetail> = {}): ServiceDetail {
  return baseServiceDetail({
    ...serviceSummary(),
    description: 'The **network** that carries everything.',
    lifecycleEvents: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  });
}

const importFields = SERVICE_IMPORT_FIELDS.map(({ key, label, required, hint }) => ({ key, label, required, hint }));

/** A preview of `offering.csv`: its name column is called "Offering", which nothing maps automatically. */
export function importPreview(overrides: Partial<ImportPreview> = {}): ImportPreview {
  return {
    fileName: 'offering.csv',
    columns: ['Offering', 'Status', 'Owner'],
    mapping: Object.fromEntries(importFields.map((field) => [field.key, field.key === 'lifecycle' ? 'Status' : field.key === 'owner' ? 'Owner' : null])),
    fields: importFields,
    mappingProblems: [],
    ignoredColumns: [],
    mappingNotes: [],
    rowCount: 3,
    validCount: 3,
    errors: [],
    newOwners: [],
    valuesReadAs: [],
    sample: [],
    ...overrides,
  };
}
