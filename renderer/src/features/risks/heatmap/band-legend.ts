import type { HeatmapCell, RiskMatrix } from '../../../../../shared/domain/risk-matrix';

/** One row of the legend: a band, the scores it covers on the grid, and where it sits against the appetite. */
export interface LegendBand {
  name: string;
  colour: string;
  rank: number;
  /** Lowest and highest score of the band's cells; null when no cell is in the band. */
  scores: { min: number; max: number } | null;
  /** Every cell of the band is above the appetite / some are (a score appetite inside the band). */
  aboveAppetite: 'all' | 'some' | 'none';
}

/** The bands as the grid uses them, highest first (as the legend reads top-down). */
export function legendBands(matrix: RiskMatrix, grid: readonly (readonly HeatmapCell[])[]): LegendBand[] {
  const cells = grid.flat();
  return matrix.banding.bands
    .map((band, rank) => {
      const own = cells.filter((cell) => cell.band.rank === rank);
      const scores = own.length ? { min: Math.min(...own.map((c) => c.score)), max: Math.max(...own.map((c) => c.score)) } : null;
      const above = own.filter((cell) => cell.exceedsAppetite).length;
      return {
        name: band.name,
        colour: band.colour,
        rank,
        scores,
        aboveAppetite: (above === 0 ? 'none' : above === own.length ? 'all' : 'some') as LegendBand['aboveAppetite'],
      };
    })
    .reverse();
}

/** "up to Medium" or "scores up to 9": what the organisation accepts without treatment. */
export function describeAppetite(matrix: RiskMatrix): string {
  return matrix.appetite.kind === 'band' ? `up to ${matrix.appetite.band}` : `scores up to ${matrix.appetite.score}`;
}
