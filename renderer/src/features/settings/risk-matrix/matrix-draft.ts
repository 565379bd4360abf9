import { MAX_LEVELS, MIN_LEVELS, type RiskLevel, type RiskMatrix } from '../../../../../shared/domain/risk-matrix';

/** A band while it is edited; `key` stays the same when the band is renamed, so cells and the appetite follow it. */
export interface DraftBand {
  key: string;
  name: string;
  colour: string;
  /** NaN while the input is empty. */
  minScore: number;
}

/**
 * The matrix as the editor holds it. Unlike `RiskMatrix` it keeps both the score table and the
 * per-cell bands whichever mode is chosen, so switching modes back and forth loses nothing.
 */
export interface MatrixDraft {
  likelihood: RiskLevel[];
  impact: RiskLevel[];
  rule: 'product' | 'table';
  /** `table[l - 1][i - 1]`; NaN while a cell is empty. Always sized to the scales. */
  table: number[][];
  bandMode: 'threshold' | 'cell';
  bands: DraftBand[];
  /** Band keys, `cells[l - 1][i - 1]`. Always sized to the scales. */
  cells: string[][];
  appetiteKind: 'band' | 'score';
  /** The key of the appetite band. */
  appetiteBand: string;
  /** NaN while the input is empty. */
  appetiteScore: number;
}

export type Scale = 'likelihood' | 'impact';

let nextKey = 0;
/** A key for a new band, unique within this page. */
export function newBandKey(): string {
  nextKey += 1;
  return `band-${nextKey}`;
}

/** The product score of a cell, used to fill new table cells. */
const productTable = (rows: number, columns: number): number[][] =>
  Array.from({ length: rows }, (_, l) => Array.from({ length: columns }, (_, i) => (l + 1) * (i + 1)));

/** The band (by threshold) a score falls in, as a key; the lowest band for an unknown score. */
export function thresholdBandKey(bands: readonly DraftBand[], value: number): string {
  let key = bands[0]?.key ?? '';
  for (const band of bands) if (value >= band.minScore) key = band.key;
  return key;
}

/** The score of a cell in the draft; NaN when the table cell is empty. */
export function draftScore(draft: MatrixDraft, likelihood: number, impact: number): number {
  return draft.rule === 'product' ? likelihood * impact : (draft.table[likelihood - 1]?.[impact - 1] ?? Number.NaN);
}

/** The editor's copy of a saved matrix. */
export function draftFromMatrix(matrix: RiskMatrix): MatrixDraft {
  const bands: DraftBand[] = matrix.banding.bands.map((band) => ({
    key: newBandKey(),
    name: band.name,
    colour: band.colour,
    minScore: 'minScore' in band ? band.minScore : Number.NaN,
  }));
  const keyOf = (name: string) => bands.find((band) => band.name.toLowerCase() === name.toLowerCase())?.key ?? bands[0]!.key;
  const rows = matrix.likelihood.length;
  const columns = matrix.impact.length;
  const table = matrix.score.rule === 'table' ? matrix.score.table.map((row) => [...row]) : productTable(rows, columns);
  const draft: MatrixDraft = {
    likelihood: matrix.likelihood.map((level) => ({ ...level })),
    impact: matrix.impact.map((level) => ({ ...level })),
    rule: matrix.score.rule,
    table,
    bandMode: matrix.banding.mode,
    bands,
    cells: [],
    appetiteKind: matrix.appetite.kind,
    appetiteBand: matrix.appetite.kind === 'band' ? keyOf(matrix.appetite.band) : bands[Math.min(1, bands.length - 1)]!.key,
    appetiteScore: matrix.appetite.kind === 'score' ? matrix.appetite.score : Number.NaN,
  };
  if (matrix.banding.mode === 'cell') {
    draft.cells = matrix.banding.cells.map((row) => row.map(keyOf));
    // A per-cell matrix has no thresholds; suggest some from its cells in case the person switches.
    draft.bands = suggestThresholds(draft);
  } else {
    // Cell bands start as the thresholds paint them, so switching to per-cell starts from what is on screen.
    draft.cells = cellsFromThresholds(draft);
  }
  if (matrix.appetite.kind === 'band') {
    // Switching the appetite to a score starts from the top of the appetite band.
    const above = draft.bands[draft.bands.findIndex((band) => band.key === draft.appetiteBand) + 1];
    draft.appetiteScore = above && Number.isFinite(above.minScore) ? above.minScore - 1 : Number.NaN;
  }
  return draft;
}

