import { ActionIcon, Badge, Code, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useState } from 'react';
import type { AuditEntry } from '../../../../../shared/api/audit-api';
import { formatDateTime } from '../../../lib/format';
import { TruncatedText } from '../../../ui/TruncatedText';
import { changedFields, entityLabel } from './audit-changes';

const ACTION_COLOR: Record<AuditEntry['action'], string> = { create: 'teal', update: 'blue', delete: 'red' };

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={4} style={{ minWidth: 0 }}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      {value === null || value === undefined ? (
        <Text size="sm" c="dimmed">
          (nothing)
        </Text>
      ) : (
        <Code block style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxHeight: 320, overflow: 'auto' }}>
          {JSON.stringify(value, null, 2)}
        </Code>
      )}
    </Stack>
  );
}

/** One change: who, what, when; the before and after values open on demand. */
export function AuditEntryRow({ entry }: { entry: AuditEntry }) {
  const [open, setOpen] = useState(false);
  const changed = entry.action === 'update' ? changedFields(entry.before, entry.after) : [];
  const detailsId = `audit-entry-${entry.id}`;
  return (
    <>
      <Table.Tr>
        <Table.Td>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => setOpen((value) => !value)}
            aria-expanded={open}
            aria-controls={detailsId}
            aria-label={open ? 'Hide before and after' : 'Show before and after'}
          >
            <IconChevronRight size={16} style={{ transform: open ? 'rotate(90deg)' : undefined, transition: 'transform 120ms ease' }} />
          </ActionIcon>
        </Table.Td>
        <Table.Td>
          <Text size="sm">{formatDateTime(entry.at, { seconds: true })}</Text>
        </Table.Td>
        <Table.Td>
          <TruncatedText size="sm" c={entry.actorId === null ? 'dimmed' : undefined}>
            {entry.actorName}
          </TruncatedText>
        </Table.Td>
        <Table.Td>
          <TruncatedText size="sm">{entityLabel(entry.entity, entry.entityId, entry.before, entry.after)}</TruncatedText>
          {changed.length > 0 && (
            <TruncatedText size="xs" c="dimmed">
              {`changed ${changed.join(', ')}`}
            </TruncatedText>
          )}
        </Table.Td>
        <Table.Td>
          <Badge variant="light" color={ACTION_COLOR[entry.action]} size="sm">
            {entry.action}
          </Badge>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr id={detailsId}>
          <Table.Td colSpan={5} px="md" pb="md" pt="xs">
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <JsonBlock label="Before" value={entry.before} />
              <JsonBlock label="After" value={entry.after} />
            </SimpleGrid>
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}
