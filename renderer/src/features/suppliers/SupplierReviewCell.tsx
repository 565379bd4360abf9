import { Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { daysBetween, describeDue, formatDate } from '../../lib/format';

/**
 * A supplier's next review date in the list: red with "N days overdue" once past, so a manager scanning
 * the list sees late reviews without opening each supplier. `today` comes from the app clock.
 */
export function SupplierReviewCell({ date, today }: { date: string | null; today: string }) {
  if (!date) {
    return (
      <Text size="sm" c="dimmed">
        Not planned
      </Text>
    );
  }
  if (daysBetween(today, date) >= 0) {
    return (
      <Text size="sm" truncate>
        {formatDate(date)}
      </Text>
    );
  }
  // The wording goes on its own line so a narrow column never cuts "overdue" off.
  return (
    <div>
      <Group gap={4} wrap="nowrap" c="red">
        <IconAlertTriangle size={14} style={{ flexShrink: 0 }} aria-hidden />
        <Text size="sm" c="red" fw={600} truncate>
          {formatDate(date)}
        </Text>
      </Group>
      <Text size="xs" c="red" fw={600}>
        {describeDue(date, today)}
      </Text>
    </div>
  );
}
