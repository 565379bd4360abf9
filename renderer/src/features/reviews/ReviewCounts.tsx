import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { InboxCounts } from '../../../../shared/api/reviews-api';

interface Figure {
  label: string;
  value: number;
  detail: string;
  color: string | undefined;
}

/** The inbox's headline figures: overdue (and escalated), due this week, due soon, waiting for approval. */
export function ReviewCounts({ counts }: { counts: InboxCounts }) {
  const figures: Figure[] = [
    {
      label: 'Overdue',
      value: counts.overdue,
      detail: counts.escalated ? `${counts.escalated} escalated` : 'none escalated',
      color: counts.overdue ? 'red' : undefined,
    },
    { label: 'Due this week', value: counts.dueThisWeek, detail: 'today and the next 6 days', color: counts.dueThisWeek ? 'yellow.8' : undefined },
    { label: 'Due soon', value: counts.dueSoon, detail: 'within the policy’s notice', color: undefined },
    { label: 'Waiting for approval', value: counts.awaitingApproval, detail: 'that you may decide', color: counts.awaitingApproval ? 'blue' : undefined },
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" mb="lg">
      {figures.map((figure) => (
        <Paper key={figure.label} withBorder radius="md" p="md" aria-label={`${figure.label}: ${figure.value}`}>
          <Text size="sm" c="dimmed">
            {figure.label}
          </Text>
          <Text fz={28} fw={700} c={figure.color}>
            {figure.value.toLocaleString('en-GB')}
          </Text>
          <Text size="xs" c="dimmed">
            {figure.detail}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
