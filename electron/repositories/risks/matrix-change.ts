import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { MatrixChangePreview, RiskMatrixInfo } from '../../../shared/api/risk-matrix-api';
import type { RiskBasis } from '../../../shared/api/risks-api';
import { RISK_BASES, cellKey, describeMatrix, exceedsAppetite, heatmapGrid, positionProblem, type RiskMatrix } from '../../../shared/domain/risk-matrix';
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
        .prepare(
          `SELECT ${basis}_likelihood AS l, ${basis}_impact AS i, count(*) AS n FROM risks WHERE ${basis}_likelihood IS NOT NULL AND ${basis}_impact IS NOT NULL GROUP BY 1, 2`,
        )
        .all() as Array<Omit<PositionCount, 'basis'>>
    ).map((row) => ({ basis, ...row })),
  );
}

function outcomeFor(from: RiskMatrix, to: RiskMatrix, cells: Map<string, RemapOutcome>, l: number, i: number, levelMap: LevelMap | undefined): RemapOutcome {
  return cells.get(cellKey(l, i)) ?? remapPosition(from, to, l, i, levelMap);
}

/** Grid cells whose band changes, grouped "Medium → High", most cells first. */
function cellBandMoves(cells: readonly RemapOutcome[]): MatrixChangePreview['cellBandMoves'] {
  const moves = new Map<string, { from: string; to: string; cells: number }>();
  for (const cell of cells) {
    if (!cell.ok || !cell.from || cell.from.band.name === cell.to.band.name) continue;
    const key = `${cell.from.band.name}\u0000${cell.to.band.name}`;
    const move = moves.get(key) ?? { from: cell.from.band.name, to: cell.to.band.name, cells: 0 };
    move.cells += 1;
    moves.set(key, move);
  }
  return [...moves.values()].sort((a, b) => b.cells - a.cells || a.from.localeCompare(b.from));
}

/** Risks above the appetite by their residual position, on the current matrix and once re-mapped onto the new one. */
function appetiteChange(
  from: RiskMatrix,
  to: RiskMatrix,
  counts: readonly PositionCount[],
  outcomeOf: (l: number, i: number) => RemapOutcome,
): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const count of counts) {
    if (count.basis !== 'residual') continue;
    // A score already off the current matrix (reported as unmapped) has no band to compare.
    if (positionProblem(from, count.l, count.i) === null && exceedsAppetite(from, count.l, count.i)) before += count.n;
    const outcome = outcomeOf(count.l, count.i);
    if (outcome.ok && exceedsAppetite(to, outcome.to.likelihood, outcome.to.impact)) after += count.n;
  }
  return { before, after };
}

/** Approvals in force on the current matrix version (not revoked, not expired): a matrix change voids them all. */
function lapsingAcceptances(db: Database.Database, version: number, today: string): { list: MatrixChangePreview['lapsingAcceptances']; count: number } {
  const where = `a.revoked_on IS NULL AND a.matrix_version = @version AND (a.expires_on IS NULL OR a.expires_on >= @today)
                 AND a.id = (SELECT max(b.id) FROM risk_acceptances b WHERE b.risk_id = a.risk_id AND b.revoked_on IS NULL)`;
  const count = db.prepare(`SELECT count(*) FROM risk_acceptances a WHERE ${where}`).pluck().get({ version, today }) as number;
  const list = db
    .prepare(
      `SELECT r.id AS riskId, r.code, r.title, p.name AS approverName, a.approved_on AS approvedOn, a.expires_on AS expiresOn
         FROM risk_acceptances a JOIN risks r ON r.id = a.risk_id JOIN people p ON p.id = a.approver_id
        WHERE ${where} ORDER BY r.code LIMIT ${LIST_LIMIT}`,
    )
    .all({ version, today }) as MatrixChangePreview['lapsingAcceptances'];
  return { list, count };
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
export function previewMatrixChange(db: Database.Database, input: MatrixChangeInput, today: string): MatrixChangePreview {
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
  const appetite = appetiteChange(current.matrix, input.matrix, counts, (l, i) => outcomeFor(current.matrix, input.matrix, cells, l, i, input.levelMap));
  const lapsing = lapsingAcceptances(db, current.version, today);
  const brief = (p: { likelihood: number; impact: number; score: number; band: { name: string } }) => ({
    likelihood: p.likelihood,
    impact: p.impact,
    score: p.score,
    band: p.band.name,
  });
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
    cellBandMoves: cellBandMoves(remap.cells),
    aboveAppetite: appetite,
    lapsingAcceptances: lapsing.list,
    lapsingAcceptanceCount: lapsing.count,
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
  // The business date only picks which acceptances the preview lists as lapsing; it is not part of the confirmation.
  const preview = previewMatrixChange(db, input, now.slice(0, 10));
  if (preview.confirmation !== input.confirmation) {
    throw new AppError(
      'conflict',
      'The risk matrix or the register changed since this preview, so nothing was applied. Preview the change again and confirm it.',
      'confirmation',
    );
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
