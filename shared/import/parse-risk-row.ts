import type { RiskStatus, RiskTreatment } from '../api/risks-api';
import { parseFlexibleDate } from '../domain/dates';
import { restoreNeutralisedFormula } from '../domain/formula-cells';
import { splitList } from './column-mapping';
import { noteReadAs, type ValueReadAs } from './values-read-as';
import { riskImportKeyOf, type RiskImportKey } from './risk-import-fields';
import { riskEntity, type RiskFieldKey } from '../entity/risk-entity';
import { maxTextLength } from '../entity/text-limit';

type Position = { likelihood: number; impact: number };

/** One spreadsheet row as risk values, before owners, services and suppliers are resolved. */
export interface ParsedRiskRow {
  code: string | null;
  title: string;
  cause: string;
  event: string;
  consequence: string;
  category: string | null;
  /** The owner as written (name or email); resolved to a person by the importer. */
  owner: string | null;
  serviceCodes: string[];
  supplier: string | null;
  controls: string;
  inherent: Position | null;
  residual: Position | null;
  target: Position | null;
  /** The position the row leaves empty and that is copied from the other one, or null. */
  copied: 'inherent' | 'residual' | null;
  treatment: RiskTreatment | null;
  treatmentRationale: string;
  status: RiskStatus;
  nextReviewDate: string | null;
  assessedOn: string | null;
  rationale: string;
}

/** A cell that cannot be read, by field. */
export interface RiskRowProblem {
  field: RiskImportKey;
  message: string;
}

/** Places a rating text on a scale: the level, or null when the rating step has no level for it. */
export type RatingResolver = (scale: 'likelihood' | 'impact', text: string) => number | null;

const TREATMENT_WORDS: Record<string, RiskTreatment> = {
  avoid: 'avoid',
  terminate: 'avoid',
  eliminate: 'avoid',
  mitigate: 'mitigate',
  reduce: 'mitigate',
  treat: 'mitigate',
  modify: 'mitigate',
  control: 'mitigate',
  transfer: 'transfer',
  share: 'transfer',
  insure: 'transfer',
  accept: 'accept',
  tolerate: 'accept',
  retain: 'accept',
};

const STATUS_WORDS: Record<string, RiskStatus> = {
  identified: 'identified',
  new: 'identified',
  draft: 'identified',
  assessed: 'assessed',
  analysed: 'assessed',
  analyzed: 'assessed',
  evaluated: 'assessed',
  treating: 'treating',
  'in treatment': 'treating',
  treatment: 'treating',
  'in progress': 'treating',
  open: 'treating',
  monitored: 'monitored',
  monitoring: 'monitored',
  'under review': 'monitored',
  closed: 'closed',
  retired: 'closed',
  resolved: 'closed',
};

/** The longest text each field takes: the descriptor's rules, and the assessment rationale's (as risks.assess takes it). */
const LIMITS: Partial<Record<RiskImportKey, number>> = {
  ...Object.fromEntries(
    (Object.keys(riskEntity.fields) as RiskFieldKey[]).flatMap((key) => {
      const limit = maxTextLength(riskEntity.fields[key].schema);
      return limit === undefined || key === 'code' ? [] : [[riskImportKeyOf(key), limit]];
    }),
  ),
  rationale: 5000,
};

// The code rule (recordCode) as a plain regex: the import checks 100,000 rows, and a zod parse per row costs ~25× more.
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * Turn one spreadsheet row (cells keyed by field) into risk values, collecting a problem per cell
 * that cannot be read. Ratings go through the rating step's resolver. A row with only one rating
 * pair (inherent or residual) is scored with the other equal to it, so it still gets an
 * assessment in the history.
 */
