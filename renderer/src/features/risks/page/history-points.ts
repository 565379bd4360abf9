import type { RiskAssessment } from '../../../../../shared/api/risks-api';
import { allScores, type RiskMatrix } from '../../../../../shared/domain/risk-matrix';

export interface HistoryPoint {
  at: number;
  inherent: number | null;
  residual: number | null;
  target: number | null;
  /** The band of each score on the matrix the assessment was made with, for the tooltip. */
  bands: { inherent: string | null; residual: string | null; target: string | null };
  /** The risk matrix version the scores were made on: scores of different versions are not comparable. */
  version: number;
  /** Not an assessment: the latest scores carried on to `now`, so the current level shows as a line. */
  carried?: true;
}

/**
 * One chart point per assessment, oldest first, at its time; with `now` after the last one, a
 * final point carries the latest scores to it (a score holds until the next assessment).
 */
export function historyPoints(assessments: readonly RiskAssessment[], now?: number): HistoryPoint[] {
  const points: HistoryPoint[] = assessments.map((assessment) => ({
    at: Date.parse(assessment.assessedAt),
    inherent: assessment.inherent?.score ?? null,
    residual: assessment.residual?.score ?? null,
    target: assessment.target?.score ?? null,
    bands: { inherent: assessment.inherent?.band ?? null, residual: assessment.residual?.band ?? null, target: assessment.target?.band ?? null },
    version: assessment.matrixVersion,
  }));
  const last = points[points.length - 1];
  if (last && now !== undefined && now > last.at) points.push({ ...last, at: now, carried: true });
  return points;
}

export interface BandArea {
  name: string;
  colour: string;
  from: number;
  to: number;
}

/**
 * The score ranges of the bands, for shading behind the lines. Only threshold banding has
 * ranges; with a band per cell the same score can sit in two bands, so nothing is shaded.
 */
export function bandAreas(matrix: RiskMatrix): BandArea[] {
  if (matrix.banding.mode !== 'threshold') return [];
  const top = Math.max(...allScores(matrix));
  const bands = matrix.banding.bands;
  return bands.map((band, index) => ({ name: band.name, colour: band.colour, from: index === 0 ? 0 : band.minScore, to: bands[index + 1]?.minScore ?? top }));
}

/** "16 · High": a score with its band, as the chart's tooltip shows it. */
export function scoreWithBand(point: HistoryPoint, series: 'inherent' | 'residual' | 'target'): string {
  const score = point[series];
  if (score === null) return '—';
  const band = point.bands[series];
  return band ? `${score} · ${band}` : String(score);
}

/** Where the matrix changed within the history: the first point on each later version. */
export interface MatrixChange {
  at: number;
  fromVersion: number;
  toVersion: number;
}

export function matrixChanges(points: readonly HistoryPoint[]): MatrixChange[] {
  const changes: MatrixChange[] = [];
  points.forEach((point, index) => {
    const previous = points[index - 1];
    if (previous && !point.carried && point.version !== previous.version)
      changes.push({ at: point.at, fromVersion: previous.version, toVersion: point.version });
  });
  return changes;
}

/** A series of one matrix version: its values where the point is on that version, null elsewhere, so lines never join scores of two matrices. */
export const versionKey = (series: 'inherent' | 'residual' | 'target', version: number) => `${series}@v${version}`;

export type SplitPoint = HistoryPoint & { values: Record<string, number | null> };

export function splitByVersion(points: readonly HistoryPoint[]): SplitPoint[] {
  return points.map((point) => {
    const split: Record<string, number | null> = {};
    for (const series of ['inherent', 'residual', 'target'] as const) split[versionKey(series, point.version)] = point[series];
    return { ...point, values: split };
  });
}
