import { cellsFromThresholds, highestScore, newBandKey, type DraftBand, type MatrixDraft } from './matrix-draft';

/** The most bands a matrix may have (the schema's limit). */
export const MAX_BANDS = 10;
/** The fewest bands a matrix may have. */
export const MIN_BANDS = 2;

/** Colours offered for bands: Mantine's palette at shade 7/8, readable with white or black text. */
export const BAND_SWATCHES = ['#2f9e44', '#66a80f', '#f59f00', '#f08c00', '#e8590c', '#c92a2a', '#a61e4d', '#862e9c', '#1971c2', '#495057'];

/** The draft with one band's name, colour or minimum score changed. */
export function editBand(draft: MatrixDraft, key: string, change: Partial<Omit<DraftBand, 'key'>>): MatrixDraft {
  return { ...draft, bands: draft.bands.map((band) => (band.key === key ? { ...band, ...change } : band)) };
}

/** The draft with a new band on top, its threshold just above the current top band's. */
export function addBand(draft: MatrixDraft): MatrixDraft {
  if (draft.bands.length >= MAX_BANDS) return draft;
  const top = draft.bands[draft.bands.length - 1];
  const minScore = top && Number.isFinite(top.minScore) ? Math.min(top.minScore + 1, highestScore(draft)) : highestScore(draft);
  const colour = BAND_SWATCHES.find((swatch) => !draft.bands.some((band) => band.colour === swatch)) ?? BAND_SWATCHES[0]!;
  return { ...draft, bands: [...draft.bands, { key: newBandKey(), name: '', colour, minScore }] };
}

/**
 * The draft without a band. Cells painted with it take the band below (or above, for the
 * lowest), and so does the appetite, so nothing points at a band that is gone.
 */
export function removeBand(draft: MatrixDraft, key: string): MatrixDraft {
  if (draft.bands.length <= MIN_BANDS) return draft;
  const index = draft.bands.findIndex((band) => band.key === key);
  if (index === -1) return draft;
  const heir = draft.bands[index === 0 ? 1 : index - 1]!.key;
  const bands = draft.bands.filter((band) => band.key !== key);
  if (index === 0) bands[0] = { ...bands[0]!, minScore: Math.min(bands[0]!.minScore, draft.bands[0]!.minScore) };
  return {
    ...draft,
    bands,
    cells: draft.cells.map((row) => row.map((cell) => (cell === key ? heir : cell))),
    appetiteBand: draft.appetiteBand === key ? heir : draft.appetiteBand,
  };
}

/** Switch between bands by threshold and bands per cell; per-cell starts from what the thresholds paint. */
export function setBandMode(draft: MatrixDraft, mode: MatrixDraft['bandMode']): MatrixDraft {
  if (mode === draft.bandMode) return draft;
  return mode === 'cell' ? { ...draft, bandMode: mode, cells: cellsFromThresholds(draft) } : { ...draft, bandMode: mode };
}

/** Paint one cell (1-based likelihood and impact) with a band. */
export function paintCell(draft: MatrixDraft, likelihood: number, impact: number, key: string): MatrixDraft {
  return {
    ...draft,
    cells: draft.cells.map((row, l) => (l === likelihood - 1 ? row.map((cell, i) => (i === impact - 1 ? key : cell)) : row)),
  };
}
