import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { MatrixChangePreview, RiskMatrixInfo } from '../../../shared/api/risk-matrix-api';
import type { RiskBasis } from '../../../shared/api/risks-api';
import { RISK_BASES, cellKey, describeMatrix, heatmapGrid, type RiskMatrix } from '../../../shared/domain/risk-matrix';
import { levelMapProblems, remapMatrix, remapPosition, type LevelMap, type RemapOutcome } from '../../../shared/domain/risk-remap';
import { recordAudit, type Actor } from '../audit-repository';
import { currentMatrix, insertMatrix, scored } from './matrix-repository';
import { insertAssessment, writeCurrentPositions } from './risk-writes';
import type { RiskPositions } from './score-columns';

const LIST_LIMIT = 500;

export interface MatrixChangeInput {
  matrix: RiskMatrix;
  levelMap?: LevelMap | undefined;
}

/** The current matrix with its empty grid, for Settings. */
export function getMatrixInfo(db: Database.Database): RiskMatrixInfo {
  const current = currentMatrix(db);
  return { ...current, grid: heatmapGrid(current.matrix), description: describeMatrix(current.matrix) };
}

interface PositionCount {
  basis: RiskBasis;
  l: number;
  i: number;
  n: number;
}

function positionCounts(db: Database.Database): PositionCount[] {
  return RISK_BASES.flatMap((basis) =>
    (
      db
        .prepare(`SELECT ${basis}_likelihood AS l, ${basis}_impact AS i, count(*) AS n FROM risks WHERE ${basis}_likelihood IS NOT NULL AND ${basis}_impact IS NOT NULL GROUP BY 1, 2`)
        .all() as Array<Omit<PositionCount, 'basis'>>
    ).map((row) => ({ basis, ...row })),
  );
}

function outcomeFor(from: RiskMatrix, to: RiskMatrix, cells: Map<string, RemapOutcome>, l: number, i: number, levelMap: LevelMap | undefined): RemapOutcome {
  return cells.get(cellKey(l, i)) ?? remapPosition(from, to, l, i, levelMap);
}

function changes(outcome: RemapOutcome): boolean {
  if (!outcome.ok || !outcome.from) return true;
  const { from, to } = outcome;
  return from.likelihood !== to.likelihood || from.impact !== to.impact || from.score !== to.score || from.band.name !== to.band.name;
}

/**
 * How every existing score maps onto a new matrix, without writing anything: cell by cell, band
 * moves per basis, the risks that change and those that cannot be mapped. The confirmation
 * fingerprints the current matrix, the change and the register, so apply refuses a stale preview.
 */
export function previewMatrixChange(db: Database.Database, input: MatrixChangeInput): MatrixChangePreview {
  const current = currentMatrix(db);
  const problems = levelMapProblems(current.matrix, input.matrix, input.levelMap);
  if (problems.length) throw new AppError('invalid_input', `Level map: ${problems[0]}`, 'levelMap');
  const remap = remapMatrix(current.matrix, input.matrix, input.levelMap);
  const cells = new Map(remap.cells.map((cell) => [cell.ok ? cellKey(cell.from!.likelihood, cell.from!.impact) : cellKey(cell.likelihood, cell.impact), cell]));
  const counts = positionCounts(db);
  const positionsIn = new Map<string, number>();
  const bandMoves = new Map<string, MatrixChangePreview['bandMoves'][number]>();
  const unmappedPositions: PositionCount[] = [];
  const changedPositions: PositionCount[] = [];
  for (const count of counts) {
    const outcome = outcomeFor(current.matrix, input.matrix, cells, count.l, count.i, input.levelMap);
    if (!outcome.ok || !outcome.from) {
      unmappedPositions.push(count);
      continue;
    }
    positionsIn.set(cellKey(count.l, count.i), (positionsIn.get(cellKey(count.l, count.i)) ?? 0) + count.n);
    const key = `${count.basis}:${outcome.from.band.name}:${outcome.to.band.name}`;
    const move = bandMoves.get(key) ?? { basis: count.basis, from: outcome.from.band.name, to: outcome.to.band.name, count: 0 };
    move.count += count.n;
    bandMoves.set(key, move);
    if (changes(outcome)) changedPositions.push(count);
  }

  const risksAtBasis = (basis: RiskBasis, l: number, i: number, limit: number) =>
    db.prepare(`SELECT id, code, title FROM risks WHERE ${basis}_likelihood = ? AND ${basis}_impact = ? ORDER BY code LIMIT ?`).all(l, i, limit) as Array<{
      id: number;
      code: string;
      title: string;
    }>;

  const unmapped: MatrixChangePreview['unmapped'] = [];
  for (const position of unmappedPositions) {
    if (unmapped.length >= LIST_LIMIT) break;
    const outcome = outcomeFor(current.matrix, input.matrix, cells, position.l, position.i, input.levelMap);
    const reason = outcome.ok ? 'cannot be placed' : outcome.reason;
    for (const risk of risksAtBasis(position.basis, position.l, position.i, LIST_LIMIT - unmapped.length)) {
      unmapped.push({ id: risk.id, code: risk.code, basis: position.basis, likelihood: position.l, impact: position.i, reason });
    }
  }
  const changeList: MatrixChangePreview['changes'] = [];
  for (const position of changedPositions) {
    if (changeList.length >= LIST_LIMIT) break;
    const outcome = outcomeFor(current.matrix, input.matrix, cells, position.l, position.i, input.levelMap);
    if (!outcome.ok || !outcome.from) continue;
    const from = scored(current.matrix, position.l, position.i)!;
    const to = scored(input.matrix, outcome.to.likelihood, outcome.to.impact)!;
    for (const risk of risksAtBasis(position.basis, position.l, position.i, LIST_LIMIT - changeList.length)) {
      changeList.push({ ...risk, basis: position.basis, from, to });
    }
  }

  const state = db.prepare("SELECT count(*) AS n, coalesce(max(updated_at), '') AS at FROM risks").get() as { n: number; at: string };
  const confirmation = createHash('sha256')
    .update(JSON.stringify({ version: current.version, matrix: input.matrix, levelMap: input.levelMap ?? null, counts, state }))
    .digest('hex')
    .slice(0, 32);
  const scoredRisks = db
    .prepare('SELECT count(*) FROM risks WHERE inherent_likelihood IS NOT NULL OR residual_likelihood IS NOT NULL OR target_likelihood IS NOT NULL')
    .pluck()
    .get() as number;
  const brief = (p: { likelihood: number; impact: number; score: number; band: { name: string } }) => ({ likelihood: p.likelihood, impact: p.impact, score: p.score, band: p.band.name });
  return {
    fromVersion: current.version,
    from: describeMatrix(current.matrix),
    to: describeMatrix(input.matrix),
    cells: remap.cells.map((cell) => {
      const l = cell.ok ? cell.from!.likelihood : cell.likelihood;
      const i = cell.ok ? cell.from!.impact : cell.impact;
      const from = scored(current.matrix, l, i)!;
      return {
        from: { likelihood: l, impact: i, score: from.score, band: from.band },
        to: cell.ok ? brief(cell.to) : null,
        reason: cell.ok ? null : cell.reason,
        positions: positionsIn.get(cellKey(l, i)) ?? 0,
      };
    }),
    bandMoves: [...bandMoves.values()].sort(
      (a, b) => RISK_BASES.indexOf(a.basis) - RISK_BASES.indexOf(b.basis) || b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to),
    ),
    scoredRisks,
    changes: changeList,
    changedPositions: changedPositions.reduce((sum, p) => sum + p.n, 0),
    unmapped,
    unmappedCount: unmappedPositions.reduce((sum, p) => sum + p.n, 0),
    confirmation,
  };
}

