import { Anchor, Button, Group, Paper, Skeleton, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'wouter';
import type { SlaReview } from '../../../../../shared/api/sla-reviews-api';
import { useApiQuery } from '../../../api/use-api-query';
import { formatDate } from '../../../lib/format';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { periodLabel } from '../common/SlaBadges';
import { PastReviewModal } from './PastReviewModal';
import { outcomeShort } from './review-labels';

/** The SLA page's record of reviews (ISO/IEC 20000-1 8.3.3), newest first; each opens as it was recorded. */
export function PastReviews({ slaId }: { slaId: number }) {
  const reviews = useApiQuery('slaReviews.list', { slaId });
  const [open, setOpen] = useState<SlaReview | null>(null);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Reviews">
      <Group justify="space-between" mb="xs">
        <Title order={3}>Reviews</Title>
        <Button component={Link} href={`/slas/${slaId}/review`} variant="subtle" size="compact-sm">
          Record a review
        </Button>
      </Group>
      {reviews.error && !reviews.data ? (
        <ErrorPanel title="The reviews could not be loaded" error={reviews.error} onRetry={reviews.reload} withBorder={false} />
      ) : !reviews.data ? (
        <Skeleton height={80} aria-busy="true" />
      ) : reviews.data.length === 0 ? (
        <Text c="dimmed" size="sm">
          This SLA has not been reviewed yet. ISO/IEC 20000-1 asks for SLAs to be reviewed at planned intervals:{' '}
          <Anchor component={Link} href={`/slas/${slaId}/review`} size="sm">
            record the first review
          </Anchor>
          .
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label="Past reviews" verticalSpacing="xs" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Reviewed on</Table.Th>
                <Table.Th>Month</Table.Th>
                <Table.Th>Reviewer</Table.Th>
                <Table.Th>Outcome</Table.Th>
                <Table.Th>Actions raised</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Read</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reviews.data.map((review) => (
                <Table.Tr key={review.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(review.reviewedOn)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{review.period ? periodLabel(review.period) : '—'}</Table.Td>
                  <Table.Td>{review.reviewerName ?? '—'}</Table.Td>
                  <Table.Td>{outcomeShort(review.outcome)}</Table.Td>
                  <Table.Td>
                    {review.actions.length === 0 ? (
                      <Text span size="sm" c="dimmed">
                        None
                      </Text>
                    ) : (
                      review.actions.length
                    )}
                  </Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <Button
                      size="compact-sm"
                      variant="light"
                      onClick={() => setOpen(review)}
                      aria-label={`Read the review of ${formatDate(review.reviewedOn)}`}
                    >
                      Read
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {open && <PastReviewModal review={open} onClose={() => setOpen(null)} />}
    </Paper>
  );
}
