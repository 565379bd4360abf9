import { Badge, Table, Text } from '@mantine/core';
import type { SyncLogEntry } from '../../../../../shared/team/team-types';
import { formatDateTime } from '../../../lib/format';
import { fieldWords, tableWords } from '../team-words';

const DIRECTION = { sent: 'Sent', received: 'Received', waiting: 'Waiting' } as const;
const OUTCOME = {
  applied: { label: 'Applied', color: 'teal' },
  conflict: { label: 'Conflict', color: 'red' },
  renamed: { label: 'Renamed', color: 'yellow' },
  waiting: { label: 'Waiting', color: 'gray' },
  skipped: { label: 'Skipped', color: 'orange' },
} as const;

/** One row per change: when, which way, who, which record and field, what became of it and why. */
export function SyncLogTable({ entries }: { entries: SyncLogEntry[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label="Sync log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Direction</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th miw={170}>Record</Table.Th>
            <Table.Th>Field</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry, index) => (
            <Table.Tr key={entry.seq === null ? `waiting-${index}` : `${entry.seq}-${entry.table}-${entry.field}-${index}`}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </Table.Td>
              <Table.Td>{DIRECTION[entry.direction]}</Table.Td>
              <Table.Td>{entry.actor}</Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'break-word' }}>
                  <Text span size="xs" c="dimmed">
                    {tableWords(entry.table)}
                  </Text>{' '}
                  {entry.recordLabel}
                </Text>
              </Table.Td>
              <Table.Td>{fieldWords(entry.field)}</Table.Td>
              <Table.Td>
                {/* The label never shortens to "APPLI…": the column takes the word's width instead. */}
                <Badge variant="light" color={OUTCOME[entry.outcome].color} styles={{ label: { overflow: 'visible' } }}>
                  {OUTCOME[entry.outcome].label}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c={entry.note ? undefined : 'dimmed'} style={{ overflowWrap: 'break-word' }}>
                  {entry.note ?? '—'}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
