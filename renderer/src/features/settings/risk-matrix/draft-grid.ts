import { draftScore, highestScore, thresholdBandKey, type MatrixDraft } from './matrix-draft';

/** One cell of a drawn matrix: what `heatmapGrid` gives for a saved matrix, or the editor's live version. */
export interface MatrixGridCell {
  likelihood: number;
  impact: number;
  /** NaN while the editor's score table has an empty cell. */
  score: number;
  band: { name: string; colour: string };
  exceedsAppetite: boolean;
}

const NO_BAND = { name: 'No band', colour: '#868e96' };

/**
 * The edited matrix as a grid, highest likelihood first, computed leniently so the preview keeps
 * following the edits while the draft is still invalid (an empty score shows as "–").
 */
export function draftGrid(draft: MatrixDraft): MatrixGridCell[][] {
  const rank = new Map(draft.bands.map((band, index) => [band.key, index]));
  const appetiteRank = rank.get(draft.appetiteBand) ?? Number.POSITIVE_INFINITY;
  const rows: MatrixGridCell[][] = [];
  for (let l = draft.likelihood.length; l >= 1; l -= 1) {
    const row: MatrixGridCell[] = [];
    for (let i = 1; i <= draft.impact.length; i += 1) {
      const score = draftScore(draft, l, i);
      const key = draft.bandMode === 'threshold' ? thresholdBandKey(draft.bands, score) : draft.cells[l - 1]?.[i - 1];
      const band = draft.bands.find((candidate) => candidate.key === key);
      const exceedsAppetite = draft.appetiteKind === 'band' ? (rank.get(key ?? '') ?? -1) > appetiteRank : score > draft.appetiteScore;
      row.push({
        likelihood: l,
        impact: i,
        score,
        band: band ? { name: band.name.trim() || `Band ${rank.get(band.key)! + 1}`, colour: validColour(band.colour) } : NO_BAND,
        exceedsAppetite,
      });
    }
    rows.push(row);
  }
  return rows;
}

/** A half-typed colour draws grey rather than breaking the preview. */
function validColour(colour: string): string {
  return /^#[0-9a-fA-F]{6}$/.test(colour) ? colour : NO_BAND.colour;
}

/** The legend of the edited bands, lenient like `draftGrid`: "–" for a range that is not known yet. */
export function draftBandSummaries(draft: MatrixDraft): Array<{ name: string; colour: string; range: string }> {
  const highest = highestScore(draft);
  return draft.bands.map((band, index) => {
    const name = band.name.trim() || `Band ${index + 1}`;
    const colour = validColour(band.colour);
    if (draft.bandMode === 'cell') {
      const count = draft.cells.flat().filter((key) => key === band.key).length;
      return { name, colour, range: `${count} ${count === 1 ? 'cell' : 'cells'}` };
    }
    const next = draft.bands[index + 1];
    const top = next ? next.minScore - 1 : highest;
    if (!Number.isFinite(band.minScore) || !Number.isFinite(top)) return { name, colour, range: '–' };
    return { name, colour, range: top > band.minScore ? `${band.minScore}–${top}` : `${band.minScore}` };
  });
}
