import { z } from 'zod';
import { defineMethod } from './define-method';
import { idSchema } from './common-schemas';
import { importFileInput, importRunInput, type ImportFieldInfo, type ImportRowError } from './catalogue-io-api';
import type { ColumnMapping } from '../import/column-mapping';
import type { ResultStatus } from '../domain/sla-status';
import { periodSchema } from './slas-api';

/** What every import preview says about the file itself. */
export interface ImportPreviewBase {
  fileName: string;
  columns: string[];
  mapping: ColumnMapping;
  fields: ImportFieldInfo[];
  /** Problems with the mapping itself; while there are any, no row is checked. */
  mappingProblems: string[];
  /** The file's columns the import does not read, by header: their cells are not imported. */
  ignoredColumns: string[];
  /** What the import does with the mapped columns beyond reading them, in words (a position copied from another, a rating only checked). */
  mappingNotes: string[];
  rowCount: number;
  validCount: number;
  errors: ImportRowError[];
}

export interface MeasurementImportPreview extends ImportPreviewBase {
  /** Valid rows that replace a result already recorded. */
  replaceCount: number;
  /** The first rows as they would be recorded. */
  sample: Array<{
    row: number;
    slaCode: string;
    targetLabel: string;
    period: string;
    value: number;
    workload: number | null;
    notes: string;
    status: ResultStatus;
    /** The value recorded today, which this row replaces. */
    replaces: number | null;
  }>;
}

export interface MeasurementImportResult {
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: ImportRowError[];
}

/** Availability of one SLA target in one month, computed from outages within its service hours. */
export interface ComputedAvailability {
  slaId: number;
  slaCode: string;
  serviceCode: string;
  targetId: number;
  targetLabel: string;
  period: string;
  /** Service minutes in the month within the SLA's hours and validity. */
  serviceMinutes: number;
  /** Minutes of outage within those hours, overlapping outages merged. */
  downtimeMinutes: number;
  outageCount: number;
  value: number;
  status: ResultStatus;
  /** The value recorded today, which the computed one replaces. */
  previous: number | null;
}

export interface OutageImportPreview extends ImportPreviewBase {
  /** Valid rows already in the workspace (same service, start and end); they are not added again. */
  duplicates: number;
  /** The first outages as they would be kept. */
  sample: Array<{ row: number; serviceCode: string; start: string; end: string; minutes: number; notes: string }>;
  /** Availability per agreed SLA availability target and month touched by the outages. */
  results: ComputedAvailability[];
  /** Things worth knowing that stop nothing, e.g. a service without an agreed availability target. */
  warnings: string[];
}

export interface OutageImportResult {
  outagesAdded: number;
  duplicates: number;
  skipped: number;
  measurementsCreated: number;
  measurementsUpdated: number;
  results: ComputedAvailability[];
  warnings: string[];
  errors: ImportRowError[];
}

/** An outage as kept. */
export interface Outage {
  id: number;
  serviceId: number;
  serviceCode: string;
  /** Wall-clock "YYYY-MM-DDTHH:MM[:SS]", no zone. */
  start: string;
  end: string;
  minutes: number;
  notes: string;
  source: string;
  createdAt: string;
}

export const slaIoApi = {
  'measurements.importPreview': defineMethod<MeasurementImportPreview>()({
    input: importFileInput,
    effect: 'read',
    domains: ['slas', 'suppliers'],
    summary: 'Read a CSV or XLSX of period results (SLA, target, month, value, workload, notes) and report every row problem; writes nothing.',
  }),
  'measurements.import': defineMethod<MeasurementImportResult>()({
    input: importRunInput,
    effect: 'import',
    domains: ['slas', 'suppliers'],
    summary: 'Record period results from CSV or XLSX in one transaction; all-or-nothing unless asked to skip bad rows.',
  }),
  'outages.importPreview': defineMethod<OutageImportPreview>()({
    input: importFileInput,
    effect: 'read',
    domains: ['slas', 'services'],
    summary: 'Read a CSV or XLSX outage log (service, start, end) and show the availability it gives each agreed SLA per month; writes nothing.',
  }),
  'outages.import': defineMethod<OutageImportResult>()({
    input: importRunInput,
    effect: 'import',
    domains: ['slas'],
    summary: 'Keep the outages and record the availability they give, per month, within each agreed SLA’s service hours.',
  }),
  'outages.list': defineMethod<Outage[]>()({
    input: z.object({ serviceId: idSchema, from: periodSchema.optional(), to: periodSchema.optional() }).strict(),
    effect: 'read',
    domains: ['slas', 'services'],
    summary: 'The outages kept for a service, optionally overlapping some months, oldest first.',
  }),
  'outages.delete': defineMethod<{ deleted: Outage; results: ComputedAvailability[] }>()({
    input: z.object({ id: idSchema }).strict(),
    effect: 'write',
    domains: ['slas'],
    summary: 'Delete a kept outage and recompute the availability of the months it touched.',
  }),
};