/** Every cell's band key as the thresholds assign it. */
export function cellsFromThresholds(draft: MatrixDraft): string[][] {
  return Array.from({ length: draft.likelihood.length }, (_, l) =>
    Array.from({ length: draft.impact.length }, (_, i) => thresholdBandKey(draft.bands, draftScore(draft, l + 1, i + 1))),
  );
}

/** Thresholds for bands that have none: the lowest score reaching each band in the per-cell assignment. */
function suggestThresholds(draft: MatrixDraft): DraftBand[] {
  let previous = 0;
  return draft.bands.map((band, index) => {
    if (index === 0) {
      previous = 1;
      return { ...band, minScore: 1 };
    }
    const scores = draft.cells.flatMap((row, l) => row.flatMap((key, i) => (key === band.key ? [draftScore(draft, l + 1, i + 1)] : [])));
    const suggested = Math.max(previous + 1, scores.length ? Math.min(...scores) : previous + 1);
    previous = suggested;
    return { ...band, minScore: suggested };
  });
}

/** The matrix the draft describes, for validation and for the API. Invalid numbers stay NaN for the schema to name. */
export function matrixFromDraft(draft: MatrixDraft): RiskMatrix {
  const nameOf = (key: string) => draft.bands.find((band) => band.key === key)?.name ?? '';
  return {
    likelihood: draft.likelihood.map((level) => ({ label: level.label, description: level.description })),
    impact: draft.impact.map((level) => ({ label: level.label, description: level.description })),
    score: draft.rule === 'product' ? { rule: 'product' } : { rule: 'table', table: draft.table.map((row) => [...row]) },
    banding:
      draft.bandMode === 'threshold'
        ? { mode: 'threshold', bands: draft.bands.map(({ name, colour, minScore }) => ({ name, colour, minScore })) }
        : { mode: 'cell', bands: draft.bands.map(({ name, colour }) => ({ name, colour })), cells: draft.cells.map((row) => row.map(nameOf)) },
    appetite: draft.appetiteKind === 'band' ? { kind: 'band', band: nameOf(draft.appetiteBand) } : { kind: 'score', score: draft.appetiteScore },
  };
}

/** Grow or shrink a table to rows × columns, filling new cells with `fill(l, i)` (1-based). */
function resizeTable<T>(table: readonly (readonly T[])[], rows: number, columns: number, fill: (l: number, i: number) => T): T[][] {
  return Array.from({ length: rows }, (_, l) => Array.from({ length: columns }, (_, i) => table[l]?.[i] ?? fill(l + 1, i + 1)));
}

/** The draft with a level added to the top of a scale (a scale has at most MAX_LEVELS). */
export function addLevel(draft: MatrixDraft, scale: Scale): MatrixDraft {
  if (draft[scale].length >= MAX_LEVELS) return draft;
  return withScale(draft, scale, [...draft[scale], { label: '', description: '' }]);
}

/** The draft without level `index` (0-based) of a scale (a scale keeps at least MIN_LEVELS). */
export function removeLevel(draft: MatrixDraft, scale: Scale, index: number): MatrixDraft {
  if (draft[scale].length <= MIN_LEVELS) return draft;
  const levels = draft[scale].filter((_, position) => position !== index);
  // Remove the matching row or column too, so the other cells keep their values.
  const drop = <T>(table: T[][]) => (scale === 'likelihood' ? table.filter((_, l) => l !== index) : table.map((row) => row.filter((_, i) => i !== index)));
  return withScale({ ...draft, table: drop(draft.table), cells: drop(draft.cells) }, scale, levels);
}

/** The draft with one level's label or description changed. */
export function editLevel(draft: MatrixDraft, scale: Scale, index: number, change: Partial<RiskLevel>): MatrixDraft {
  return { ...draft, [scale]: draft[scale].map((level, position) => (position === index ? { ...level, ...change } : level)) };
}

/** The draft with new levels on a scale; the score table and cell bands follow the new size. */
export function withScale(draft: MatrixDraft, scale: Scale, levels: RiskLevel[]): MatrixDraft {
  const next = { ...draft, [scale]: levels };
  const rows = next.likelihood.length;
  const columns = next.impact.length;
  const table = resizeTable(draft.table, rows, columns, (l, i) => l * i);
  const withTable = { ...next, table };
  const cells = resizeTable(draft.cells, rows, columns, (l, i) => thresholdBandKey(draft.bands, draftScore(withTable, l, i)));
  return { ...withTable, cells };
}

/** The highest score the draft can produce (NaN cells ignored); at least 1. */
export function highestScore(draft: MatrixDraft): number {
  if (draft.rule === 'product') return draft.likelihood.length * draft.impact.length;
  return Math.max(1, ...draft.table.flat().filter(Number.isFinite));
}
