import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { RiskAssessment, RiskDetail, RiskListInput, RiskSummary } from '../../../shared/api/risks-api';
import type { RiskMatrix } from '../../../shared/domain/risk-matrix';
import { fromColumns, selectColumns } from '../../../shared/entity/field-descriptor';
import { riskEditableValues, riskEntity } from '../../../shared/entity/risk-entity';
import { placeholders } from '../sql-helpers';
import { currentMatrix, matrixVersion, scored } from './matrix-repository';
import { RISK_ROW_SELECT, riskFilterSql, riskPageSql } from './risk-filters';
import { ACTION_SELECT, toRiskAction, toRiskSummary, type ActionRow, type RiskRow } from './risk-rows';
import { statement } from './statements';

/** Register rows for ids, in the order of the ids. */
export function riskRowsByIds(db: Database.Database, ids: readonly number[], today: string): RiskRow[] {
  if (ids.length === 0) return [];
  const rows = statement(db, `${RISK_ROW_SELECT} WHERE r.id IN (${placeholders(ids.length)})`).all({ today }, ...ids) as RiskRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row): row is RiskRow => row !== undefined);
}

/** A filtered, sorted window of the register and the number of risks matching. */
export function listRisks(db: Database.Database, input: RiskListInput, today: string): { rows: RiskSummary[]; total: number } {
  const { matrix } = currentMatrix(db);
  const { where, params } = riskFilterSql(matrix, input, today);
  const pageSql = riskPageSql(input, where);
  const page = statement(db, pageSql);
  const pageArgs = pageSql.includes(':today') ? [{ today }, ...params, input.limit, input.offset] : [...params, input.limit, input.offset];
  const ids = page.all(...pageArgs).map((row) => (row as { id: number }).id);
  const total = (statement(db, `SELECT count(*) AS n FROM risks r ${where}`).get(...params) as { n: number }).n;
  return { rows: riskRowsByIds(db, ids, today).map((row) => toRiskSummary(row, matrix, today)), total };
}

/** The register row of one risk, or a not_found error. */
export function getRiskRow(db: Database.Database, id: number, today: string, field = 'id'): RiskRow {
  const row = riskRowsByIds(db, [id], today)[0];
  if (!row) throw new AppError('not_found', `There is no risk with id ${id}.`, field);
  return row;
}

// Every plain field of the descriptor, read once per risk page (the register's rows carry only the listed ones).
const RISK_FIELDS_SELECT = `SELECT ${selectColumns(riskEntity)} FROM risks WHERE id = ?`;

interface AssessmentRow {
  id: number;
  assessed_at: string;
  assessor_id: number | null;
  assessor_name: string | null;
  kind: RiskAssessment['kind'];
  matrix_version: number;
  inherent_likelihood: number;
  inherent_impact: number;
  residual_likelihood: number;
  residual_impact: number;
  target_likelihood: number | null;
  target_impact: number | null;
  rationale: string;
}

/** Everything the risk page shows; history rows are scored on the matrix version they were made with. */
export function getRisk(db: Database.Database, id: number, today: string): RiskDetail {
  const row = getRiskRow(db, id, today);
  const current = currentMatrix(db);
  const fields = fromColumns(riskEntity, statement(db, RISK_FIELDS_SELECT).get(id) as Record<string, unknown>);
  const matrices = new Map<number, RiskMatrix>([[current.version, current.matrix]]);
  const matrixOf = (version: number) => {
    let matrix = matrices.get(version);
    if (!matrix) {
      matrix = matrixVersion(db, version).matrix;
      matrices.set(version, matrix);
    }
    return matrix;
  };
  const assessments = (
    statement(
      db,
      `SELECT a.*, p.name AS assessor_name FROM risk_assessments a LEFT JOIN people p ON p.id = a.assessor_id
        WHERE a.risk_id = ? ORDER BY a.assessed_at, a.id`,
    ).all(id) as AssessmentRow[]
  ).map((a): RiskAssessment => {
    const matrix = matrixOf(a.matrix_version);
    return {
      id: a.id,
      assessedAt: a.assessed_at,
      assessorId: a.assessor_id,
      assessorName: a.assessor_name,
      kind: a.kind,
      matrixVersion: a.matrix_version,
      inherent: scored(matrix, a.inherent_likelihood, a.inherent_impact),
      residual: scored(matrix, a.residual_likelihood, a.residual_impact),
      target: scored(matrix, a.target_likelihood, a.target_impact),
      rationale: a.rationale,
    };
  });
  return {
    ...toRiskSummary(row, current.matrix, today),
    ...riskEditableValues(fields),
    services: statement(
      db,
      'SELECT s.id, s.code, s.name FROM risk_services rs JOIN services s ON s.id = rs.service_id WHERE rs.risk_id = ? ORDER BY s.code COLLATE NOCASE',
    ).all(id) as RiskDetail['services'],
    assessments,
    actions: (statement(db, `${ACTION_SELECT} WHERE a.risk_id = ? ORDER BY a.due_date IS NULL, a.due_date, a.id`).all(id) as ActionRow[]).map((a) =>
      toRiskAction(a, today),
    ),
    matrixVersion: current.version,
    createdAt: row.created_at,
  };
}

/** Categories, owners and suppliers in use in the register. */
export function riskFacets(db: Database.Database) {
  return {
    categories: statement(db, 'SELECT DISTINCT category AS value FROM risks WHERE category IS NOT NULL ORDER BY category COLLATE NOCASE')
      .all()
      .map((row) => (row as { value: string }).value),
    owners: statement(
      db,
      'SELECT p.id, p.name FROM people p WHERE p.id IN (SELECT DISTINCT owner_id FROM risks) ORDER BY p.name COLLATE NOCASE',
    ).all() as Array<{
      id: number;
      name: string;
    }>,
    suppliers: statement(
      db,
      'SELECT su.id, su.name FROM suppliers su WHERE su.id IN (SELECT DISTINCT supplier_id FROM risks) ORDER BY su.name COLLATE NOCASE',
    ).all() as Array<{
      id: number;
      name: string;
    }>,
  };
}

/** The next free RSK- code: one above the highest numbered one (the index on code keeps this quick at 100,000 risks). */
export function suggestRiskCode(db: Database.Database): string {
  const highest = statement(
    db,
    "SELECT max(CAST(substr(code, 5) AS INTEGER)) AS n FROM risks WHERE code LIKE 'RSK-%' AND length(code) > 4 AND substr(code, 5) NOT GLOB '*[^0-9]*'",
  ).get() as { n: number | null };
  return `RSK-${String((highest.n ?? 0) + 1).padStart(3, '0')}`;
}
