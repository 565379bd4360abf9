import { Anchor, Badge, Button, EmptyState, Paper, Skeleton, Stack, Table, Text } from '@mantine/core';
import { IconPlus, IconPresentationAnalytics } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { STATUS_LABELS } from '../../../../shared/management-review/review-entity';
import { useApiQuery } from '../../api/use-api-query';
import { formatDate } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { ReviewFormModal } from './ReviewFormModal';
import { STATUS_COLOURS } from './review-labels';

/** `#/management-review`: the management reviews (ISO/IEC 20000-1 9.3), newest period first. */
export function ManagementReviewsScreen() {
  const reviews = useApiQuery('managementReviews.list', {});
  const people = useApiQuery('people.list', { includeInactive: true });
  const [creating, setCreating] = useState(false);
  const [, navigate] = useLocation();
  const rows = reviews.data ?? [];
  return (
    <Stack gap="md">
      <PageHeader
        title="Management review"
        description="Top management's review of the service management system (ISO/IEC 20000-1 9.3): every input compiled from the workspace, decisions tracked as actions, frozen when held, and the pack as PDF, Word or Excel."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            Plan a review
          </Button>
        }
      />
      {reviews.error ? <ErrorPanel error={reviews.error} onRetry={reviews.reload} /> : null}
      {reviews.loading && !reviews.data ? (
        <Skeleton h={160} />
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<IconPresentationAnalytics size={32} />}
          withIndicatorBackground
          title="No management reviews yet"
          description="Plan the first one: its inputs are compiled from the services, SLAs, suppliers and risks already here."
          py={48}
        />
      ) : (
        <Paper withBorder>
          <Table highlightOnHover aria-label="Management reviews">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Review</Table.Th>
                <Table.Th>Period</Table.Th>
                <Table.Th>Meeting</Table.Th>
                <Table.Th>Chair</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Decisions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} href={`/management-review/${r.id}`} fw={600}>
                      {r.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {formatDate(r.periodFrom)} – {formatDate(r.periodTo)}
                  </Table.Td>
                  <Table.Td>
                    {r.meetingDate ? (
                      formatDate(r.meetingDate)
                    ) : (
                      <Text span c="dimmed" size="sm">
                        Not set
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{r.chairName ?? '—'}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOURS[r.status]} variant="light">
                      {STATUS_LABELS[r.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{r.decisions}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      {creating && (
        <ReviewFormModal review={null} people={people.data ?? []} onClose={() => setCreating(false)} onSaved={(id) => navigate(`/management-review/${id}`)} />
      )}
    </Stack>
  );
}
