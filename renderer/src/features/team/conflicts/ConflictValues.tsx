import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { TeamConflictView } from '../../../../../shared/team/team-types';
import { formatDateTime } from '../../../lib/format';
import { formatTeamValue } from '../team-words';

function ValueBox({ title, detail, value }: { title: string; detail: string; value: unknown }) {
  const shown = formatTeamValue(value);
  return (
    <Paper withBorder radius="sm" p="sm" bg="var(--mantine-color-default-hover)">
      <Text size="xs" fw={600} tt="uppercase" c="dimmed">
        {title}
      </Text>
      <Text size="xs" c="dimmed" mb={6}>
        {detail}
      </Text>
      <Text size="sm" c={shown === '(empty)' ? 'dimmed' : undefined} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {shown}
      </Text>
    </Paper>
  );
}

/** The team's value and the proposed one, side by side (stacked when narrow). */
export function ConflictValues({ conflict }: { conflict: TeamConflictView }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <ValueBox title="Team's current value" detail="What everyone has now" value={conflict.currentValue} />
      <ValueBox
        title="Proposed value"
        detail={`By ${conflict.proposedBy}, ${formatDateTime(conflict.at)}, from an older version`}
        value={conflict.proposedValue}
      />
    </SimpleGrid>
  );
}
