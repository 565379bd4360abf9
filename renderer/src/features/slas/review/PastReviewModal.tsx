import { Anchor, Badge, Group, Modal, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { SlaReview } from '../../../../../shared/api/sla-reviews-api';
import { formatDate } from '../../../lib/format';
import { ACTION_STATUS_COLOR, ACTION_STATUS_LABEL } from '../../actions';
import { periodLabel } from '../common/SlaBadges';
import { ReviewTable, windowText } from './ReviewTable';
import { outcomeShort } from './review-labels';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}

function Written({ label, text }: { label: string; text: string }) {
  return (
    <Fact label={label}>
      {text.trim() ? (
        text
      ) : (
        <Text span size="sm" c="dimmed">
          None recorded
        </Text>
      )}
    </Fact>
  );
}

/** A recorded review read back: the table as it stood that day, what was said and decided, the actions raised. */
export function PastReviewModal({ review, onClose }: { review: SlaReview; onClose: () => void }) {
  const { snapshot } = review;
  const period = review.period;
  return (
    <Modal opened onClose={onClose} size="80rem" title={`${review.slaCode} review of ${periodLabel(period)}`}>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md">
          <Fact label="Reviewed on">{formatDate(review.reviewedOn)}</Fact>
          <Fact label="Reviewer">{review.reviewerName ?? '—'}</Fact>
          <Fact label="Outcome">{outcomeShort(review.outcome)}</Fact>
          <Fact label="Next review">{formatDate(review.nextReviewDate)}</Fact>
        </SimpleGrid>
        {snapshot ? (
          <Stack gap="sm">
            <Title order={4}>Targets against actuals · {windowText(snapshot.window)}</Title>
            {snapshot.targets.length > 0 ? (
              <ReviewTable label="Targets" lines={snapshot.targets} period={period} window={snapshot.window} levelHeading="Target" />
            ) : (
              <Text size="sm" c="dimmed">
                No service level targets.
              </Text>
            )}
            {snapshot.workload.length > 0 && (
              <ReviewTable label="Workload" lines={snapshot.workload} period={period} window={snapshot.window} levelHeading="Limit" />
            )}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            This review was recorded without the table of results (it predates recorded SLA reviews).
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <Written label="Exceptions that applied" text={review.exceptionsApplied} />
          <Written label="Customer comments" text={review.customerComments} />
          <Written label="Notes" text={review.notes} />
        </SimpleGrid>
        <Stack gap="xs">
          <Title order={4}>Improvement actions raised</Title>
          {review.actions.length === 0 ? (
            <Text size="sm" c="dimmed">
              None.
            </Text>
          ) : (
            <Table aria-label="Actions raised" verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Action</Table.Th>
                  <Table.Th>Owner</Table.Th>
                  <Table.Th>Due</Table.Th>
                  <Table.Th>Status now</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {review.actions.map((action) => (
                  <Table.Tr key={action.id}>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{action.title}</Table.Td>
                    <Table.Td>{action.ownerName ?? '—'}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Text size="sm" c={action.overdue ? 'red' : undefined}>
                        {formatDate(action.dueDate)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={ACTION_STATUS_COLOR[action.status]} miw="max-content">
                        {ACTION_STATUS_LABEL[action.status]}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {review.actions.length > 0 && (
            <Group>
              <Anchor component={Link} href={`/actions?sla=${review.slaId}`} size="sm" onClick={onClose}>
                Follow up in Actions
              </Anchor>
            </Group>
          )}
        </Stack>
      </Stack>
    </Modal>
  );
}
