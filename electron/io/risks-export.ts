import type Database from 'better-sqlite3';
import type { ExportFile } from '../../shared/api/catalogue-io-api';
import type { RiskFilter } from '../../shared/api/risks-api';
import type { RiskMatrix } from '../../shared/domain/risk-matrix';
import { exportColumns, fromColumns } from '../../shared/entity/field-descriptor';
import { riskEntity, type RiskFieldValues } from '../../shared/entity/risk-entity';
import { RISK_IMPORT_FIELDS, riskImportKeyOf, type RiskImportKey } from '../../shared/import/risk-import-fields';
import { currentMatrix, scored } from '../repositories/risks/matrix-repository';
import { riskFilterSql } from '../repositories/risks/risk-filters';
import { writeTable, type TableFormat } from './write-table';

/** A risks row (every column) with the names and the latest assessment the export adds. */
interface ExportRow extends Record<string, unknown> {
  owner: string | null;
  services: string | null;
  supplier: string | null;
  inherent_likelihood: number | null;
  inherent_impact: number | null;
  residual_likelihood: number | null;
  residual_impact: number | null;
  target_likelihood: number | null;
  target_impact: number | null;
  assessed_at: string | null;
  rationale: string | null;
}

// The descriptor's own export cells, by import key (the layout the export shares with the import).
const PLAIN_CELLS = new Map(exportColumns(riskEntity).map((column) => [riskImportKeyOf(column.key), column.cell]));

/** "4 - Likely": the level number (what the import reads back) and the label (what a reader wants). */
function ratingCell(levels: RiskMatrix['likelihood'], level: number | null): string {
  if (level === null) return '';
  const label = levels[level - 1]?.label;
  return label ? `${level} - ${label}` : String(level);
}

/**
 * The register in the import's column layout (so an export imports back unchanged), ending with
 * the score and band columns for people reading the spreadsheet (an import checks them). Formula-looking text is
 * neutralised by writeTable.
 */
export async function exportRisks(db: Database.Database, format: TableFormat, today: string, filter: RiskFilter = {}): Promise<ExportFile> {
  const { matrix } = currentMatrix(db);
  const { where, params } = riskFilterSql(matrix, filter, today);
  const rows = db
    .prepare(
      `SELECT r.*, p.name AS owner, su.name AS supplier,
              (SELECT group_concat(code, '; ') FROM (SELECT s.code FROM risk_services rs JOIN services s ON s.id = rs.service_id
                WHERE rs.risk_id = r.id ORDER BY s.code COLLATE NOCASE)) AS services,
              a.assessed_at, a.rationale
         FROM risks r LEFT JOIN people p ON p.id = r.owner_id LEFT JOIN suppliers su ON su.id = r.supplier_id
         LEFT JOIN risk_assessments a ON a.id = (SELECT x.id FROM risk_assessments x WHERE x.risk_id = r.id ORDER BY x.assessed_at DESC, x.id DESC LIMIT 1)
         ${where} ORDER BY r.code COLLATE NOCASE`,
    )
    .all(...params) as ExportRow[];
  const likelihood = (value: number | null) => ratingCell(matrix.likelihood, value);
  const impact = (value: number | null) => ratingCell(matrix.impact, value);
  const position = (row: ExportRow, basis: 'inherent' | 'residual' | 'target') => scored(matrix, row[`${basis}_likelihood`], row[`${basis}_impact`]);
  // Cells the descriptor cannot write alone: names for ids, ratings with the matrix's labels, and what is not a plain field.
  const special: Partial<Record<RiskImportKey, (row: ExportRow) => string>> = {
    owner: (r) => r.owner ?? '',
    services: (r) => r.services ?? '',
    supplier: (r) => r.supplier ?? '',
    inherentLikelihood: (r) => likelihood(r.inherent_likelihood),
    inherentImpact: (r) => impact(r.inherent_impact),
    residualLikelihood: (r) => likelihood(r.residual_likelihood),
    residualImpact: (r) => impact(r.residual_impact),
    targetLikelihood: (r) => likelihood(r.target_likelihood),
    targetImpact: (r) => impact(r.target_impact),
    assessedOn: (r) => r.assessed_at?.slice(0, 10) ?? '',
    rationale: (r) => r.rationale ?? '',
    inherentScore: (r) => String(position(r, 'inherent')?.score ?? ''),
    inherentBand: (r) => position(r, 'inherent')?.band ?? '',
    residualScore: (r) => String(position(r, 'residual')?.score ?? ''),
    residualBand: (r) => position(r, 'residual')?.band ?? '',
    targetScore: (r) => String(position(r, 'target')?.score ?? ''),
    targetBand: (r) => position(r, 'target')?.band ?? '',
  };
  const cells = RISK_IMPORT_FIELDS.map(({ key }) => {
    const own = special[key];
    if (own) return own;
    const plain = PLAIN_CELLS.get(key);
    if (!plain) throw new Error(`The risk export has no cell for ${key}`);
    return (_row: ExportRow, values: RiskFieldValues) => plain(values);
  });
  return writeTable(
    format,
    `risk-register-${today}`,
    RISK_IMPORT_FIELDS.map((field) => field.label),
    rows.map((row) => {
      const values = fromColumns(riskEntity, row);
      return cells.map((cell) => cell(row, values));
    }),
    'Risk register',
  );
}
