import type { ComputedAvailability, MeasurementImportPreview, OutageImportPreview } from '../../../../../shared/api/sla-io-api';
import { MEASUREMENT_IMPORT_FIELDS, OUTAGE_IMPORT_FIELDS } from '../../../../../shared/import/sla-import-fields';

const fieldInfo = (fields: typeof MEASUREMENT_IMPORT_FIELDS | typeof OUTAGE_IMPORT_FIELDS) =>
  fields.map(({ key, label, required, hint }) => ({ key, label, required, hint }));

export const septemberAvailability: ComputedAvailability = {
  slaId: 1,
  slaCode: 'SLA-001',
  serviceCode: 'SVC-001',
  targetId: 11,
  targetLabel: 'Availability',
  period: '2026-09',
  serviceMinutes: 43_200,
  downtimeMinutes: 43,
  outageCount: 1,
  value: 99.9005,
  status: 'met',
  previous: null,
};

/** An outage log of two rows; the second ends before it starts. */
export function outagePreview(overrides: Partial<OutageImportPreview> = {}): OutageImportPreview {
  return {
    fileName: 'outages.csv',
    columns: ['Service', 'Start', 'End', 'Notes'],
    mapping: { service: 'Service', start: 'Start', end: 'End', notes: 'Notes' },
    fields: fieldInfo(OUTAGE_IMPORT_FIELDS),
    mappingProblems: [],
    ignoredColumns: [],
    mappingNotes: [],
    rowCount: 2,
    validCount: 1,
    errors: [{ row: 3, column: 'End', field: 'end', message: 'must be after the start (2026-09-11T10:00)' }],
    duplicates: 0,
    sample: [{ row: 2, serviceCode: 'SVC-001', start: '2026-09-10T10:00', end: '2026-09-10T10:43', minutes: 43, notes: 'INC-7' }],
    results: [septemberAvailability],
    warnings: ['SVC-002 has no agreed SLA with an availability target: its outages are kept but change no result.'],
    ...overrides,
  };
}

/** A results file giving ticket counts for a response target. */
export function measurementPreview(overrides: Partial<MeasurementImportPreview> = {}): MeasurementImportPreview {
  return {
    fileName: 'tickets.csv',
    columns: ['SLA', 'Target', 'Month', 'Within', 'Total'],
    mapping: { sla: 'SLA', target: 'Target', period: 'Month', value: null, workload: null, notes: null, within: 'Within', total: 'Total' },
    fields: fieldInfo(MEASUREMENT_IMPORT_FIELDS),
    mappingProblems: [],
    ignoredColumns: [],
    mappingNotes: [],
    rowCount: 2,
    validCount: 1,
    errors: [{ row: 3, column: 'Within', field: 'within', message: '21 tickets within the time cannot be more than the 20 tickets in all' }],
    replaceCount: 0,
    sample: [
      {
        row: 2,
        slaCode: 'SLA-001',
        targetLabel: 'P1 responded to within 15 min',
        period: '2026-09',
        value: 95,
        workload: 20,
        notes: '',
        status: 'met',
        replaces: null,
      },
    ],
    ...overrides,
  };
}
