import { DEFAULT_RISK_MATRIX, type RiskLevel } from '../../../../../shared/domain/risk-matrix';
import { cellsFromThresholds, highestScore, withScale, type MatrixDraft } from './matrix-draft';

const level = (label: string, description: string): RiskLevel => ({ label, description });

const LIKELIHOOD_3 = [
  level('Unlikely', 'Not expected, but could happen; less than once in 5 years.'),
  level('Possible', 'Might happen; about once in 1–5 years.'),
  level('Likely', 'Will probably happen; at least once a year.'),
];
const IMPACT_3 = [
  level('Minor', 'Brief degradation; handled in normal operations.'),
  level('Moderate', 'Service outage within its SLA, or a minor breach.'),
  level('Major', 'SLA breach on a critical service, data disclosure or regulatory attention.'),
];
const LIKELIHOOD_4 = [
  level('Rare', 'May happen only in exceptional circumstances; less than once in 10 years.'),
  level('Unlikely', 'Could happen at some time; about once in 3–10 years.'),
  level('Likely', 'Will probably happen; about once a year.'),
  level('Almost certain', 'Expected to happen; several times a year.'),
];
const IMPACT_4 = [
  level('Minor', 'Brief degradation of a non-critical service; a few users affected.'),
  level('Moderate', 'Outage of a service within its SLA, or a minor breach.'),
  level('Major', 'SLA breach on a critical service, data disclosure or regulatory attention.'),
  level('Severe', 'Prolonged loss of critical services, harm to people or major regulatory action.'),
];

/** The starting points offered above the editor. */
export const MATRIX_PRESETS = [
  { value: '3x3', label: '3×3', likelihood: LIKELIHOOD_3, impact: IMPACT_3 },
  { value: '4x4', label: '4×4', likelihood: LIKELIHOOD_4, impact: IMPACT_4 },
  { value: '5x5', label: '5×5 (default)', likelihood: DEFAULT_RISK_MATRIX.likelihood, impact: DEFAULT_RISK_MATRIX.impact },
  { value: '5x4', label: '5×4', likelihood: DEFAULT_RISK_MATRIX.likelihood, impact: IMPACT_4 },
] as const;

export type MatrixPreset = (typeof MATRIX_PRESETS)[number];

/**
 * Carry thresholds from one score range to another in proportion (20 of 25 becomes 13 of 16),
 * keeping the lowest at 1 and every threshold above the one below, so the bands stay usable.
 */
export function scaleThresholds(thresholds: readonly number[], fromHighest: number, toHighest: number): number[] {
  let previous = 0;
  return thresholds.map((value, index) => {
    const scaled = index === 0 ? 1 : Math.round(1 + ((value - 1) * (toHighest - 1)) / Math.max(1, fromHighest - 1));
    const next = Math.max(previous + 1, Number.isFinite(scaled) ? scaled : previous + 1);
    previous = next;
    return next;
  });
}

/**
 * The draft with a preset's scales and the likelihood × impact rule. The user's bands and
 * appetite are kept, their thresholds carried over to the new score range, and per-cell bands
 * repainted from them.
 */
export function applyPreset(draft: MatrixDraft, preset: MatrixPreset): MatrixDraft {
  const fromHighest = highestScore(draft);
  const scaled = withScale(
    withScale(
      draft,
      'likelihood',
      preset.likelihood.map((l) => ({ ...l })),
    ),
    'impact',
    preset.impact.map((l) => ({ ...l })),
  );
  const next: MatrixDraft = { ...scaled, rule: 'product', table: scaled.table.map((row, l) => row.map((_, i) => (l + 1) * (i + 1))) };
  const toHighest = highestScore(next);
  const minScores = scaleThresholds(
    next.bands.map((band) => band.minScore),
    fromHighest,
    toHighest,
  );
  const bands = next.bands.map((band, index) => ({ ...band, minScore: minScores[index]! }));
  const appetiteScore = Number.isFinite(draft.appetiteScore)
    ? Math.min(toHighest - 1, Math.max(1, Math.round(1 + ((draft.appetiteScore - 1) * (toHighest - 1)) / Math.max(1, fromHighest - 1))))
    : draft.appetiteScore;
  const withBands = { ...next, bands, appetiteScore };
  return { ...withBands, cells: cellsFromThresholds(withBands) };
}
