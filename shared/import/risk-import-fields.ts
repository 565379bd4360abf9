import type { ImportFieldInfo, ImportRowError } from '../api/catalogue-io-api';
import type { RatingMatch } from '../domain/risk-ratings';
import type { ValueReadAsSummary } from './values-read-as';
import type { ColumnMapping, ImportField } from './column-mapping';

/** The register fields an import can fill. */
export type RiskImportKey =
  | 'code'
  | 'title'
  | 'cause'
  | 'event'
  | 'consequence'
  | 'category'
  | 'owner'
  | 'services'
  | 'supplier'
  | 'controls'
  | 'inherentLikelihood'
  | 'inherentImpact'
  | 'residualLikelihood'
  | 'residualImpact'
  | 'targetLikelihood'
  | 'targetImpact'
  | 'treatment'
  | 'treatmentRationale'
  | 'status'
  | 'nextReviewDate'
  | 'assessedOn'
  | 'rationale';

/** The fields whose cells are likelihood ratings. */
export const LIKELIHOOD_KEYS = ['inherentLikelihood', 'residualLikelihood', 'targetLikelihood'] as const;
/** The fields whose cells are impact ratings. */
export const IMPACT_KEYS = ['inherentImpact', 'residualImpact', 'targetImpact'] as const;

const rating = 'a level number, the matrix’s label, or a word like High; mapped in the rating step';
const date = 'YYYY-MM-DD or DD/MM/YYYY';

/** The register's columns, in export order; the import maps a file's headers onto them. */
export const RISK_IMPORT_FIELDS: readonly ImportField<RiskImportKey>[] = [
  { key: 'code', label: 'Code', required: false, synonyms: ['risk code', 'risk id', 'id', 'ref', 'reference', 'risk ref', 'risk no'], hint: 'RSK-001; left empty, a code is suggested' },
  { key: 'title', label: 'Title', required: true, synonyms: ['risk', 'risk title', 'name', 'risk name', 'summary', 'risk description'], hint: 'a short name for the risk' },
  { key: 'cause', label: 'Cause', required: false, synonyms: ['causes', 'source', 'risk source', 'threat', 'vulnerability'], hint: 'why it could happen' },
  { key: 'event', label: 'Event', required: false, synonyms: ['description', 'risk event', 'what could happen', 'details'], hint: 'what could happen' },
  { key: 'consequence', label: 'Consequence', required: false, synonyms: ['consequences', 'effect', 'effects', 'impact description', 'outcome'], hint: 'what it would do to services' },
  { key: 'category', label: 'Category', required: false, synonyms: ['risk category', 'type', 'risk type', 'area'], hint: 'e.g. Security' },
  { key: 'owner', label: 'Owner', required: false, synonyms: ['risk owner', 'owner name', 'owner email', 'responsible', 'accountable'], hint: 'a person’s name or email; new names become people' },
  { key: 'services', label: 'Services', required: false, synonyms: ['service', 'affected services', 'linked services', 'service codes'], hint: 'service codes separated by ;' },
  { key: 'supplier', label: 'Supplier', required: false, synonyms: ['vendor', 'third party', 'linked supplier'], hint: 'a supplier’s name' },
  { key: 'controls', label: 'Current controls', required: false, synonyms: ['controls', 'existing controls', 'mitigations', 'current mitigations'], hint: 'what is in place today' },
  { key: 'inherentLikelihood', label: 'Inherent likelihood', required: false, synonyms: ['inherent probability', 'gross likelihood', 'likelihood before controls', 'raw likelihood'], hint: rating },
  { key: 'inherentImpact', label: 'Inherent impact', required: false, synonyms: ['inherent consequence', 'gross impact', 'impact before controls', 'raw impact', 'inherent severity'], hint: rating },
  { key: 'residualLikelihood', label: 'Residual likelihood', required: false, synonyms: ['residual probability', 'net likelihood', 'current likelihood', 'likelihood', 'probability'], hint: rating },
  { key: 'residualImpact', label: 'Residual impact', required: false, synonyms: ['residual consequence', 'net impact', 'current impact', 'impact', 'severity', 'residual severity'], hint: rating },
  { key: 'targetLikelihood', label: 'Target likelihood', required: false, synonyms: ['target probability', 'desired likelihood'], hint: rating },
  { key: 'targetImpact', label: 'Target impact', required: false, synonyms: ['target consequence', 'desired impact', 'target severity'], hint: rating },
  { key: 'treatment', label: 'Treatment', required: false, synonyms: ['response', 'risk response', 'treatment option', 'strategy'], hint: 'avoid, mitigate, transfer or accept' },
  { key: 'treatmentRationale', label: 'Treatment rationale', required: false, synonyms: ['rationale for treatment', 'justification', 'treatment notes'], hint: 'why this treatment' },
  { key: 'status', label: 'Status', required: false, synonyms: ['risk status', 'state', 'stage'], hint: 'identified, assessed, treating, monitored or closed' },
  { key: 'nextReviewDate', label: 'Next review', required: false, synonyms: ['next review date', 'review date', 'review due', 'due for review'], hint: date },
  { key: 'assessedOn', label: 'Last assessed', required: false, synonyms: ['assessed', 'assessment date', 'date assessed', 'last assessment', 'last reviewed'], hint: date },
  { key: 'rationale', label: 'Assessment rationale', required: false, synonyms: ['assessment notes', 'scoring rationale', 'assessment rationale'], hint: 'why the scores are what they are' },
];

/** One distinct rating text found in the file and the level it maps to. */
export interface RatingValue {
  text: string;
  level: number | null;
  /** How the level was found; null when it was not. */
  via: RatingMatch | null;
  /** Cells with this text. */
  count: number;
}

/** What risks.importPreview returns: the mapping, the rating step, per-row problems and a sample. */
export interface RiskImportPreview {
  fileName: string;
  columns: string[];
  mapping: ColumnMapping;
  fields: ImportFieldInfo[];
  /** Problems with the mapping itself; while there are any, no row is checked. */
  mappingProblems: string[];
  rowCount: number;
  validCount: number;
  errors: ImportRowError[];
  /** Owners the workspace does not know yet; the import creates them as people. */
  newOwners: string[];
  /** Words read as a field's value by synonym ("tolerate" → accept), with how many rows use each. */
  valuesReadAs: ValueReadAsSummary[];
  /** The rating step: every distinct text of the likelihood and impact columns, with its level. */
  ratings: { likelihood: RatingValue[]; impact: RatingValue[] };
  /** Texts the mapping cannot place; rows using them are errors until the user maps them. */
  unmappedRatings: { likelihood: string[]; impact: string[] };
  /** The scale labels of the current matrix, level 1 first, for the rating step's choices. */
  scales: { likelihood: string[]; impact: string[] };
  /** The first rows as they would be imported. */
  sample: Array<{
    row: number;
    code: string;
    title: string;
    owner: string | null;
    services: string[];
    status: string;
    inherent: string | null;
    residual: string | null;
    target: string | null;
  }>;
}
