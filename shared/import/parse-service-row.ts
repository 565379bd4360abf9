import type { Lifecycle, ServiceKind } from '../api/services-api';
import type { EntityValues } from '../entity/field-descriptor';
import { serviceEntity, type ServiceFieldKey } from '../entity/service-entity';
import { parseFlexibleDate } from '../domain/dates';
import { restoreNeutralisedFormula } from '../domain/formula-cells';
import { parseServiceHours, type ServiceHours } from '../domain/service-hours';
import { splitList } from './column-mapping';
import { noteReadAs, type ValueReadAs } from './values-read-as';
import type { ServiceImportKey } from './service-import-fields';

type ServiceFields = EntityValues<typeof serviceEntity.fields>;

/** A row's values: the service's declared fields, with the owner and dependencies as written. */
export type ParsedServiceRow = Omit<ServiceFields, 'code' | 'ownerId'> & {
  /** Null when the cell is empty: the importer suggests a code. */
  code: string | null;
  /** The owner as written (name or email); resolved to a person by the importer. */
  owner: string | null;
  dependsOnCodes: string[];
};

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

type CellParser = (text: string, problem: (message: string) => void, readAs: ValueReadAs[]) => unknown;

const date = (): CellParser => (text, problem) => {
  if (!text) return null;
  const parsed = parseFlexibleDate(text);
  if (!parsed) problem(`"${text}" is not a date (use YYYY-MM-DD or DD/MM/YYYY)`);
  return parsed;
};

/** A word from a list of accepted spellings; empty takes the editor's default. */
const word =
  <T extends string>(key: 'kind' | 'lifecycle', words: Record<string, T>, fallback: T, expected: string): CellParser =>
  (text, problem, readAs) => {
    if (!text) return fallback;
    const known = words[text.toLowerCase()];
    if (!known) {
      problem(`"${text}" is not ${expected}`);
      return fallback;
    }
    noteReadAs(readAs, key, text, known);
    return known;
  };

/**
 * The fields whose cells need more than text. Any other declared field is read as its text, an
 * empty cell as null where the field allows it (else empty text), and then checked by the
 * descriptor's rule with everything else: a new plain field imports without a line here.
 */
const PARSERS: Partial<Record<Exclude<ServiceImportKey, 'owner' | 'dependsOn'>, CellParser>> = {
  code: (text) => text || null,
  kind: word('kind', KIND_WORDS, 'customer-facing', 'customer-facing or supporting'),
  lifecycle: word('lifecycle', LIFECYCLE_WORDS, 'pipeline', 'pipeline, live or retired'),
  customers: (text) => splitList(text),
  tags: (text) => splitList(text),
  criticality: (text, problem) => {
    if (!text) return 3;
    const tier = parseCriticality(text);
    if (tier === null) problem(`"${text}" is not a tier from 1 to 4`);
    return tier ?? 3;
  },
  serviceHours: (text, problem) => {
    if (!text) return { mode: '24x7' } satisfies ServiceHours;
    const parsed = parseServiceHours(text);
    if (parsed.ok) return parsed.value;
    problem(parsed.error);
    return { mode: '24x7' } satisfies ServiceHours;
  },
  lastReviewDate: date(),
  nextReviewDate: date(),
};

const FIELD_KEYS = (Object.keys(serviceEntity.fields) as ServiceFieldKey[]).filter((key): key is Exclude<ServiceFieldKey, 'ownerId'> => key !== 'ownerId');

/**
 * Turn one spreadsheet row (cells keyed by field) into service values, collecting a problem per
 * cell that cannot be read. Empty cells take the same defaults as the editor.
 */
export function parseServiceRow(cells: Partial<Record<ServiceImportKey, string>>): { values: ParsedServiceRow; problems: RowProblem[]; readAs: ValueReadAs[] } {
  const problems: RowProblem[] = [];
  const readAs: ValueReadAs[] = [];
  const text = (key: ServiceImportKey) => restoreNeutralisedFormula((cells[key] ?? '').trim());

  const values: Record<string, unknown> = {};
  for (const key of FIELD_KEYS) {
    const parser = PARSERS[key];
    if (parser) values[key] = parser(text(key), (message) => problems.push({ field: key, message }), readAs);
    else values[key] = text(key) || (serviceEntity.fields[key].schema.safeParse(null).success ? null : '');
  }
  if (!values.name) problems.unshift({ field: 'name', message: 'is empty; every service needs a name' });

  return {
    values: { ...(values as Omit<ParsedServiceRow, 'owner' | 'dependsOnCodes'>), owner: text('owner') || null, dependsOnCodes: splitList(text('dependsOn')) },
    problems,
    readAs,
  };
}
