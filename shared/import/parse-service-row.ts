import type { Lifecycle, ServiceKind } from '../api/services-api';
import { parseFlexibleDate } from '../domain/dates';
import { restoreNeutralisedFormula } from '../domain/formula-cells';
import { parseServiceHours, type ServiceHours } from '../domain/service-hours';
import { splitList } from './column-mapping';
import { noteReadAs, type ValueReadAs } from './values-read-as';
import type { ServiceImportKey } from './service-import-fields';

export interface ParsedServiceRow {
  code: string | null;
  name: string;
  description: string;
  category: string | null;
  kind: ServiceKind;
  lifecycle: Lifecycle;
  /** The owner as written (name or email); resolved to a person by the importer. */
  owner: string | null;
  customers: string[];
  criticality: number;
  serviceHours: ServiceHours;
  supportContact: string | null;
  tags: string[];
  lastReviewDate: string | null;
  nextReviewDate: string | null;
  dependsOnCodes: string[];
}

export interface RowProblem {
  field: ServiceImportKey;
  message: string;
}

const KIND_WORDS: Record<string, ServiceKind> = {
  'customer-facing': 'customer-facing',
  'customer facing': 'customer-facing',
  customer: 'customer-facing',
  business: 'customer-facing',
  external: 'customer-facing',
  supporting: 'supporting',
  support: 'supporting',
  internal: 'supporting',
  technical: 'supporting',
};

const LIFECYCLE_WORDS: Record<string, Lifecycle> = {
  pipeline: 'pipeline',
  planned: 'pipeline',
  proposed: 'pipeline',
  design: 'pipeline',
  'in development': 'pipeline',
  live: 'live',
  operational: 'live',
  production: 'live',
  active: 'live',
  'in service': 'live',
  retired: 'retired',
  decommissioned: 'retired',
  withdrawn: 'retired',
  inactive: 'retired',
};

function parseCriticality(text: string): number | null {
  const match = /^(?:tier|t|p)?\s*([1-4])$/i.exec(text.trim());
  return match ? Number(match[1]) : null;
}

/**
 * Turn one spreadsheet row (cells keyed by field) into service values, collecting a problem per
 * cell that cannot be read. Empty cells take the same defaults as the editor.
 */
export function parseServiceRow(cells: Partial<Record<ServiceImportKey, string>>): { values: ParsedServiceRow; problems: RowProblem[]; readAs: ValueReadAs[] } {
  const problems: RowProblem[] = [];
  const readAs: ValueReadAs[] = [];
  const text = (key: ServiceImportKey) => restoreNeutralisedFormula((cells[key] ?? '').trim());
  const optional = (key: ServiceImportKey) => text(key) || null;

  const name = text('name');
  if (!name) problems.push({ field: 'name', message: 'is empty; every service needs a name' });

  let kind: ServiceKind = 'customer-facing';
  if (text('kind')) {
    const known = KIND_WORDS[text('kind').toLowerCase()];
    if (known) {
      kind = known;
      noteReadAs(readAs, 'kind', text('kind'), known);
    } else problems.push({ field: 'kind', message: `"${text('kind')}" is not customer-facing or supporting` });
  }

  let lifecycle: Lifecycle = 'pipeline';
  if (text('lifecycle')) {
    const known = LIFECYCLE_WORDS[text('lifecycle').toLowerCase()];
    if (known) {
      lifecycle = known;
      noteReadAs(readAs, 'lifecycle', text('lifecycle'), known);
    } else problems.push({ field: 'lifecycle', message: `"${text('lifecycle')}" is not pipeline, live or retired` });
  }

  let criticality = 3;
  if (text('criticality')) {
    const tier = parseCriticality(text('criticality'));
    if (tier === null) problems.push({ field: 'criticality', message: `"${text('criticality')}" is not a tier from 1 to 4` });
    else criticality = tier;
  }

  let serviceHours: ServiceHours = { mode: '24x7' };
  if (text('serviceHours')) {
    const parsed = parseServiceHours(text('serviceHours'));
    if (parsed.ok) serviceHours = parsed.value;
    else problems.push({ field: 'serviceHours', message: parsed.error });
  }

  const date = (key: 'lastReviewDate' | 'nextReviewDate') => {
    if (!text(key)) return null;
    const parsed = parseFlexibleDate(text(key));
    if (!parsed) problems.push({ field: key, message: `"${text(key)}" is not a date (use YYYY-MM-DD or DD/MM/YYYY)` });
    return parsed;
  };

  return {
    values: {
      code: optional('code'),
      name,
      description: text('description'),
      category: optional('category'),
      kind,
      lifecycle,
      owner: optional('owner'),
      customers: splitList(text('customers')),
      criticality,
      serviceHours,
      supportContact: optional('supportContact'),
      tags: splitList(text('tags')),
      lastReviewDate: date('lastReviewDate'),
      nextReviewDate: date('nextReviewDate'),
      dependsOnCodes: splitList(text('dependsOn')),
    },
    problems,
    readAs,
  };
}
