import type { RiskMovement } from '../../../../../shared/api/risks-api';
import type { HeatmapCell } from '../../../../../shared/domain/risk-matrix';

/** A likelihood × impact position on the grid. */
export interface GridPosition {
  likelihood: number;
  impact: number;
}

/** Risks that move from one cell to another, drawn as one arrow. */
export interface MovementArrow {
  from: GridPosition;
  to: GridPosition;
  count: number;
  /** Score after minus score before: negative when the treatment lowers the risk. */
  scoreChange: number;
  /** Band names before and after. */
  fromBand: string;
  toBand: string;
  /** Stroke width in grid units, growing with the count (see `strokeWidthFor`). */
  width: number;
}

/** Risks whose position does not change, drawn as a ring with a count. */
export interface MovementStay {
  at: GridPosition;
  count: number;
  band: string;
}

export interface MovementSummary {
  /** Most risks first; drawn in this order, so thin arrows stay visible on top of thick ones. */
  arrows: MovementArrow[];
  stays: MovementStay[];
  /** Risks whose score goes down, up, or stays the same. */
  lowered: number;
  raised: number;
  unchanged: number;
  total: number;
}

const key = (p: GridPosition) => `${p.likelihood}:${p.impact}`;

/** Thin for one risk, thicker for more, never so thick it hides the grid: 2 → 9 grid units. */
export function strokeWidthFor(count: number, largest: number): number {
  if (largest <= 1) return 2;
  return Math.round((2 + (7 * (count - 1)) / (largest - 1)) * 10) / 10;
}

/**
 * Groups the API's moves into arrows (one per distinct from → to, counts added, in case the same
 * pair comes more than once, e.g. after a matrix re-map) and rings (risks that stay in their cell),
 * with score changes read from the grid of the current matrix.
 */
export function summariseMovement(moves: RiskMovement['moves'], grid: readonly (readonly HeatmapCell[])[]): MovementSummary {
  const cells = new Map(grid.flat().map((cell) => [key(cell), cell]));
  const arrows = new Map<string, Omit<MovementArrow, 'width'>>();
  const stays = new Map<string, MovementStay>();
  let lowered = 0;
  let raised = 0;
  let unchanged = 0;
  for (const move of moves) {
    if (move.count <= 0) continue;
    const from = cells.get(key(move.from));
    const to = cells.get(key(move.to));
    const scoreChange = from && to ? to.score - from.score : 0;
    if (scoreChange < 0) lowered += move.count;
    else if (scoreChange > 0) raised += move.count;
    else unchanged += move.count;
    if (key(move.from) === key(move.to)) {
      const stay = stays.get(key(move.from));
      if (stay) stay.count += move.count;
      else stays.set(key(move.from), { at: { ...move.from }, count: move.count, band: from?.band.name ?? '' });
      continue;
    }
    const pair = `${key(move.from)}>${key(move.to)}`;
    const arrow = arrows.get(pair);
    if (arrow) arrow.count += move.count;
    else
      arrows.set(pair, {
        from: { ...move.from },
        to: { ...move.to },
        count: move.count,
        scoreChange,
        fromBand: from?.band.name ?? '',
        toBand: to?.band.name ?? '',
      });
  }
  const largest = Math.max(0, ...[...arrows.values()].map((arrow) => arrow.count));
  const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  return {
    arrows: [...arrows.values()]
      .sort((a, b) => byCount(a, b) || a.scoreChange - b.scoreChange)
      .map((arrow) => ({ ...arrow, width: strokeWidthFor(arrow.count, largest) })),
    stays: [...stays.values()].sort(byCount),
    lowered,
    raised,
    unchanged,
    total: lowered + raised + unchanged,
  };
}

/** The movements that change the score most (lowered or raised), then the most risks: the side list. */
export function biggestMovements(arrows: readonly MovementArrow[], limit = 8): MovementArrow[] {
  return [...arrows].sort((a, b) => Math.abs(b.scoreChange) - Math.abs(a.scoreChange) || b.count - a.count).slice(0, limit);
}
