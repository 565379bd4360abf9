import { z } from 'zod';

/** The fewest levels a likelihood or impact scale may have. */
export const MIN_LEVELS = 3;
/** The most levels a likelihood or impact scale may have. */
export const MAX_LEVELS = 7;

/** The three positions every risk is scored at. */
export const RISK_BASES = ['inherent', 'residual', 'target'] as const;
/** Inherent (before controls), residual (with current controls) or target (after treatment). */
export type RiskBasis = (typeof RISK_BASES)[number];

const levelSchema = z
  .object({
    label: z.string({ error: 'is required' }).trim().min(1, 'is required').max(60, 'must be at most 60 characters'),
    description: z.string({ error: 'must be text' }).trim().max(500, 'must be at most 500 characters').default(''),
  })
  .strict();

const scaleSchema = (what: string) =>
  z
    .array(levelSchema, { error: `must be a list of ${what} levels` })
    .min(MIN_LEVELS, `must have ${MIN_LEVELS} to ${MAX_LEVELS} levels`)
    .max(MAX_LEVELS, `must have ${MIN_LEVELS} to ${MAX_LEVELS} levels`);

const cellScore = z
  .number({ error: 'must be a score (a whole number)' })
  .int('must be a whole number')
  .min(1, 'must be at least 1')
  .max(1000, 'must be at most 1000');

const scoreRuleSchema = z.discriminatedUnion(
  'rule',
  [
    z.object({ rule: z.literal('product') }).strict(),
    z
      .object({
        rule: z.literal('table'),
        /** `table[l - 1][i - 1]` is the score of likelihood l and impact i. */
        table: z
          .array(z.array(cellScore, { error: 'must be a row of scores' }).max(7, 'must have at most 7 columns'), { error: 'must be a table of scores' })
          .max(7, 'must have at most 7 rows'),
      })
      .strict(),
  ],
  { error: 'must be "product" (likelihood × impact) or "table" (a score per cell)' },
);

const colour = z.string({ error: 'is required' }).regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #d9480f');
const bandName = z.string({ error: 'is required' }).trim().min(1, 'is required').max(40, 'must be at most 40 characters');

const bandingSchema = z.discriminatedUnion(
  'mode',
  [
    z
      .object({
        mode: z.literal('threshold'),
        /** Lowest band first; a score belongs to the last band whose minScore it reaches. */
        bands: z
          .array(z.object({ name: bandName, colour, minScore: cellScore }).strict(), { error: 'must be a list of bands' })
          .max(10, 'must have at most 10 bands'),
      })
      .strict(),
    z
      .object({
        mode: z.literal('cell'),
        /** Lowest band first. */
        bands: z.array(z.object({ name: bandName, colour }).strict(), { error: 'must be a list of bands' }).max(10, 'must have at most 10 bands'),
        /** `cells[l - 1][i - 1]` is the band name of likelihood l and impact i. */
        cells: z
          .array(
            z
              .array(z.string({ error: 'must be a band name' }).trim().max(60, 'must be at most 60 characters'), { error: 'must be a row of band names' })
              .max(7, 'must have at most 7 columns'),
            { error: 'must be a table of band names' },
          )
          .max(7, 'must have at most 7 rows'),
      })
      .strict(),
  ],
  { error: 'must be "threshold" (bands by minimum score) or "cell" (a band per cell)' },
);

const appetiteSchema = z.discriminatedUnion(
  'kind',
  [z.object({ kind: z.literal('band'), band: bandName }).strict(), z.object({ kind: z.literal('score'), score: cellScore }).strict()],
  { error: 'must be a band ("band") or a score ("score")' },
);

const matrixShape = z
  .object({
    likelihood: scaleSchema('likelihood'),
    impact: scaleSchema('impact'),
    score: scoreRuleSchema,
    banding: bandingSchema,
    appetite: appetiteSchema,
  })
  .strict();

/** The risk matrix as configured in Settings. */
export type RiskMatrix = z.output<typeof matrixShape>;
/** One level of a scale: its label ("Likely") and what it means. */
export type RiskLevel = RiskMatrix['likelihood'][number];

/**
 * A risk matrix: likelihood and impact scales of 3–7 levels, a score rule (product or per-cell
 * table), ordered bands (by minimum score or per cell) with colours, and an appetite. The
 * refinement checks everything the shape cannot: table sizes, band coverage, names, appetite.
 */
export const riskMatrixSchema = matrixShape.superRefine(
  (matrix, context) => {
    for (const problem of matrixProblems(matrix)) context.addIssue({ code: 'custom', message: problem.message, path: problem.path });
  },
  // Cross-field rules only make sense once every field is valid on its own.
  { when: (payload) => payload.issues.length === 0 },
);

interface MatrixProblem {
  path: Array<string | number>;
  message: string;
}

