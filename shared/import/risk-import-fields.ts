import type { ImportFieldInfo, ImportRowError } from '../api/catalogue-io-api';
import type { RatingMatch } from '../domain/risk-ratings';
import type { ValueReadAsSummary } from './values-read-as';
import { autoMapColumns, normaliseHeader, type ColumnMapping, type ImportField } from './column-mapping';

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
  | 'rationale'
  | 'inherentScore'
  | 'inherentBand'
  | 'residualScore'
  | 'residualBand'
  | 'targetScore'
  | 'targetBand';

/** The fields whose cells are likelihood ratings. */
export const LIKELIHOOD_KEYS = ['inherentLikelihood', 'residualLikelihood', 'targetLikelihood'] as const;
/** The fields whose cells are impact ratings. */
export const IMPACT_KEYS = ['inherentImpact', 'residualImpact', 'targetImpact'] as const;

const rating = 'a level number, the matrix’s label, or a word like High; mapped in the rating step';
const date = 'YYYY-MM-DD or DD/MM/YYYY';
const checked = 'a score, a band or both (“20 High”); checked against the matrix, not stored';

/** The register's columns, in export order; the import maps a file's headers onto them. */
export const RISK_IMPORT_FIELDS: readonly ImportField<RiskImportKey>[] = [
  {
    key: 'code',
    label: 'Code',
    required: false,
    synonyms: ['risk code', 'risk id', 'id', 'ref', 'reference', 'risk ref', 'risk no'],
    hint: 'RSK-001; left empty, a code is suggested',
  },
  {
    key: 'title',
    label: 'Title',
    required: true,
    synonyms: ['risk', 'risk title', 'name', 'risk name', 'summary', 'risk description'],
    hint: 'a short name for the risk',
  },
  { key: 'cause', label: 'Cause', required: false, synonyms: ['causes', 'source', 'risk source', 'threat', 'vulnerability'], hint: 'why it could happen' },
  { key: 'event', label: 'Event', required: false, synonyms: ['description', 'risk event', 'what could happen', 'details'], hint: 'what could happen' },
  {
    key: 'consequence',
    label: 'Consequence',
    required: false,
    synonyms: ['consequences', 'effect', 'effects', 'impact description', 'outcome'],
    hint: 'what it would do to services',
  },
  { key: 'category', label: 'Category', required: false, synonyms: ['risk category', 'type', 'risk type', 'area'], hint: 'e.g. Security' },
  {
    key: 'owner',
    label: 'Owner',
    required: false,
    synonyms: ['risk owner', 'owner name', 'owner email', 'responsible', 'accountable'],
    hint: 'a person’s name or email; new names become people',
  },
  {
    key: 'services',
    label: 'Services',
    required: false,
    synonyms: ['service', 'affected services', 'linked services', 'service codes'],
    hint: 'service codes separated by ;',
  },
  { key: 'supplier', label: 'Supplier', required: false, synonyms: ['vendor', 'third party', 'linked supplier'], hint: 'a supplier’s name' },
  {
    key: 'controls',
    label: 'Current controls',
    required: false,
    synonyms: ['controls', 'existing controls', 'mitigations', 'current mitigations'],
    hint: 'what is in place today',
  },
  {
    key: 'inherentLikelihood',
    label: 'Inherent likelihood',
    required: false,
    synonyms: ['inherent probability', 'gross likelihood', 'likelihood before controls', 'raw likelihood'],
    hint: rating,
  },
  {
    key: 'inherentImpact',
    label: 'Inherent impact',
    required: false,
    synonyms: ['inherent consequence', 'gross impact', 'impact before controls', 'raw impact', 'inherent severity'],
    hint: rating,
  },
  {
    key: 'residualLikelihood',
    label: 'Residual likelihood',
    required: false,
    synonyms: ['residual probability', 'net likelihood', 'current likelihood'],
    hint: rating,
  },
  {
    key: 'residualImpact',
    label: 'Residual impact',
    required: false,
    synonyms: ['residual consequence', 'net impact', 'current impact', 'residual severity'],
    hint: rating,
  },
  { key: 'targetLikelihood', label: 'Target likelihood', required: false, synonyms: ['target probability', 'desired likelihood'], hint: rating },
  { key: 'targetImpact', label: 'Target impact', required: false, synonyms: ['target consequence', 'desired impact', 'target severity'], hint: rating },
  {
    key: 'treatment',
    label: 'Treatment',
    required: false,
    synonyms: ['response', 'risk response', 'treatment option', 'strategy'],
    hint: 'avoid, mitigate, transfer or accept',
  },
  {
    key: 'treatmentRationale',
    label: 'Treatment rationale',
    required: false,
    synonyms: ['rationale for treatment', 'justification', 'treatment notes'],
    hint: 'why this treatment',
  },
  { key: 'status', label: 'Status', required: false, synonyms: ['risk status', 'state', 'stage'], hint: 'identified, assessed, treating, monitored or closed' },
  { key: 'nextReviewDate', label: 'Next review', required: false, synonyms: ['next review date', 'review date', 'review due', 'due for review'], hint: date },
  {
    key: 'assessedOn',
    label: 'Last assessed',
    required: false,
    synonyms: ['assessed', 'assessment date', 'date assessed', 'last assessment', 'last reviewed'],
    hint: date,
  },
  {
    key: 'rationale',
    label: 'Assessment rationale',
    required: false,
    synonyms: ['assessment notes', 'scoring rationale', 'assessment rationale'],
    hint: 'why the scores are what they are',
  },
  // Scores and bands follow from the positions and the matrix; a file's own are checked, never stored.
  {
    key: 'inherentScore',
    label: 'Inherent score',
    required: false,
    synonyms: ['inherent rating', 'inherent risk rating', 'inherent risk score', 'gross rating', 'gross score', 'rating before controls'],
    hint: checked,
  },
  {
    key: 'inherentBand',
    label: 'Inherent band',
    required: false,
    synonyms: ['inherent level', 'inherent risk level', 'inherent risk band', 'gross band', 'gross risk level'],
    hint: checked,
  },
  {
    key: 'residualScore',
    label: 'Residual score',
    required: false,
    synonyms: ['residual rating', 'residual risk rating', 'residual risk score', 'net rating', 'net score', 'current rating', 'current score'],
    hint: checked,
  },
  {
    key: 'residualBand',
    label: 'Residual band',
    required: false,
    synonyms: ['residual level', 'residual risk level', 'residual risk band', 'net band', 'current risk level'],
    hint: checked,
  },
  {
    key: 'targetScore',
    label: 'Target score',
    required: false,
    synonyms: ['target rating', 'target risk rating', 'target risk score', 'desired rating'],
    hint: checked,
  },
  { key: 'targetBand', label: 'Target band', required: false, synonyms: ['target level', 'target risk level', 'target risk band'], hint: checked },
];

