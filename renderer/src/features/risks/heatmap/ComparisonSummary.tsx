import { Paper, Table, Text } from '@mantine/core';
import { BandSwatch } from './BandLegend';
import { formatDelta, type HeatmapComparison } from './comparison';

/** Then, now and the change, per band (worst first), above appetite and scored. */
export function ComparisonSummary({ comparison, date, basis }: { comparison: HeatmapComparison; date: string; basis: string }) {
  // Above the appetite, fewer is better and more is worse; within it, a change is neither by itself.
  const colour = (delta: number, aboveAppetite: boolean) => (delta === 0 ? 'dimmed' : !aboveAppetite ? undefined : delta > 0 ? 'red' : 'teal');
  return (
    <Paper withBorder radius="md" p="md" maw={720}>
      <Table aria-labelledby="comparison-summary-title">
        <caption id="comparison-summary-title" style={{ captionSide: 'top', textAlign: 'left' }}>
          <Text size="sm" fw={600} span>
            Summary: {date} against now ({basis})
          </Text>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th ta="right">{date}</Table.Th>
            <Table.Th ta="right">Now</Table.Th>
            <Table.Th ta="right">Change</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          <Table.Tr fw={700}>
            <Table.Th scope="row">Above appetite</Table.Th>
            <Table.Td ta="right">{comparison.aboveAppetite.then}</Table.Td>
            <Table.Td ta="right">{comparison.aboveAppetite.now}</Table.Td>
            <Table.Td ta="right">
              <Text span size="sm" fw={700} c={colour(comparison.aboveAppetite.delta, true)}>
                {formatDelta(comparison.aboveAppetite.delta)}
              </Text>
            </Table.Td>
          </Table.Tr>
          {comparison.bands.map((band) => (
            <Table.Tr key={band.name}>
              <Table.Th scope="row" fw={400}>
                <BandSwatch name={band.name} colour={band.colour} />
              </Table.Th>
              <Table.Td ta="right">{band.then}</Table.Td>
              <Table.Td ta="right">{band.now}</Table.Td>
              <Table.Td ta="right">
                <Text span size="sm" c={colour(band.delta, band.aboveAppetite)}>
                  {formatDelta(band.delta)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row" fw={400}>
              Scored
            </Table.Th>
            <Table.Td ta="right">{comparison.scored.then}</Table.Td>
            <Table.Td ta="right">{comparison.scored.now}</Table.Td>
            <Table.Td ta="right">{formatDelta(comparison.scored.delta)}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
