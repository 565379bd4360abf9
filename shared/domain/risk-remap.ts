import { band, positionProblem, score, type BandInfo, type RiskMatrix } from './risk-matrix';

/**
 * Where level k of an n-level scale lands on an m-level scale, proportionally: the levels are
 * spread evenly from the bottom to the top, so the lowest stays lowest and the highest stays
 * highest, and 1 + (k − 1)(m − 1)/(n − 1) is rounded to the nearest level. An exact half rounds
 * away from the middle of the scale (towards the nearer end), and a half at the very middle
 * rounds up; so the mapping is symmetric: 5→4 is [1, 2, 3, 3, 4], 4→5 is [1, 2, 4, 5],
 * 5→7 is [1, 2, 4, 6, 7], 5→3 is [1, 1, 2, 3, 3].
 */
export function scaleLevel(k: number, n: number, m: number): number {
  if (n === m) return k;
  if (n === 1) return 1;
  const exact = ((k - 1) * (m - 1)) / (n - 1);
  const floor = Math.floor(exact);
  const fraction = exact - floor;
  const middle = (m - 1) / 2;
  const EPSILON = 1e-9;
  let rounded: number;
  if (Math.abs(fraction - 0.5) > EPSILON) rounded = Math.round(exact);
  else if (Math.abs(exact - middle) < EPSILON) rounded = floor + 1;
  else rounded = exact < middle ? floor : floor + 1;
  return 1 + rounded;
}

/** The proportional map of every level of an n-level scale onto m levels (index k − 1 → level). */
export function proportionalLevelMap(n: number, m: number): number[] {
  return Array.from({ length: n }, (_, index) => scaleLevel(index + 1, n, m));
}

/**
 * How old levels become new ones. Each list has one entry per old level (index k − 1); an entry
 * is the new level, or null when the user chose not to map it (which leaves scores unmapped).
 * Absent lists use the proportional rule of `scaleLevel`.
 */
export interface LevelMap {
  likelihood?: ReadonlyArray<number | null> | undefined;
  impact?: ReadonlyArray<number | null> | undefined;
}

/** Problems with a user's level map itself (wrong length, levels outside the new scale). */
export function levelMapProblems(from: RiskMatrix, to: RiskMatrix, levelMap: LevelMap | undefined): string[] {
  const problems: string[] = [];
  const check = (list: ReadonlyArray<number | null> | undefined, oldLevels: number, newLevels: number, what: string) => {
    if (!list) return;
    if (list.length !== oldLevels) problems.push(`The ${what} map must have one entry per current ${what} level (${oldLevels}), not ${list.length}.`);
    list.forEach((value, index) => {
      if (value !== null && (!Number.isInteger(value) || value < 1 || value > newLevels)) {
        problems.push(`The ${what} map sends level ${index + 1} to ${value}, outside the new scale of 1 to ${newLevels}.`);
      }
    });
  };
  check(levelMap?.likelihood, from.likelihood.length, to.likelihood.length, 'likelihood');
  check(levelMap?.impact, from.impact.length, to.impact.length, 'impact');
  return problems;
}

/** A position on a matrix with its score and band. */
export interface ScoredPosition {
  likelihood: number;
  impact: number;
  score: number;
  band: BandInfo;
}

/** The outcome of re-mapping one position: the new position, or why it cannot be mapped. */
export type RemapOutcome = { ok: true; from: ScoredPosition | null; to: ScoredPosition } | { ok: false; likelihood: number; impact: number; reason: string };

/** A position scored on a matrix, or null when it is not on it. */
export function scoredPosition(matrix: RiskMatrix, likelihood: number, impact: number): ScoredPosition | null {
  if (positionProblem(matrix, likelihood, impact)) return null;
  return { likelihood, impact, score: score(matrix, likelihood, impact), band: band(matrix, likelihood, impact) };
}

function mapLevel(list: ReadonlyArray<number | null> | undefined, k: number, n: number, m: number): number | null {
  if (!list) return scaleLevel(k, n, m);
  return list[k - 1] ?? null;
}

/**
 * Re-map one (l, i) position from the old matrix to the new one. It cannot be mapped when it is
 * not on the old matrix (a damaged or out-of-scale value) or when the level map leaves one of its
 * levels unmapped.
 */
export function remapPosition(from: RiskMatrix, to: RiskMatrix, likelihood: number, impact: number, levelMap?: LevelMap): RemapOutcome {
  const problem = positionProblem(from, likelihood, impact);
  if (problem) return { ok: false, likelihood, impact, reason: `${problem} of the current matrix` };
  const newL = mapLevel(levelMap?.likelihood, likelihood, from.likelihood.length, to.likelihood.length);
  const newI = mapLevel(levelMap?.impact, impact, from.impact.length, to.impact.length);
  if (newL === null)
    return { ok: false, likelihood, impact, reason: `likelihood level ${likelihood} (${from.likelihood[likelihood - 1]!.label}) is not mapped to a new level` };
  if (newI === null)
    return { ok: false, likelihood, impact, reason: `impact level ${impact} (${from.impact[impact - 1]!.label}) is not mapped to a new level` };
  const to_ = scoredPosition(to, newL, newI);
  if (!to_) return { ok: false, likelihood, impact, reason: `maps to ${newL}×${newI}, which is outside the new matrix` };
  return { ok: true, from: scoredPosition(from, likelihood, impact), to: to_ };
}

/** Every cell of the old matrix and where it goes on the new one. */
export interface MatrixRemap {
  /** One entry per old cell, likelihood-major. */
  cells: RemapOutcome[];
  /** Old cells that cannot be placed on the new matrix. */
  unmapped: Array<{ likelihood: number; impact: number; reason: string }>;
}

/** Re-map every (l, i) cell of `from` onto `to`, reporting the cells that cannot be mapped. */
export function remapMatrix(from: RiskMatrix, to: RiskMatrix, levelMap?: LevelMap): MatrixRemap {
  const cells: RemapOutcome[] = [];
  for (let l = 1; l <= from.likelihood.length; l += 1) for (let i = 1; i <= from.impact.length; i += 1) cells.push(remapPosition(from, to, l, i, levelMap));
  return {
    cells,
    unmapped: cells.flatMap((cell) => (cell.ok ? [] : [{ likelihood: cell.likelihood, impact: cell.impact, reason: cell.reason }])),
  };
}
