import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { ActionSummary } from '../../../../shared/api/sla-reviews-api';
import { describeDue, formatDate } from '../../lib/format';
import { ActionLinks } from './ActionLinks';
import { ACTION_STATUS_COLOR, ACTION_STATUS_LABEL } from './action-labels';

function Due({ action }: { action: ActionSummary }) {
  if (!action.dueDate) {
    return (
      <Text size="sm" c="dimmed">
        No due date
      </Text>
    );
  }
  const finished = action.status === 'done' || action.status === 'cancelled';
  return (
    <>
      <Text size="sm" c={action.overdue ? 'red' : undefined} fw={action.overdue ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
        {formatDate(action.dueDate)}
      </Text>
      <Text size="xs" c={action.overdue ? 'red' : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
        {action.status === 'done' ? `done ${formatDate(action.completedOn)}` : finished ? 'cancelled' : describeDue(action.dueDate)}
      </Text>
    </>
  );
}

/** Actions by due date; overdue ones carry a red edge and red dates, and the title opens the action. */
export function ActionsTable({ rows, onOpen }: { rows: ActionSummary[]; onOpen: (action: ActionSummary) => void }) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label="Actions" verticalSpacing="sm" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={140}>Due</Table.Th>
            <Table.Th>Action</Table.Th>
            <Table.Th w={120}>Status</Table.Th>
            <Table.Th w={170}>Owner</Table.Th>
            <Table.Th w={280}>Raised for</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((action) => (
            <Table.Tr key={action.id} data-overdue={action.overdue || undefined}>
              {/* A red edge marks overdue rows without turning a long list into a red wall. */}
              <Table.Td style={action.overdue ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-red-6)' } : undefined}>
                <Due action={action} />
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Anchor component="button" type="button" fw={600} size="sm" ta="left" onClick={() => onOpen(action)}>
                  {action.title}
                </Anchor>
                {action.progressNotes ? (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    Progress: {action.progressNotes}
                  </Text>
                ) : action.description ? (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {action.description}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={ACTION_STATUS_COLOR[action.status]} miw="max-content">
                  {ACTION_STATUS_LABEL[action.status]}
                </Badge>
                {action.overdue && (
                  <Badge variant="filled" color="red" size="xs" display="block" mt={4} w="max-content">
                    Overdue
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={action.ownerName ? undefined : 'dimmed'}>
                  {action.ownerName ?? 'No owner'}
                </Text>
              </Table.Td>
              <Table.Td>
                <ActionLinks action={action} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
