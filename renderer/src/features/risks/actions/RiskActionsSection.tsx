import { Badge, Button, Group, Paper, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { Person } from '../../../../../shared/api/people-api';
import type { RiskAction } from '../../../../../shared/api/risks-api';
import { useApiAction } from '../../../api/use-api-action';
import { useApiQuery } from '../../../api/use-api-query';
import { describeDue, formatDate, plural } from '../../../lib/format';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { ConfirmDeleteModal } from '../../../ui/ConfirmDeleteModal';
import { RowActions } from '../../../ui/RowActions';
import { ACTION_STATUS_COLOUR, ACTION_STATUS_LABEL } from '../common/risk-labels';
import { ACTION_FIELD_LABELS as LABEL } from '../../../../../shared/entity/action-entity';
import { RiskActionFormModal } from './RiskActionFormModal';

interface RiskActionsSectionProps {
  risk: { id: number; code: string; ownerId: number | null };
  people: Person[];
}

type Dialog = { kind: 'form'; action: RiskAction | null } | { kind: 'delete'; action: RiskAction } | null;

function Due({ action }: { action: RiskAction }) {
  if (!action.dueDate) {
    return (
      <Text size="sm" c="dimmed">
        No date
      </Text>
    );
  }
  const closed = action.status === 'done' || action.status === 'cancelled';
  return (
    <Stack gap={0}>
      <Text size="sm" c={action.overdue ? 'red' : undefined} fw={action.overdue ? 600 : undefined} style={{ whiteSpace: 'nowrap' }}>
        {action.overdue && <IconAlertTriangle size={13} style={{ verticalAlign: -2, marginRight: 3 }} aria-hidden />}
        {formatDate(action.dueDate)}
      </Text>
      {!closed && (
        <Text size="xs" c={action.overdue ? 'red' : 'dimmed'}>
          {describeDue(action.dueDate)}
        </Text>
      )}
    </Stack>
  );
}

/** The risk's treatment actions: who does what by when, overdue ones in red; add, edit, delete. */
export function RiskActionsSection({ risk, people }: RiskActionsSectionProps) {
  const actions = useApiQuery('riskActions.list', { riskId: risk.id });
  const [dialog, setDialog] = useState<Dialog>(null);
  const remove = useApiAction('riskActions.delete', {
    success: ({ deleted }) => `Deleted the action "${deleted.title}"`,
    failure: null /* the dialog shows the refusal */,
  });
  const close = () => setDialog(null);
  const rows = actions.data?.rows ?? [];
  const overdue = rows.filter((action) => action.overdue).length;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="risk-actions-title">
      <Group justify="space-between" mb="sm">
        <Group gap="sm">
          <Title order={3} size="h4" id="risk-actions-title">
            Treatment actions
          </Title>
          {overdue > 0 && (
            <Badge color="red" variant="light" tt="none">
              {plural(overdue, 'overdue action')}
            </Badge>
          )}
        </Group>
        <Button size="sm" variant="light" leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'form', action: null })}>
          Add action
        </Button>
      </Group>
      {actions.error && !actions.data ? (
        <ErrorPanel title="The actions could not be loaded" error={actions.error} onRetry={actions.reload} />
      ) : !actions.data ? (
        <Skeleton height={80} />
      ) : rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No treatment actions yet. Add what will be done to bring the risk to its target, with an owner and a due date.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="xs" aria-label="Treatment actions" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{LABEL.title}</Table.Th>
                <Table.Th w={150}>{LABEL.ownerId}</Table.Th>
                <Table.Th w={130}>{LABEL.dueDate}</Table.Th>
                <Table.Th w={120}>{LABEL.status}</Table.Th>
                <Table.Th>{LABEL.progressNotes}</Table.Th>
                <Table.Th w={72}>
                  <VisuallyHidden>Edit or delete</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((action) => (
                <Table.Tr key={action.id} data-overdue={action.overdue || undefined}>
                  <Table.Td>
                    <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                      {action.title}
                    </Text>
                    {action.description && (
                      <Text size="xs" c="dimmed" lineClamp={2} title={action.description}>
                        {action.description}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={action.ownerName ? undefined : 'dimmed'} lineClamp={1}>
                      {action.ownerName ?? 'Nobody'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Due action={action} />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={4} align="flex-start">
                      <Badge variant="light" color={ACTION_STATUS_COLOUR[action.status]} tt="none">
                        {ACTION_STATUS_LABEL[action.status]}
                      </Badge>
                      {action.overdue && (
                        <Badge color="red" variant="filled" size="xs" tt="none">
                          Overdue
                        </Badge>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      c={action.progressNotes ? undefined : 'dimmed'}
                      lineClamp={3}
                      title={action.progressNotes || undefined}
                      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
                    >
                      {action.progressNotes || 'No notes'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <RowActions name={action.title} onEdit={() => setDialog({ kind: 'form', action })} onDelete={() => setDialog({ kind: 'delete', action })} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog?.kind === 'form' && (
        <RiskActionFormModal riskId={risk.id} riskCode={risk.code} action={dialog.action} people={people} defaultOwnerId={risk.ownerId} onClose={close} />
      )}
      {dialog?.kind === 'delete' && (
        <ConfirmDeleteModal
          title={`Delete the action "${dialog.action.title}"?`}
          confirmLabel="Delete action"
          running={remove.running}
          onConfirm={() => remove.run({ id: dialog.action.id })}
          onClose={close}
        >
          Only open actions can be deleted; done and cancelled ones are kept as evidence of the treatment. The audit trail keeps a copy.
        </ConfirmDeleteModal>
      )}
    </Paper>
  );
}
