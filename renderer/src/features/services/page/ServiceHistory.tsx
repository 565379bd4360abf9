import { Button, Group, Paper, Skeleton, Table, Text, Timeline, Title } from '@mantine/core';
import { IconEdit, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import type { AuditEntry } from '../../../../../shared/api/audit-api';
import { useApiQuery } from '../../../api/use-api-query';
import { formatDateTime } from '../../../lib/format';
import { ErrorPanel } from '../../errors/ErrorPanel';
import { fieldChanges } from './history-changes';

const PAGE = 20;

const ACTION = {
  create: { icon: IconPlus, color: 'teal', verb: 'Created' },
  update: { icon: IconEdit, color: 'blue', verb: 'Changed' },
  delete: { icon: IconTrash, color: 'red', verb: 'Deleted' },
} as const;

function Changes({ entry, personName }: { entry: AuditEntry; personName: (id: number) => string | undefined }) {
  const changes = fieldChanges(entry.before, entry.after, personName);
  if (entry.action !== 'update') return null;
  if (changes.length === 0)
    return (
      <Text size="sm" c="dimmed">
        Saved without changes.
      </Text>
    );
  return (
    <Table fz="sm" verticalSpacing={4} layout="fixed" withRowBorders={false} mt={4} aria-label={`Changes on ${formatDateTime(entry.at)}`}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={130}>Field</Table.Th>
          <Table.Th>Before</Table.Th>
          <Table.Th>After</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.field}>
            <Table.Td c="dimmed">{change.label}</Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={3} td={change.before === '—' ? undefined : 'line-through'} c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {change.before}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
                {change.after}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The record's own audit trail: who changed what, when, with before and after. */
export function ServiceHistory({ serviceId }: { serviceId: number }) {
  const [limit, setLimit] = useState(PAGE);
  const history = useApiQuery('audit.list', { entity: 'service', entityId: String(serviceId), limit });
  const people = useApiQuery('people.list', { includeInactive: true });
  const names = new Map((people.data ?? []).map((person) => [person.id, person.name]));
  const personName = (id: number) => names.get(id);
  const entries = history.data?.entries ?? [];

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="history-title">
      <Title order={3} size="h4" id="history-title" mb="md">
        History
      </Title>
      {history.data ? (
        entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            No recorded changes.
          </Text>
        ) : (
          <>
            <Timeline bulletSize={26} lineWidth={2}>
              {entries.map((entry) => {
                const action = ACTION[entry.action];
                const Icon = action.icon;
                return (
                  <Timeline.Item
                    key={entry.id}
                    bullet={<Icon size={14} />}
                    color={action.color}
                    title={
                      <Group gap="xs" wrap="wrap">
                        <Text size="sm" fw={600}>
                          {action.verb} by {entry.actorName}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {formatDateTime(entry.at)}
                        </Text>
                      </Group>
                    }
                  >
                    <Changes entry={entry} personName={personName} />
                  </Timeline.Item>
                );
              })}
            </Timeline>
            {history.data.nextBeforeId !== null && (
              <Button variant="default" size="xs" mt="md" onClick={() => setLimit((value) => Math.min(500, value + PAGE * 2))} loading={history.loading}>
                Show older changes
              </Button>
            )}
          </>
        )
      ) : history.error ? (
        <ErrorPanel title="The history could not be loaded" error={history.error} onRetry={history.reload} withBorder={false} p={0} />
      ) : (
        <Skeleton height={120} />
      )}
    </Paper>
  );
}
