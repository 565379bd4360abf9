import { Badge, EmptyState, Paper, Table, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import type { ReviewRecord } from '../../../../shared/api/reviews-api';
import { formatDate } from '../../lib/format';
import { TruncatedText } from '../../ui/TruncatedText';
import { KIND_COLOR, STATUS_COLOR, STATUS_LABEL, kindLabel, recordedOutcome } from './review-labels';

/** Reviews done in the last 30 days, newest first: planned vs done, outcome, status. */
export function RecentReviews({ records }: { records: ReviewRecord[] }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={3} size="h4" mb="sm">
        Recently done
      </Title>
      {records.length === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconHistory size={28} />}
          withIndicatorBackground
          title="No reviews in the last 30 days"
          description="Completed reviews are listed here for a month."
          py="md"
        />
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table verticalSpacing="xs" layout="fixed" aria-label="Recently done">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={110}>Done on</Table.Th>
                <Table.Th w={90}>Kind</Table.Th>
                <Table.Th>Subject</Table.Th>
                <Table.Th w={180}>Outcome</Table.Th>
                <Table.Th w={170}>Reviewer</Table.Th>
                <Table.Th w={170}>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.map((record) => (
                <Table.Tr key={record.id}>
                  <Table.Td>
                    <Text size="sm">{formatDate(record.reviewedOn)}</Text>
                    {record.daysLate > 0 && (
                      <Text size="xs" c="red">
                        {record.daysLate} days late
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={KIND_COLOR[record.subjectKind]} size="sm">
                      {kindLabel(record.subjectKind)}
                    </Badge>
                  </Table.Td>
                  <Table.Td maw={0}>
                    <TruncatedText size="sm">
                      {record.subjectCode === record.subjectTitle ? record.subjectCode : `${record.subjectCode} · ${record.subjectTitle}`}
                    </TruncatedText>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{recordedOutcome(record)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <TruncatedText size="sm">{record.reviewerName ?? '—'}</TruncatedText>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLOR[record.status]} size="sm">
                      {STATUS_LABEL[record.status]}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
