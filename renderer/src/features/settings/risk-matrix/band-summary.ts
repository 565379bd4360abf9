import { allScores, type RiskMatrix } from '../../../../../shared/domain/risk-matrix';

/** A band as the legend shows it. */
export interface BandSummary {
  name: string;
  colour: string;
  /** "1–4", "20–25", "16", or for per-cell bands "7 cells". */
  range: string;
}

/** Each band with the scores (or number of cells) it covers, lowest band first. */
export function bandSummaries(matrix: RiskMatrix): BandSummary[] {
  if (matrix.banding.mode === 'cell') {
    const cells = matrix.banding.cells.flat().map((name) => name.toLowerCase());
    return matrix.banding.bands.map((band) => {
      const count = cells.filter((name) => name === band.name.toLowerCase()).length;
      return { name: band.name, colour: band.colour, range: `${count} ${count === 1 ? 'cell' : 'cells'}` };
    });
  }
  const highest = Math.max(...allScores(matrix));
  const bands = matrix.banding.bands;
  return bands.map((band, index) => {
    const top = index + 1 < bands.length ? bands[index + 1]!.minScore - 1 : highest;
    return { name: band.name, colour: band.colour, range: top > band.minScore ? `${band.minScore}–${top}` : `${band.minScore}` };
  });
}

/** The appetite in a sentence: what needs treatment or an approved acceptance. */
export function appetiteSentence(appetite: RiskMatrix['appetite'], bandNames: readonly string[]): string {
  if (appetite.kind === 'score' && !Number.isFinite(appetite.score)) return 'Set the highest acceptable score.';
  if (appetite.kind === 'score') return `Risks scoring above ${appetite.score} need treatment or an approved acceptance.`;
  const index = bandNames.findIndex((name) => name.toLowerCase() === appetite.band.toLowerCase());
  const above = bandNames.slice(index + 1);
  if (index === -1 || above.length === 0) return `Up to ${appetite.band}: no band is above the appetite.`;
  const named = above.length === 1 ? above[0]! : `${above.slice(0, -1).join(', ')} or ${above[above.length - 1]!}`;
  return `Up to ${appetite.band}: risks in ${named} need treatment or an approved acceptance.`;
}
