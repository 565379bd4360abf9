import { z } from 'zod';
import { idSchema, optionalIsoDate, optionalText, recordCode, requiredText } from '../api/common-schemas';
import { MAX_LEVELS } from '../domain/risk-matrix';
import { defineEntity, field, fieldLabels, type EntityValues } from './field-descriptor';

/** The life of a risk, in order. */
export const RISK_STATUSES = ['identified', 'assessed', 'treating', 'monitored', 'closed'] as const;
/** ISO 31000 treatment options. */
export const RISK_TREATMENTS = ['avoid', 'mitigate', 'transfer', 'accept'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];
export type RiskTreatment = (typeof RISK_TREATMENTS)[number];

/** A likelihood or impact level; the handler checks it against the current matrix's scales. */
export const riskLevel = z
  .number({ error: 'must be a level number' })
  .int('must be a whole level')
  .min(1, 'must be at least 1')
  .max(MAX_LEVELS, `must be at most ${MAX_LEVELS}`);

const longText = (max: number) => z.string({ error: 'must be text' }).max(max, `must be at most ${max.toLocaleString('en')} characters`);

// Ratings are plain integer columns, but their range is the current matrix's: the matrix check
// stays in the repository (assertOnMatrix). They change only through risks.assess, so they are not
// among the editable fields, and the audit trail records them as positions ("3×4", one history
// line per position: `riskAuditSnapshot`), not field by field — hence `audited: false`. The export
// writes them as "4 - Likely" with the matrix's labels (electron/io/risks-export.ts).
const rating = (column: string, label: string, importSynonyms: readonly string[]) =>
  field({ column, label, schema: riskLevel.nullable(), audited: false, importSynonyms, list: 'number', initial: null });

/**
 * A risk (table `risks`): every plain field declared once. Not plain, and kept by hand where they
 * live: the linked services (table `risk_services`, `serviceIds`), the full-text index (table
 * `risks_search`, kept by triggers), the scores and bands (derived from the ratings and the matrix,
 * `score-columns.ts`) and the dated assessments (table `risk_assessments`).
 */
