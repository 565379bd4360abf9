import type Database from 'better-sqlite3';
import type { ScoredRiskPosition } from '../../../shared/api/risks-api';
import { AppError } from '../../../shared/api/errors';
import { band, positionProblem, riskMatrixSchema, score, type RiskMatrix } from '../../../shared/domain/risk-matrix';
import { statement } from './statements';

export interface MatrixRecord {
  version: number;
  matrix: RiskMatrix;
  createdAt: string;
  createdBy: string;
}

interface MatrixRow {
  version: number;
  config_json: string;
  created_at: string;
  created_by: string;
}

// Parsed matrices by their stored JSON: parsing and validating on every register page would cost more than the query.
const parsed = new Map<string, RiskMatrix>();

function toRecord(row: MatrixRow): MatrixRecord {
  let matrix = parsed.get(row.config_json);
  if (!matrix) {
    const result = riskMatrixSchema.safeParse(JSON.parse(row.config_json));
    if (!result.success)
      throw new AppError('internal', `The stored risk matrix version ${row.version} is damaged: ${result.error.issues[0]?.message ?? 'unreadable'}.`);
    matrix = result.data;
    if (parsed.size > 50) parsed.clear();
    parsed.set(row.config_json, matrix);
  }
  return { version: row.version, matrix, createdAt: row.created_at, createdBy: row.created_by };
}

/** The matrix in force: the highest version. */
export function currentMatrix(db: Database.Database): MatrixRecord {
  const row = statement(db, 'SELECT * FROM risk_matrices ORDER BY version DESC LIMIT 1').get() as MatrixRow | undefined;
  if (!row) throw new AppError('internal', 'This workspace has no risk matrix; it was not upgraded correctly.');
  return toRecord(row);
}

/** A matrix by version (history rows name the version they were scored on). */
export function matrixVersion(db: Database.Database, version: number): MatrixRecord {
  const row = statement(db, 'SELECT * FROM risk_matrices WHERE version = ?').get(version) as MatrixRow | undefined;
  if (!row) throw new AppError('not_found', `There is no risk matrix version ${version}.`);
  return toRecord(row);
}

/** Append a matrix version (never replace one: history refers to it). */
export function insertMatrix(db: Database.Database, matrix: RiskMatrix, actorName: string, now: string): number {
  const version = (currentMatrix(db).version ?? 0) + 1;
  db.prepare('INSERT INTO risk_matrices (version, config_json, created_at, created_by) VALUES (?, ?, ?, ?)').run(
    version,
    JSON.stringify(matrix),
    now,
    actorName,
  );
  return version;
}

// Every cell of a matrix scored once: a register page maps hundreds of positions onto at most 49 cells.
const cellCache = new WeakMap<RiskMatrix, Map<number, ScoredRiskPosition | null>>();

/** A position with its score and band on the matrix, or null when missing or off the matrix. Returned objects are shared: do not change them. */
export function scored(matrix: RiskMatrix, likelihood: number | null, impact: number | null): ScoredRiskPosition | null {
  if (likelihood === null || impact === null) return null;
  let cells = cellCache.get(matrix);
  if (!cells) {
    cells = new Map();
    cellCache.set(matrix, cells);
  }
  const key = likelihood * 1000 + impact;
  let position = cells.get(key);
  if (position === undefined) {
    if (positionProblem(matrix, likelihood, impact)) {
      position = null;
    } else {
      const chosen = band(matrix, likelihood, impact);
      position = { likelihood, impact, score: score(matrix, likelihood, impact), band: chosen.name, bandRank: chosen.rank, colour: chosen.colour };
    }
    if (Number.isInteger(likelihood) && Number.isInteger(impact) && cells.size < 10_000) cells.set(key, position);
  }
  return position;
}

/** Check a typed position against the matrix; the error names the field ("Residual likelihood: …"). */
export function assertOnMatrix(matrix: RiskMatrix, position: { likelihood: number; impact: number }, field: string): void {
  const problem = positionProblem(matrix, position.likelihood, position.impact);
  if (!problem) return;
  const part = problem.startsWith('likelihood') ? 'likelihood' : 'impact';
  const label = `${field.charAt(0).toUpperCase()}${field.slice(1)} ${part}`;
  throw new AppError('invalid_input', `${label}: ${problem} (${matrix.likelihood.length}×${matrix.impact.length}).`, `${field}.${part}`);
}