/**
 * Apply a previewed matrix change in the caller's transaction: the new matrix becomes a new
 * version, every risk's current positions are re-mapped and re-scored, and each scored risk gets
 * an assessment row marked "remap" on the new version. Older history rows are not touched.
 */
export function applyMatrixChange(
  db: Database.Database,
  actor: Actor,
  input: MatrixChangeInput & { confirmation: string },
  now: string,
): { version: number; rescored: number } {
  const current = currentMatrix(db);
  const preview = previewMatrixChange(db, input);
  if (preview.confirmation !== input.confirmation) {
    throw new AppError('conflict', 'The risk matrix or the register changed since this preview, so nothing was applied. Preview the change again and confirm it.', 'confirmation');
  }
  if (preview.unmappedCount > 0) {
    const first = preview.unmapped[0];
    throw new AppError(
      'invalid_input',
      `${preview.unmappedCount} risk score${preview.unmappedCount === 1 ? '' : 's'} cannot be placed on the new matrix, so nothing was changed${first ? ` (first: ${first.code} ${first.basis} ${first.likelihood}×${first.impact}: ${first.reason})` : ''}. Map every level or correct those risks first.`,
      'levelMap',
    );
  }
  if (JSON.stringify(current.matrix) === JSON.stringify(input.matrix)) {
    throw new AppError('invalid_input', 'The new matrix is the same as the current one; there is nothing to apply.', 'matrix');
  }
  const version = insertMatrix(db, input.matrix, actor.name, now);
  const remap = remapMatrix(current.matrix, input.matrix, input.levelMap);
  const target = new Map<string, { likelihood: number; impact: number }>();
  for (const cell of remap.cells) if (cell.ok) target.set(cellKey(cell.from!.likelihood, cell.from!.impact), cell.to);
  const move = (l: number | null, i: number | null) => (l === null || i === null ? null : (target.get(cellKey(l, i)) ?? null));
  const rows = db
    .prepare(
      `SELECT id, inherent_likelihood, inherent_impact, residual_likelihood, residual_impact, target_likelihood, target_impact FROM risks
        WHERE inherent_likelihood IS NOT NULL OR residual_likelihood IS NOT NULL OR target_likelihood IS NOT NULL OR residual_score IS NOT NULL`,
    )
    .all() as Array<RiskPositions & { id: number }>;
  const rationale = `Re-mapped from risk matrix version ${current.version} (${describeMatrix(current.matrix)}) to version ${version} (${describeMatrix(input.matrix)}) when the matrix changed.`;
  for (const row of rows) {
    const inherent = move(row.inherent_likelihood, row.inherent_impact);
    const residual = move(row.residual_likelihood, row.residual_impact);
    const targetPosition = move(row.target_likelihood, row.target_impact);
    const positions: RiskPositions = {
      inherent_likelihood: inherent?.likelihood ?? null,
      inherent_impact: inherent?.impact ?? null,
      residual_likelihood: residual?.likelihood ?? null,
      residual_impact: residual?.impact ?? null,
      target_likelihood: targetPosition?.likelihood ?? null,
      target_impact: targetPosition?.impact ?? null,
    };
    writeCurrentPositions(db, input.matrix, row.id, positions, now);
    if (inherent && residual) {
      insertAssessment(db, row.id, now, { inherent, residual, target: targetPosition, assessorId: actor.id, rationale, kind: 'remap', matrixVersion: version });
    }
  }
  recordAudit(
    db,
    actor,
    {
      entity: 'risk_matrix',
      entityId: version,
      action: 'update',
      before: { version: current.version, matrix: current.matrix },
      after: { version, matrix: input.matrix, levelMap: input.levelMap ?? null, rescored: rows.length, bandMoves: preview.bandMoves },
    },
    now,
  );
  return { version, rescored: rows.length };
}