export function parseRiskRow(
  cells: Partial<Record<RiskImportKey, string>>,
  resolve: RatingResolver,
  today: string,
): { values: ParsedRiskRow; problems: RiskRowProblem[]; readAs: ValueReadAs[] } {
  const problems: RiskRowProblem[] = [];
  const readAs: ValueReadAs[] = [];
  const text = (key: RiskImportKey) => {
    const value = restoreNeutralisedFormula((cells[key] ?? '').trim());
    const limit = LIMITS[key];
    if (limit !== undefined && value.length > limit)
      problems.push({ field: key, message: `is ${value.length.toLocaleString('en')} characters long; at most ${limit.toLocaleString('en')} fit` });
    return value;
  };

  const code = text('code') || null;
  if (code !== null && (code.length > 30 || !CODE.test(code))) {
    problems.push({ field: 'code', message: `"${code}" is not a code: up to 30 letters, digits, dots, dashes and underscores` });
  }
  const title = text('title');
  if (!title) problems.push({ field: 'title', message: 'is empty; every risk needs a title' });

  const rating = (key: RiskImportKey, scale: 'likelihood' | 'impact'): number | null => {
    const value = text(key);
    if (!value) return null;
    const level = resolve(scale, value);
    if (level === null)
      problems.push({ field: key, message: `"${value}" is not mapped to ${scale === 'impact' ? 'an' : 'a'} ${scale} level; choose one in the rating step` });
    return level;
  };
  const pair = (likelihoodKey: RiskImportKey, impactKey: RiskImportKey, what: string): Position | null | undefined => {
    const hasL = Boolean(text(likelihoodKey));
    const hasI = Boolean(text(impactKey));
    const likelihood = rating(likelihoodKey, 'likelihood');
    const impact = rating(impactKey, 'impact');
    if (hasL && !hasI) problems.push({ field: impactKey, message: `is empty but the ${what} likelihood is given; a score needs both` });
    if (hasI && !hasL) problems.push({ field: likelihoodKey, message: `is empty but the ${what} impact is given; a score needs both` });
    if (!hasL && !hasI) return null;
    return likelihood !== null && impact !== null ? { likelihood, impact } : undefined;
  };
  const inherent = pair('inherentLikelihood', 'inherentImpact', 'inherent');
  const residual = pair('residualLikelihood', 'residualImpact', 'residual');
  const target = pair('targetLikelihood', 'targetImpact', 'target');

  let treatment: RiskTreatment | null = null;
  const treatmentText = text('treatment');
  if (treatmentText) {
    treatment = TREATMENT_WORDS[treatmentText.toLowerCase()] ?? null;
    if (treatment) noteReadAs(readAs, 'treatment', treatmentText, treatment);
    else problems.push({ field: 'treatment', message: `"${treatmentText}" is not avoid, mitigate, transfer or accept` });
  }
  let status: RiskStatus = inherent || residual ? 'assessed' : 'identified';
  const statusText = text('status');
  if (statusText) {
    const known = STATUS_WORDS[statusText.toLowerCase()];
    if (known) {
      status = known;
      noteReadAs(readAs, 'status', statusText, known);
    } else problems.push({ field: 'status', message: `"${statusText}" is not identified, assessed, treating, monitored or closed` });
  }
  const date = (key: RiskImportKey): string | null => {
    const value = text(key);
    if (!value) return null;
    const parsed = parseFlexibleDate(value);
    if (!parsed) problems.push({ field: key, message: `"${value}" is not a date; use YYYY-MM-DD or DD/MM/YYYY` });
    return parsed;
  };
  const nextReviewDate = date('nextReviewDate');
  const assessedOn = date('assessedOn');
  if (assessedOn && assessedOn > today) problems.push({ field: 'assessedOn', message: `${assessedOn} is in the future` });

  const inherentPosition = inherent ?? residual ?? null;
  const residualPosition = residual ?? inherent ?? null;
  return {
    values: {
      code,
      title,
      cause: text('cause'),
      event: text('event'),
      consequence: text('consequence'),
      category: text('category') || null,
      owner: text('owner') || null,
      serviceCodes: splitList(text('services')),
      supplier: text('supplier') || null,
      controls: text('controls'),
      inherent: inherentPosition,
      residual: residualPosition,
      target: target ?? null,
      copied: inherent === null && residual ? 'inherent' : residual === null && inherent ? 'residual' : null,
      treatment,
      treatmentRationale: text('treatmentRationale'),
      status,
      nextReviewDate,
      assessedOn,
      rationale: text('rationale'),
    },
    problems,
    readAs,
  };
}
