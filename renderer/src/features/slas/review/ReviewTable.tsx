import { Badge, Group, Table, Text } from '@mantine/core';
import type { SlaReviewLine } from '../../../../../shared/api/sla-reviews-api';
import { periodLabel, ResultBadge, withUnit } from '../common/SlaBadges';

interface ReviewTableProps {
  /** Names the table for screen readers: "Targets" or "Workload". */
  label: string;
  lines: SlaReviewLine[];
  period: string;
  window: { from: string; to: string };
  /** "Target" for service levels, "Limit" for workload. */
  levelHeading: string;
}

function level(line: SlaReviewLine): string {
  return `${line.direction === 'higher' ? '≥' : '≤'} ${withUnit(line.target, line.unit)}`;
}

export function windowText(window: { from: string; to: string }): string {
  return window.from === window.to ? periodLabel(window.from) : `${periodLabel(window.from)} – ${periodLabel(window.to)}`;
}

/** Month by month counts over the review window, the three colours of the SLA page. */
function WindowCounts({ line }: { line: SlaReviewLine }) {
  if (line.measuredMonths === 0) {
    return (
      <Text size="sm" c="dimmed">
        Not measured
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Badge size="sm" variant="light" color="green" miw="max-content">
        {line.met} met
      </Badge>
      {line.atRisk > 0 && (
        <Badge size="sm" variant="light" color="orange" miw="max-content">
          {line.atRisk} at risk
        </Badge>
      )}
      {line.breached > 0 && (
        <Badge size="sm" variant="light" color="red" miw="max-content">
          {line.breached} breached
        </Badge>
      )}
    </Group>
  );
}

/** Which months broke the level, and the run still going at the reviewed month. */
function BreachText({ line }: { line: SlaReviewLine }) {
  if (line.breachedPeriods.length === 0)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Text size="sm" c="red">
      {line.breachedPeriods.map(periodLabel).join(', ')}
      {line.breach && (
        <Text span size="xs" c="red" fw={600} display="block">
          Breached since {periodLabel(line.breach.since)} ({line.breach.months} month{line.breach.months === 1 ? '' : 's'})
        </Text>
      )}
    </Text>
  );
}

/**
 * Target vs actual (ISO/IEC 20000-1 8.3.3): the reviewed month's result and how the months of
 * the review window went. The same table is stored with a review and shown again when it is read.
 */
export function ReviewTable({ label, lines, period, window, levelHeading }: ReviewTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label={label} verticalSpacing="xs" striped="even">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{label === 'Workload' ? 'Workload' : 'Service level'}</Table.Th>
            <Table.Th>{levelHeading}</Table.Th>
            <Table.Th>{periodLabel(period)}</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>{windowText(window)}</Table.Th>
            <Table.Th>Worst</Table.Th>
            <Table.Th>Breached in</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lines.map((line) => (
            <Table.Tr key={line.targetId} data-status={line.status ?? 'none'}>
              <Table.Td style={{ overflowWrap: 'anywhere', minWidth: 160 }}>
                <Text size="sm" fw={500}>
                  {line.label}
                </Text>
                {line.workload !== null && (
                  <Text size="xs" c="dimmed">
                    Workload that month: {line.workload.toLocaleString()}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{level(line)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{line.actual === null ? '—' : withUnit(line.actual, line.unit)}</Table.Td>
              <Table.Td>
                <ResultBadge status={line.status} size="sm" />
              </Table.Td>
              <Table.Td>
                <WindowCounts line={line} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{line.worst === null ? '—' : withUnit(line.worst, line.unit)}</Table.Td>
              <Table.Td>
                <BreachText line={line} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
