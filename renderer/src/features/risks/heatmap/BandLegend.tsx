import { Group, Stack, Text } from '@mantine/core';
import type { HeatmapCell, RiskMatrix } from '../../../../../shared/domain/risk-matrix';
import { describeAppetite, legendBands } from './band-legend';
import classes from './Heatmaps.module.css';

/** A band's colour swatch with its name: the shared way the heat-map views name a band. */
export function BandSwatch({ name, colour, size = 12, outlined = false }: { name: string; colour: string; size?: number; outlined?: boolean }) {
  return (
    <Group gap={6} wrap="nowrap">
      <span className={classes.swatch} data-outlined={outlined || undefined} style={{ background: colour, width: size, height: size }} aria-hidden />
      <Text size="sm" span>
        {name}
      </Text>
    </Group>
  );
}

/** The bands of the matrix, highest first, with their scores and the appetite line. */
export function BandLegend({ matrix, grid }: { matrix: RiskMatrix; grid: readonly (readonly HeatmapCell[])[] }) {
  const bands = legendBands(matrix, grid);
  return (
    <Stack gap={6} component="section" aria-label="Bands">
      <Text size="sm" fw={600}>
        Bands
      </Text>
      <Stack gap={6} component="ul" className={classes.plainList}>
        {bands.map((band) => (
          <li key={band.name}>
            <BandSwatch name={band.name} colour={band.colour} outlined={band.aboveAppetite !== 'none'} />
            <Text size="xs" c="dimmed" ml={18}>
              {band.scores
                ? band.scores.min === band.scores.max
                  ? `Score ${band.scores.min}`
                  : `Scores ${band.scores.min}–${band.scores.max}`
                : 'No cell of the grid'}
              {band.aboveAppetite === 'all' ? ' · above appetite' : band.aboveAppetite === 'some' ? ' · partly above appetite' : ''}
            </Text>
          </li>
        ))}
      </Stack>
      <Group gap="xs" wrap="nowrap" mt={4}>
        <span className={classes.appetiteSwatch} aria-hidden />
        <Text size="xs" c="dimmed">
          Appetite: {describeAppetite(matrix)}. Outlined cells are above it and need treatment or an approved acceptance.
        </Text>
      </Group>
    </Stack>
  );
}
