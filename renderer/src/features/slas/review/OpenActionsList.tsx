import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { Link } from 'wouter';
import type { ActionSummary } from '../../../../../shared/api/sla-reviews-api';
import { formatDate } from '../../../lib/format';
import { ACTION_STATUS_COLOR, ACTION_STATUS_LABEL } from '../../actions';

/** The SLA's actions still open: the review follows them up (8.3.3 asks for it). */
export function OpenActionsList({ actions, slaId }: { actions: ActionSummary[]; slaId: number }) {
  if (actions.length === 0) return null;
  return (
    <div>
      <Text size="sm" fw={600} mb={4}>
        Open actions of this SLA ({actions.length}) ·{' '}
        <Anchor component={Link} href={`/actions?sla=${slaId}`} size="sm">
          follow them up in Actions
        </Anchor>
      </Text>
      <List size="sm" spacing={4} aria-label="Open actions">
        {actions.map((action) => (
          <List.Item key={action.id}>
            <Group gap={6} wrap="wrap">
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {action.title}
              </Text>
              <Badge size="xs" variant="light" color={ACTION_STATUS_COLOR[action.status]}>
                {ACTION_STATUS_LABEL[action.status]}
              </Badge>
              <Text size="xs" c={action.overdue ? 'red' : 'dimmed'} fw={action.overdue ? 600 : undefined}>
                {action.ownerName ?? 'no owner'} · due {formatDate(action.dueDate)}
                {action.overdue ? ' · overdue' : ''}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
