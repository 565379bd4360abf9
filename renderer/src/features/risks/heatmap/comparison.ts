import type { RiskHeatmap } from '../../../../../shared/api/risks-api';

/** How one band's count changed between the two dates. */
export interface BandChange {
  name: string;
  colour: string;
  then: number;
  now: number;
  delta: number;
  /** Some cells of the band (now) are above the appetite: more risks here is worse. */
  aboveAppetite: boolean;
}

export interface HeatmapComparison {
  /** Per cell "l:i": now minus then; only when both grids have the same size (else empty). */
  deltas: Map<string, number>;
  /** False when the matrix changed size between the dates: cells cannot be compared one to one. */
  comparableCells: boolean;
  bands: BandChange[];
  aboveAppetite: { then: number; now: number; delta: number };
  scored: { then: number; now: number; delta: number };
}

const change = (then: number, now: number) => ({ then, now, delta: now - then });

interface BandTally {
  colour: string;
  count: number;
  rank: number;
  aboveAppetite: boolean;
}

function bandCounts(map: RiskHeatmap): Map<string, BandTally> {
  const counts = new Map<string, BandTally>();
  for (const cell of map.grid.flat()) {
    const entry = counts.get(cell.band.name) ?? { colour: cell.band.colour, count: 0, rank: cell.band.rank, aboveAppetite: false };
    entry.count += cell.count;
    entry.aboveAppetite ||= cell.exceedsAppetite;
    counts.set(cell.band.name, entry);
  }
  return counts;
}

/**
 * Compares the heat map as it was on a date with the heat map now: per-cell deltas, risks per
 * band and above appetite, then and now. Bands are matched by name, so a band renamed by a
 * matrix change shows as one band emptied and another filled, which is what happened.
 */
export function compareHeatmaps(then: RiskHeatmap, now: RiskHeatmap): HeatmapComparison {
  const sameSize = then.grid.length === now.grid.length && (then.grid[0]?.length ?? 0) === (now.grid[0]?.length ?? 0);
  const deltas = new Map<string, number>();
  if (sameSize) {
    const before = new Map(then.grid.flat().map((cell) => [`${cell.likelihood}:${cell.impact}`, cell.count]));
    for (const cell of now.grid.flat()) {
      const cellKey = `${cell.likelihood}:${cell.impact}`;
      deltas.set(cellKey, cell.count - (before.get(cellKey) ?? 0));
    }
  }
  const thenBands = bandCounts(then);
  const nowBands = bandCounts(now);
  const names = [...new Set([...nowBands.keys(), ...thenBands.keys()])];
  const bands = names
    .map((name) => {
      const info = nowBands.get(name) ?? thenBands.get(name)!;
      return {
        name,
        colour: info.colour,
        rank: info.rank,
        aboveAppetite: info.aboveAppetite,
        ...change(thenBands.get(name)?.count ?? 0, nowBands.get(name)?.count ?? 0),
      };
    })
    // Worst band first, as the summary reads.
    .sort((a, b) => b.rank - a.rank)
    .map(({ rank: _rank, ...band }) => band);
  const above = (map: RiskHeatmap) => map.grid.flat().reduce((sum, cell) => sum + (cell.exceedsAppetite ? cell.count : 0), 0);
  return { deltas, comparableCells: sameSize, bands, aboveAppetite: change(above(then), above(now)), scored: change(then.total, now.total) };
}

/** "+3", "−2" (a real minus sign) or "0". */
export function formatDelta(delta: number): string {
  if (delta > 0) return `+${delta.toLocaleString('en')}`;
  if (delta < 0) return `\u2212${Math.abs(delta).toLocaleString('en')}`;
  return '0';
}
