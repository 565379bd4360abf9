import type { ScoredRiskPosition } from '../../../../../shared/api/risks-api';
import { band, exceedsAppetite, positionProblem, score, type RiskMatrix } from '../../../../../shared/domain/risk-matrix';

export interface Position {
  likelihood: number;
  impact: number;
}

/**
 * A position scored on the matrix with the shared domain rules, as the API would score it, so
 * the form shows the score and band live without a round trip. Null when it is off the matrix.
 */
export function scorePosition(matrix: RiskMatrix, position: Position | null): (ScoredRiskPosition & { exceedsAppetite: boolean }) | null {
  if (!position || positionProblem(matrix, position.likelihood, position.impact)) return null;
  const { likelihood, impact } = position;
  const found = band(matrix, likelihood, impact);
  return {
    likelihood,
    impact,
    score: score(matrix, likelihood, impact),
    band: found.name,
    bandRank: found.rank,
    colour: found.colour,
    exceedsAppetite: exceedsAppetite(matrix, likelihood, impact),
  };
}

/** "4×4": likelihood × impact. */
export function positionText(position: Position): string {
  return `${position.likelihood}×${position.impact}`;
}
