import type { RiskLevel } from './risk-matrix';
import { scaleLevel } from './risk-remap';

/** How a rating text was placed on a scale. */
export type RatingMatch = 'number' | 'label' | 'word' | 'user';

/**
 * Common words for ratings, by position on a five-point scale (1 = lowest). A five-point
 * position is carried to the workspace's scale with the same proportional rule as matrix
 * re-mapping, so "High" is the top level of a 3-level scale and level 4 of a 5-level one.
 */
const WORDS: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['rare', 'very low', 'very unlikely', 'remote', 'improbable', 'negligible', 'insignificant', 'minimal', 'trivial', 'vl', 'very small']],
  [2, ['unlikely', 'low', 'minor', 'small', 'l', 'limited', 'seldom']],
  [3, ['possible', 'medium', 'moderate', 'med', 'm', 'mid', 'occasional', 'average', 'significant']],
  [4, ['likely', 'high', 'major', 'serious', 'h', 'probable', 'considerable']],
  [5, ['almost certain', 'very likely', 'certain', 'very high', 'extreme', 'severe', 'catastrophic', 'critical', 'vh', 'frequent', 'very large']],
];

const WORD_POSITION = new Map<string, number>(WORDS.flatMap(([position, words]) => words.map((word) => [word, position] as const)));

/** Lower case, single spaces, no punctuation around: " Very-High. " → "very high". */
export function normaliseRating(text: string): string {
  return text
    .toLowerCase()
    .replace(/[_\-–—/.,:;()[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Place a rating as written in a spreadsheet on a scale: a level number ("3", "3 - Possible",
 * "(3) Possible", "L3"), one of the scale's own labels ("Possible"), or a common word ("High",
 * "H", "Rare"). Returns the level and how it was found, or null when the text cannot be placed.
 */
export function matchRating(text: string, levels: readonly RiskLevel[]): { level: number; via: Exclude<RatingMatch, 'user'> } | null {
  const raw = text.trim();
  if (!raw) return null;
  const number = /^\(?\s*[a-z]?\s*(\d{1,2})\s*\)?(?:\s*(?:[-–—:.)=]|\s)\s*(.*))?$/i.exec(raw);
  if (number) {
    const value = Number(number[1]);
    if (value >= 1 && value <= levels.length) return { level: value, via: 'number' };
    return null;
  }
  const key = normaliseRating(raw);
  const byLabel = levels.findIndex((level) => normaliseRating(level.label) === key);
  if (byLabel !== -1) return { level: byLabel + 1, via: 'label' };
  const position = WORD_POSITION.get(key);
  if (position !== undefined) return { level: scaleLevel(position, 5, levels.length), via: 'word' };
  return null;
}