function tableShapeProblems(table: readonly (readonly unknown[])[], rows: number, columns: number, what: string, path: string[]): MatrixProblem[] {
  if (table.length !== rows) {
    return [{ path, message: `must have one row per likelihood level (${rows}), not ${table.length}; the ${what} table must match the scales` }];
  }
  const bad = table.findIndex((row) => row.length !== columns);
  if (bad !== -1) {
    return [{ path: [...path, bad], message: `row ${bad + 1} must have one ${what} per impact level (${columns}), not ${table[bad]!.length}` }];
  }
  return [];
}

function matrixProblems(matrix: RiskMatrix): MatrixProblem[] {
  const problems: MatrixProblem[] = [];
  const rows = matrix.likelihood.length;
  const columns = matrix.impact.length;
  if (matrix.score.rule === 'table') problems.push(...tableShapeProblems(matrix.score.table, rows, columns, 'score', ['score', 'table']));
  const { bands } = matrix.banding;
  if (bands.length < 2) problems.push({ path: ['banding', 'bands'], message: 'must have at least 2 bands' });
  if (bands.length > 10) problems.push({ path: ['banding', 'bands'], message: 'must have at most 10 bands' });
  const seen = new Map<string, number>();
  bands.forEach((band, index) => {
    const key = band.name.toLowerCase();
    if (seen.has(key))
      problems.push({ path: ['banding', 'bands', index, 'name'], message: `"${band.name}" is already the name of band ${seen.get(key)! + 1}` });
    seen.set(key, index);
  });
  if (problems.length) return problems;

  const scores = allScores(matrix);
  const lowest = Math.min(...scores);
  const highest = Math.max(...scores);
  if (matrix.banding.mode === 'threshold') {
    const thresholds = matrix.banding.bands;
    if (thresholds[0]!.minScore > lowest) {
      problems.push({
        path: ['banding', 'bands', 0, 'minScore'],
        message: `must be at most ${lowest}, the lowest possible score, so the bands cover every score`,
      });
    }
    for (let index = 1; index < thresholds.length; index += 1) {
      const band = thresholds[index]!;
      if (band.minScore <= thresholds[index - 1]!.minScore) {
        problems.push({
          path: ['banding', 'bands', index, 'minScore'],
          message: `must be above ${thresholds[index - 1]!.minScore} (thresholds must increase)`,
        });
      } else if (band.minScore > highest) {
        problems.push({
          path: ['banding', 'bands', index, 'minScore'],
          message: `is above ${highest}, the highest possible score, so "${band.name}" could never be reached`,
        });
      }
    }
  } else {
    problems.push(...tableShapeProblems(matrix.banding.cells, rows, columns, 'band', ['banding', 'cells']));
    if (problems.length === 0) {
      matrix.banding.cells.forEach((row, l) =>
        row.forEach((name, i) => {
          if (!seen.has(name.toLowerCase())) {
            problems.push({ path: ['banding', 'cells', l, i], message: `"${name}" is not one of the bands (${bands.map((b) => b.name).join(', ')})` });
          }
        }),
      );
    }
  }
  if (matrix.appetite.kind === 'band' && !seen.has(matrix.appetite.band.toLowerCase())) {
    problems.push({ path: ['appetite', 'band'], message: `"${matrix.appetite.band}" is not one of the bands (${bands.map((b) => b.name).join(', ')})` });
  }
  if (matrix.appetite.kind === 'score' && (matrix.appetite.score < lowest || matrix.appetite.score >= highest)) {
    problems.push({ path: ['appetite', 'score'], message: `must be from ${lowest} to ${highest - 1}: risks scoring above it need treatment` });
  }
  return problems;
}

const level = (label: string, description: string): RiskLevel => ({ label, description });

/** The default 5×5 matrix: product rule; low 1–4, medium 5–9, high 10–16, critical 20–25; appetite up to medium. */
export const DEFAULT_RISK_MATRIX: RiskMatrix = {
  likelihood: [
    level('Rare', 'May happen only in exceptional circumstances; less than once in 10 years.'),
    level('Unlikely', 'Could happen at some time; about once in 5–10 years.'),
    level('Possible', 'Might happen; about once in 1–5 years.'),
    level('Likely', 'Will probably happen; about once a year.'),
    level('Almost certain', 'Expected to happen; several times a year.'),
  ],
  impact: [
    level('Insignificant', 'No noticeable effect on services; handled in normal operations.'),
    level('Minor', 'Brief degradation of a non-critical service; a few users affected.'),
    level('Moderate', 'Outage of a service within its SLA, or a minor breach; some customers affected.'),
    level('Major', 'SLA breach on a critical service, data disclosure or regulatory attention.'),
    level('Severe', 'Prolonged loss of critical services, harm to people or major regulatory action.'),
  ],
  score: { rule: 'product' },
  banding: {
    mode: 'threshold',
    bands: [
      { name: 'Low', colour: '#2f9e44', minScore: 1 },
      { name: 'Medium', colour: '#f59f00', minScore: 5 },
      { name: 'High', colour: '#e8590c', minScore: 10 },
      { name: 'Critical', colour: '#c92a2a', minScore: 20 },
    ],
  },
  appetite: { kind: 'band', band: 'Medium' },
};

