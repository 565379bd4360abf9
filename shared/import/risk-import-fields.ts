import type { ImportFieldInfo, ImportRowError } from '../api/catalogue-io-api';
import type { RatingMatch } from '../domain/risk-ratings';
import type { ValueReadAsSummary } from './values-read-as';
import { autoMapColumns, normaliseHeader, type ColumnMapping, type ImportField } from './column-mapping';
import { importFields } from '../entity/field-descriptor';
import { riskEntity, type RiskFieldKey } from '../entity/risk-entity';

/** Reference fields are imported by name, under their own key: a person's name or email, a supplier's name. */
const IMPORTED_BY_NAME = { ownerId: 'owner', supplierId: 'supplier' } as const;
type ByNameKey = keyof typeof IMPORTED_BY_NAME;

/** The fields that only check a position's score or band. */
export const CHECKED_RATING_KEYS = ['inherentScore', 'inherentBand', 'residualScore', 'residualBand', 'targetScore', 'targetBand'] as const;

/**
 * The register fields an import can fill: every plain field of the risk descriptor (references by
 * name), the linked services, the last assessment's date and rationale, and the checked scores.
 */
export type RiskImportKey =
  Exclude<RiskFieldKey, ByNameKey> | (typeof IMPORTED_BY_NAME)[ByNameKey] | 'services' | 'assessedOn' | 'rationale' | (typeof CHECKED_RATING_KEYS)[number];

/** The fields whose cells are likelihood ratings. */
export const LIKELIHOOD_KEYS = ['inherentLikelihood', 'residualLikelihood', 'targetLikelihood'] as const;
/** The fields whose cells are impact ratings. */
export const IMPACT_KEYS = ['inherentImpact', 'residualImpact', 'targetImpact'] as const;

const rating = 'a level number, the matrix’s label, or a word like High; mapped in the rating step';
const date = 'YYYY-MM-DD or DD/MM/YYYY';
const checked = 'a score, a band or both (“20 High”); checked against the matrix, not stored';

/** What the mapping step says under each field: how a cell is read. */
const HINTS: Record<RiskImportKey, string> = {
  code: 'RSK-001; left empty, a code is suggested',
  title: 'a short name for the risk',
  cause: 'why it could happen',
  event: 'what could happen',
  consequence: 'what it would do to services',
  category: 'e.g. Security',
  owner: 'a person’s name or email; new names become people',
  services: 'service codes separated by ;',
  supplier: 'a supplier’s name',
  controls: 'what is in place today',
  inherentLikelihood: rating,
  inherentImpact: rating,
  residualLikelihood: rating,
  residualImpact: rating,
  targetLikelihood: rating,
  targetImpact: rating,
  treatment: 'avoid, mitigate, transfer or accept',
  treatmentRationale: 'why this treatment',
  status: 'identified, assessed, treating, monitored or closed',
  nextReviewDate: date,
  assessedOn: date,
  rationale: 'why the scores are what they are',
  inherentScore: checked,
  inherentBand: checked,
  residualScore: checked,
  residualBand: checked,
  targetScore: checked,
  targetBand: checked,
};

const importField = (key: RiskImportKey, label: string, synonyms: readonly string[]): ImportField<RiskImportKey> => ({
  key,
  label,
  required: key === 'title',
  synonyms,
  hint: HINTS[key],
});

/** The linked services are not a plain field of the risk (table `risk_services`); the import reads their codes. */
const SERVICES_FIELD = importField('services', 'Services', ['service', 'affected services', 'linked services', 'service codes']);

/** Only the import and export know these: the latest assessment's date and rationale, and the checked scores. */
const ASSESSMENT_FIELDS: readonly ImportField<RiskImportKey>[] = [
  importField('assessedOn', 'Last assessed', ['assessed', 'assessment date', 'date assessed', 'last assessment', 'last reviewed']),
  importField('rationale', 'Assessment rationale', ['assessment notes', 'scoring rationale', 'assessment rationale']),
  // Scores and bands follow from the positions and the matrix; a file's own are checked, never stored.
  importField('inherentScore', 'Inherent score', [
    'inherent rating',
    'inherent risk rating',
    'inherent risk score',
    'gross rating',
    'gross score',
    'rating before controls',
  ]),
  importField('inherentBand', 'Inherent band', ['inherent level', 'inherent risk level', 'inherent risk band', 'gross band', 'gross risk level']),
  importField('residualScore', 'Residual score', [
    'residual rating',
    'residual risk rating',
    'residual risk score',
    'net rating',
    'net score',
    'current rating',
    'current score',
  ]),
  importField('residualBand', 'Residual band', ['residual level', 'residual risk level', 'residual risk band', 'net band', 'current risk level']),
  importField('targetScore', 'Target score', ['target rating', 'target risk rating', 'target risk score', 'desired rating']),
  importField('targetBand', 'Target band', ['target level', 'target risk level', 'target risk band']),
];

/**
 * The register's columns, in export order; the import maps a file's headers onto them. Labels and
 * synonyms of the plain fields come from the risk descriptor; the services follow the owner.
 */
export const RISK_IMPORT_FIELDS: readonly ImportField<RiskImportKey>[] = [
  ...importFields(riskEntity).flatMap(({ key, label, synonyms }) => {
    const entry = importField(riskImportKeyOf(key), label, synonyms);
    return key === 'ownerId' ? [entry, SERVICES_FIELD] : [entry];
  }),
  ...ASSESSMENT_FIELDS,
];

/** The import key of a descriptor field (`owner` for `ownerId`). */
export function riskImportKeyOf(key: RiskFieldKey): RiskImportKey {
  return key in IMPORTED_BY_NAME ? IMPORTED_BY_NAME[key as ByNameKey] : (key as Exclude<RiskFieldKey, ByNameKey>);
}

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