/** The fields that only check a position's score or band. */
export const CHECKED_RATING_KEYS = ['inherentScore', 'inherentBand', 'residualScore', 'residualBand', 'targetScore', 'targetBand'] as const;

/**
 * Headers that name a rating without saying which position ("Likelihood", "Rating"). Alone they
 * are the current (residual) position; next to explicitly residual columns they can only be the
 * inherent one, so they are placed there rather than dropped.
 */
const PLAIN_HEADERS: ReadonlyArray<{ words: readonly string[]; inherent: RiskImportKey; residual: RiskImportKey }> = [
  { words: ['likelihood', 'probability'], inherent: 'inherentLikelihood', residual: 'residualLikelihood' },
  { words: ['impact', 'severity'], inherent: 'inherentImpact', residual: 'residualImpact' },
  { words: ['rating', 'risk rating', 'score', 'risk score'], inherent: 'inherentScore', residual: 'residualScore' },
  { words: ['band', 'risk band', 'risk level', 'level'], inherent: 'inherentBand', residual: 'residualBand' },
];

/** The automatic mapping of a register: by name and synonym, then plain rating headers by position. */
export function autoMapRiskColumns(headers: readonly string[]): { mapping: ColumnMapping; notes: string[] } {
  const mapping = autoMapColumns(RISK_IMPORT_FIELDS, headers);
  const used = new Set(Object.values(mapping));
  const placed: Array<{ header: string; key: RiskImportKey }> = [];
  for (const plain of PLAIN_HEADERS) {
    const words = plain.words.map(normaliseHeader);
    const header = headers.find((h) => !used.has(h) && words.includes(normaliseHeader(h)));
    if (!header) continue;
    // A plain rating column sits with plain likelihood and impact columns already read as inherent.
    const preferInherent = placed.length > 0 && mapping[plain.inherent] === null;
    const key = preferInherent ? plain.inherent : mapping[plain.residual] === null ? plain.residual : mapping[plain.inherent] === null ? plain.inherent : null;
    if (!key) continue;
    mapping[key] = header;
    used.add(header);
    if (key === plain.inherent) placed.push({ header, key });
  }
  const notes = placed.length
    ? [
        `${placed.map((p) => `“${p.header}”`).join(', ')} ${placed.length === 1 ? 'is' : 'are'} read as the inherent position, because the file also has residual columns.`,
      ]
    : [];
  return { mapping, notes };
}

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
  /** The file's columns the import does not read, by header: their cells are not imported. */
  ignoredColumns: string[];
  /** What the import does with the mapped columns beyond reading them, in words (a position copied from another, a rating only checked). */
  mappingNotes: string[];
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