export const riskEntity = defineEntity({
  entity: 'risk',
  table: 'risks',
  fields: {
    code: field({
      initial: '',
      column: 'code',
      label: 'Code',
      schema: recordCode,
      importSynonyms: ['risk code', 'risk id', 'id', 'ref', 'reference', 'risk ref', 'risk no'],
    }),
    title: field({
      initial: '',
      column: 'title',
      label: 'Title',
      schema: requiredText(200),
      importSynonyms: ['risk', 'risk title', 'name', 'risk name', 'summary', 'risk description'],
    }),
    cause: field({
      initial: '',
      column: 'cause',
      label: 'Cause',
      schema: longText(5000),
      importSynonyms: ['causes', 'source', 'risk source', 'threat', 'vulnerability'],
      list: false,
    }),
    event: field({
      initial: '',
      column: 'event',
      label: 'Event',
      schema: longText(5000),
      importSynonyms: ['description', 'risk event', 'what could happen', 'details'],
      list: false,
    }),
    consequence: field({
      initial: '',
      column: 'consequence',
      label: 'Consequence',
      schema: longText(5000),
      importSynonyms: ['consequences', 'effect', 'effects', 'impact description', 'outcome'],
      list: false,
    }),
    category: field({
      initial: '',
      column: 'category',
      label: 'Category',
      schema: optionalText(100),
      importSynonyms: ['risk category', 'type', 'risk type', 'area'],
    }),
    // Imported and exported by the person's name or email (key `owner` there): the id means nothing in a spreadsheet.
    ownerId: field({
      initial: null,
      column: 'owner_id',
      label: 'Owner',
      schema: idSchema.nullable(),
      importSynonyms: ['risk owner', 'owner name', 'owner email', 'responsible', 'accountable'],
      list: 'person',
    }),
    // Imported and exported by the supplier's name (key `supplier` there).
    supplierId: field({
      initial: null,
      column: 'supplier_id',
      label: 'Supplier',
      schema: idSchema.nullable(),
      importSynonyms: ['vendor', 'third party', 'linked supplier'],
    }),
    controls: field({
      initial: '',
      column: 'controls',
      label: 'Current controls',
      schema: longText(10_000),
      importSynonyms: ['controls', 'existing controls', 'mitigations', 'current mitigations'],
      list: false,
    }),
    inherentLikelihood: rating('inherent_likelihood', 'Inherent likelihood', [
      'inherent probability',
      'gross likelihood',
      'likelihood before controls',
      'raw likelihood',
    ]),
    inherentImpact: rating('inherent_impact', 'Inherent impact', [
      'inherent consequence',
      'gross impact',
      'impact before controls',
      'raw impact',
      'inherent severity',
    ]),
    residualLikelihood: rating('residual_likelihood', 'Residual likelihood', ['residual probability', 'net likelihood', 'current likelihood']),
    residualImpact: rating('residual_impact', 'Residual impact', ['residual consequence', 'net impact', 'current impact', 'residual severity']),
    targetLikelihood: rating('target_likelihood', 'Target likelihood', ['target probability', 'desired likelihood']),
    targetImpact: rating('target_impact', 'Target impact', ['target consequence', 'desired impact', 'target severity']),
    treatment: field({
      initial: null,
      column: 'treatment',
      label: 'Treatment',
      schema: z.enum(RISK_TREATMENTS, { error: 'must be avoid, mitigate, transfer or accept' }).nullable(),
      importSynonyms: ['response', 'risk response', 'treatment option', 'strategy'],
      list: 'enum',
    }),
    treatmentRationale: field({
      initial: '',
      column: 'treatment_rationale',
      label: 'Treatment rationale',
      schema: longText(5000),
      importSynonyms: ['rationale for treatment', 'justification', 'treatment notes'],
      list: false,
    }),
    status: field({
      initial: 'identified',
      column: 'status',
      label: 'Status',
      schema: z.enum(RISK_STATUSES, { error: 'must be identified, assessed, treating, monitored or closed' }),
      importSynonyms: ['risk status', 'state', 'stage'],
      list: 'enum',
    }),
    nextReviewDate: field({
      initial: '',
      column: 'next_review_date',
      label: 'Next review',
      schema: optionalIsoDate,
      importSynonyms: ['next review date', 'review date', 'review due', 'due for review'],
      list: 'date',
    }),
  },
});

export type RiskFields = (typeof riskEntity)['fields'];
export type RiskFieldKey = keyof RiskFields & string;
/** Every plain field of a risk as the API holds it (ratings as plain levels). */
export type RiskFieldValues = EntityValues<RiskFields>;

/** The rating fields: scored on the matrix and changed only through risks.assess. */
export const RISK_RATING_KEYS = [
  'inherentLikelihood',
  'inherentImpact',
  'residualLikelihood',
  'residualImpact',
  'targetLikelihood',
  'targetImpact',
] as const satisfies readonly RiskFieldKey[];
export type RiskRatingKey = (typeof RISK_RATING_KEYS)[number];

/** The fields risks.create and risks.update write directly (everything but the ratings). */
export type RiskEditableKey = Exclude<RiskFieldKey, RiskRatingKey>;
export type RiskEditableValues = Pick<RiskFieldValues, RiskEditableKey>;
export const RISK_EDITABLE_KEYS = (Object.keys(riskEntity.fields) as RiskFieldKey[]).filter(
  (key): key is RiskEditableKey => !(RISK_RATING_KEYS as readonly string[]).includes(key),
);

/** `{ key: label }` of every plain field: the form, the register's headers, the history, imports and exports read these. */
export const RISK_LABELS = fieldLabels(riskEntity);

/** The editable values of a record (drops the ratings and anything that is not a field). */
export function riskEditableValues(values: RiskEditableValues): RiskEditableValues {
  return Object.fromEntries(RISK_EDITABLE_KEYS.map((key) => [key, values[key]])) as RiskEditableValues;
}
