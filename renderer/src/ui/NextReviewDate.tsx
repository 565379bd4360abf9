import { Badge, Group, Text } from '@mantine/core';
import { describeDue, formatDate, localToday } from '../lib/format';

/** A subject's next review date and how it feels ("in 12 days", a red "9 days overdue"). */
export function NextReviewDate({ date }: { date: string | null }) {
  if (!date) return <Text size="sm">Not planned</Text>;
  const due = describeDue(date, localToday());
  const overdue = due.includes('overdue');
  return (
    <Group gap={6}>
      <Text size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
        {formatDate(date)}
      </Text>
      {overdue ? (
        <Badge size="sm" variant="filled" color="red" tt="none">
          {due}
        </Badge>
      ) : (
        <Text size="sm" c="dimmed">
          ({due})
        </Text>
      )}
    </Group>
  );
}
