import { Badge, Button, EmptyState, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import type { ReviewRecord } from '../../../../shared/api/reviews-api';
import { formatDate } from '../../lib/format';
import { TruncatedText } from '../../ui/TruncatedText';
import { DecisionModal } from './DecisionModal';
import { KIND_COLOR, kindLabel, recordedOutcome } from './review-labels';

/** Reviews waiting for approval that this person may decide (never their own), with approve and reject. */
export function ApprovalsPanel({ records, canDecide }: { records: ReviewRecord[]; canDecide: boolean }) {
  const [deciding, setDeciding] = useState<{ record: ReviewRecord; decision: 'approved' | 'rejected' } | null>(null);
  return (
    <Paper withBorder radius="md" p="md" mb="lg">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          Waiting for approval
        </Title>
        {records.length > 0 && (
          <Badge color="blue" variant="light">
            {records.length}
          </Badge>
        )}
      </Group>
      {records.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconChecks size={28} />}
          withIndicatorBackground
          title="Nothing waits for approval"
          description="Outcomes the review policy sends for approval appear here for their approver."
          py="md"
        />
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs" layout="fixed" aria-label="Waiting for approval">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={90}>Kind</Table.Th>
                <Table.Th>Subject</Table.Th>
                <Table.Th w={190}>Outcome</Table.Th>
                <Table.Th w={170}>Requested by</Table.Th>
                <Table.Th w={110}>Done on</Table.Th>
                {canDecide && <Table.Th w={190} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.map((record) => (
                <Table.Tr key={record.id}>
                  <Table.Td>
                    <Badge variant="light" color={KIND_COLOR[record.subjectKind]} size="sm">
                      {kindLabel(record.subjectKind)}
                    </Badge>
                  </Table.Td>
                  <Table.Td maw={0}>
                    <TruncatedText size="sm">
                      {record.subjectCode === record.subjectTitle ? record.subjectCode : `${record.subjectCode} · ${record.subjectTitle}`}
                    </TruncatedText>
                    {record.notes && (
                      <TruncatedText size="xs" c="dimmed">
                        {record.notes}
                      </TruncatedText>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{recordedOutcome(record)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <TruncatedText size="sm">{record.requestedByName ?? record.reviewerName ?? '—'}</TruncatedText>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDate(record.reviewedOn)}</Text>
                  </Table.Td>
                  {canDecide && (
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Button size="xs" color="green" variant="light" onClick={() => setDeciding({ record, decision: 'approved' })}>
                          Approve
                        </Button>
                        <Button size="xs" color="red" variant="subtle" onClick={() => setDeciding({ record, decision: 'rejected' })}>
                          Reject
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <DecisionModal record={deciding?.record ?? null} decision={deciding?.decision ?? 'approved'} onClose={() => setDeciding(null)} />
    </Paper>
  );
}
