import { Group, Stack, Text } from '@mantine/core';
import { textOn } from '../../risks/heatmap/RiskHeatmap';
import type { BandSummary } from './band-summary';
import classes from './MatrixLegend.module.css';

interface MatrixLegendProps {
  bands: BandSummary[];
  appetite: string;
}

/** The bands with their colours and ranges, and the appetite, under a matrix grid. */
export function MatrixLegend({ bands, appetite }: MatrixLegendProps) {
  return (
    <Stack gap={6}>
      <Group gap="xs" role="list" aria-label="Bands">
        {bands.map((band) => (
          <span key={band.name} role="listitem" className={classes.chip} style={{ background: band.colour, color: textOn(band.colour) }}>
            <span className={classes.name}>{band.name}</span> <span className={classes.range}>{band.range}</span>
          </span>
        ))}
      </Group>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <span className={classes.appetiteMark} aria-hidden />
        <Text size="xs" c="dimmed">
          <Text span fw={600} size="xs" c="var(--mantine-color-text)">
            Appetite.
          </Text>{' '}
          {appetite} Outlined cells are above it.
        </Text>
      </Group>
    </Stack>
  );
}
