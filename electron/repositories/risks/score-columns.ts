import { band, positionProblem, score, type RiskMatrix } from '../../../shared/domain/risk-matrix';

/** The current likelihood × impact pairs of a risk row; any may be null (not scored yet). */
export interface RiskPositions {
  inherent_likelihood: number | null;
  inherent_impact: number | null;
  residual_likelihood: number | null;
  residual_impact: number | null;
  target_likelihood: number | null;
  target_impact: number | null;
}

/** The score and band rank columns kept on the risk row, so the register filters and sorts on an index. */
export interface ScoreColumns {
  inherent_score: number | null;
  inherent_band: number | null;
  residual_score: number | null;
  residual_band: number | null;
  target_score: number | null;
  target_band: number | null;
}

function scoreOf(matrix: RiskMatrix, l: number | null, i: number | null): [number | null, number | null] {
  if (l === null || i === null || positionProblem(matrix, l, i)) return [null, null];
  return [score(matrix, l, i), band(matrix, l, i).rank];
}

/** Score and band rank of each position on the matrix; null where a position is missing or off the matrix. */
export function scoreColumns(matrix: RiskMatrix, row: RiskPositions): ScoreColumns {
  const [inherentScore, inherentBand] = scoreOf(matrix, row.inherent_likelihood, row.inherent_impact);
  const [residualScore, residualBand] = scoreOf(matrix, row.residual_likelihood, row.residual_impact);
  const [targetScore, targetBand] = scoreOf(matrix, row.target_likelihood, row.target_impact);
  return {
    inherent_score: inherentScore,
    inherent_band: inherentBand,
    residual_score: residualScore,
    residual_band: residualBand,
    target_score: targetScore,
    target_band: targetBand,
  };
}