/** A band as a risk shows it: its position (0 = lowest), name and colour. */
export interface BandInfo {
  rank: number;
  name: string;
  colour: string;
}

/** Why (l, i) is not a position on the matrix, or null when it is. The message names the scale. */
export function positionProblem(matrix: RiskMatrix, likelihood: number, impact: number): string | null {
  const check = (value: number, levels: number, what: string) =>
    Number.isInteger(value) && value >= 1 && value <= levels ? null : `${what} ${value} is outside the matrix: ${what} must be 1 to ${levels}`;
  return check(likelihood, matrix.likelihood.length, 'likelihood') ?? check(impact, matrix.impact.length, 'impact');
}

function assertPosition(matrix: RiskMatrix, likelihood: number, impact: number): void {
  const problem = positionProblem(matrix, likelihood, impact);
  if (problem) throw new RangeError(problem);
}

/** The score of likelihood l and impact i by the matrix's rule; throws a RangeError outside the matrix. */
export function score(matrix: RiskMatrix, likelihood: number, impact: number): number {
  assertPosition(matrix, likelihood, impact);
  return matrix.score.rule === 'product' ? likelihood * impact : matrix.score.table[likelihood - 1]![impact - 1]!;
}

/** Every cell's score, row by row (likelihood 1 first). */
export function allScores(matrix: RiskMatrix): number[] {
  const scores: number[] = [];
  for (let l = 1; l <= matrix.likelihood.length; l += 1) for (let i = 1; i <= matrix.impact.length; i += 1) scores.push(score(matrix, l, i));
  return scores;
}

/** The band a score falls in under threshold banding: the last whose minimum it reaches. */
export function bandRankForScore(matrix: RiskMatrix, value: number): number {
  if (matrix.banding.mode !== 'threshold') throw new Error('bands are assigned per cell in this matrix, not by score');
  let rank = 0;
  matrix.banding.bands.forEach((band, index) => {
    if (value >= band.minScore) rank = index;
  });
  return rank;
}

/** The rank (0 = lowest) of the band named `name`, ignoring case; -1 when there is none. */
export function bandRankByName(matrix: RiskMatrix, name: string): number {
  const key = name.trim().toLowerCase();
  return matrix.banding.bands.findIndex((band) => band.name.toLowerCase() === key);
}

/** The band of likelihood l and impact i: by score thresholds or by the cell's assignment. */
export function band(matrix: RiskMatrix, likelihood: number, impact: number): BandInfo {
  const rank =
    matrix.banding.mode === 'threshold'
      ? bandRankForScore(matrix, score(matrix, likelihood, impact))
      : (assertPosition(matrix, likelihood, impact), bandRankByName(matrix, matrix.banding.cells[likelihood - 1]![impact - 1]!));
  const chosen = matrix.banding.bands[rank]!;
  return { rank, name: chosen.name, colour: chosen.colour };
}

/**
 * True when a risk at (l, i) is above the appetite and so needs treatment or an approved
 * acceptance: its band is above the appetite band, or its score is above the appetite score.
 */
export function exceedsAppetite(matrix: RiskMatrix, likelihood: number, impact: number): boolean {
  if (matrix.appetite.kind === 'score') return score(matrix, likelihood, impact) > matrix.appetite.score;
  return band(matrix, likelihood, impact).rank > bandRankByName(matrix, matrix.appetite.band);
}

/** One cell of a heat map. */
export interface HeatmapCell {
  likelihood: number;
  impact: number;
  score: number;
  band: BandInfo;
  exceedsAppetite: boolean;
  count: number;
}

/**
 * The heat-map grid: one row per likelihood level, highest first (as the grid is drawn), each
 * with one cell per impact level, lowest first. `counts` gives the number of risks per
 * "l:i" key; cells without an entry count 0.
 */
export function heatmapGrid(matrix: RiskMatrix, counts: ReadonlyMap<string, number> = new Map()): HeatmapCell[][] {
  const rows: HeatmapCell[][] = [];
  for (let l = matrix.likelihood.length; l >= 1; l -= 1) {
    const row: HeatmapCell[] = [];
    for (let i = 1; i <= matrix.impact.length; i += 1) {
      row.push({
        likelihood: l,
        impact: i,
        score: score(matrix, l, i),
        band: band(matrix, l, i),
        exceedsAppetite: exceedsAppetite(matrix, l, i),
        count: counts.get(cellKey(l, i)) ?? 0,
      });
    }
    rows.push(row);
  }
  return rows;
}

/** The key of a cell in count maps: "l:i". */
export function cellKey(likelihood: number, impact: number): string {
  return `${likelihood}:${impact}`;
}

/** A one-line description of a matrix's size and rule, e.g. "5×5, likelihood × impact". */
export function describeMatrix(matrix: RiskMatrix): string {
  return `${matrix.likelihood.length}×${matrix.impact.length}, ${matrix.score.rule === 'product' ? 'likelihood × impact' : 'score per cell'}`;
}
