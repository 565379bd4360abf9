import { Group, Stack, Text } from '@mantine/core';
import { textOn } from '../../risks';
import type { BandSummary } from './band-summary';
import classes from './MatrixLegend.module.css';

interface MatrixLegendProps {
  bands: BandSummary[];
  appetite: string;
}

/** A tiny cell framed like the cells above the appetite, in the top band's colour. */
function AppetiteSample({ colour }: { colour: string }) {
  return <span className={classes.appetiteMark} style={{ background: colour, color: textOn(colour) }} aria-hidden />;
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
        <AppetiteSample colour={bands[bands.length - 1]?.colour ?? '#868e96'} />
        <Text size="xs" c="dimmed">
          <Text span fw={600} size="xs" c="var(--mantine-color-text)">
            Appetite.
          </Text>{' '}
          {appetite} Cells with a dashed frame are above it.
        </Text>
      </Group>
    </Stack>
  );
}
