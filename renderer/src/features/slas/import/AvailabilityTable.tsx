import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'wouter';
import type { ComputedAvailability } from '../../../../../shared/api/sla-io-api';
import { periodLabel, ResultBadge } from '../common/SlaBadges';
import { durationLabel } from '../grid/OutagesPanel';

const percent = (value: number) => `${new Intl.NumberFormat(undefined, { maximumFractionDigits: 3 }).format(value)} %`;

/** Availability per SLA target and month computed from outages, against what was recorded before. */
export function AvailabilityTable({ results, label }: { results: ComputedAvailability[]; label: string }) {
  return (
    <Table.ScrollContainer minWidth={760} maxHeight={420}>
      <Table verticalSpacing={6} layout="fixed" stickyHeader aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>SLA</Table.Th>
            <Table.Th>Target</Table.Th>
            <Table.Th w={100}>Month</Table.Th>
            <Table.Th w={150}>Down in service hours</Table.Th>
            <Table.Th w={110} ta="right">
              Was
            </Table.Th>
            <Table.Th w={110} ta="right">
              Becomes
            </Table.Th>
            <Table.Th w={100}>Result</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.map((result) => (
            <Table.Tr key={`${result.targetId}-${result.period}`}>
              <Table.Td>
                <Anchor component={Link} href={`/slas/${result.slaId}`} size="sm" ff="monospace">
                  {result.slaCode}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" truncate="end" title={result.targetLabel}>
                  {result.targetLabel}
                </Text>
              </Table.Td>
              <Table.Td>{periodLabel(result.period)}</Table.Td>
              <Table.Td>
                <Text size="sm" title={`${Math.round(result.downtimeMinutes)} of ${Math.round(result.serviceMinutes)} service minutes`}>
                  {durationLabel(result.downtimeMinutes)}
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({result.outageCount})
                  </Text>
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Text size="sm" c="dimmed">
                  {result.previous === null ? '—' : percent(result.previous)}
                </Text>
              </Table.Td>
              <Table.Td ta="right" fw={600}>
                {percent(result.value)}
              </Table.Td>
              <Table.Td>
                <ResultBadge status={result.status} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
