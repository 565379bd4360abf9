import { Anchor, Badge, EmptyState, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { Link } from 'wouter';
import type { DashboardSummary, DueReview } from '../../../../shared/api/overview-api';
import { pathForRecord } from '../../app/screens';
import { describeDue, formatDate } from '../../lib/format';
import { TruncatedText } from '../../ui/TruncatedText';

const KIND_LABEL: Record<DueReview['kind'], string> = { service: 'Service', sla: 'SLA', risk: 'Risk' };
const KIND_COLOR: Record<DueReview['kind'], string> = { service: 'indigo', sla: 'cyan', risk: 'orange' };

/**
 * Services, SLAs and risks whose review date has passed or falls within 30 days, soonest first.
 * In a narrow window the table scrolls sideways rather than squeezing titles to nothing.
 */
export function ReviewsDue({ reviews }: { reviews: DashboardSummary['reviews'] }) {
  const total = reviews.overdue + reviews.dueSoon;
  return (
    <Paper withBorder radius="md" p="md">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={3} size="h4">
          Reviews due
        </Title>
        {total > 0 && (
          <Group gap="xs">
            {reviews.overdue > 0 && (
              <Badge color="red" variant="light">
                {reviews.overdue} overdue
              </Badge>
            )}
            <Badge color="gray" variant="light">
              {reviews.dueSoon} within 30 days
            </Badge>
          </Group>
        )}
      </Group>
      {total === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconCalendarCheck size={28} />}
          withIndicatorBackground
          title="Nothing due in the next 30 days"
          description="No service, SLA or risk has a review date that has passed or falls within the next 30 days."
          py="lg"
        />
      ) : (
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="xs" highlightOnHover layout="fixed" aria-label="Reviews due">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={170}>Due</Table.Th>
                <Table.Th w={90}>Kind</Table.Th>
                <Table.Th w={130}>Code</Table.Th>
                <Table.Th>Title</Table.Th>
                <Table.Th w={190}>Owner</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reviews.items.map((item) => (
                <Table.Tr key={`${item.kind}-${item.id}`} data-overdue={item.overdue || undefined}>
                  {/* A red edge marks overdue rows without turning a long list into a red wall. */}
                  <Table.Td style={item.overdue ? { boxShadow: 'inset 3px 0 0 var(--mantine-color-red-6)' } : undefined}>
                    <Text size="sm" c={item.overdue ? 'red' : undefined} fw={item.overdue ? 600 : undefined}>
                      {formatDate(item.dueDate)}
                    </Text>
                    <Text size="xs" c={item.overdue ? 'red' : 'dimmed'}>
                      {describeDue(item.dueDate)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={KIND_COLOR[item.kind]} size="sm">
                      {KIND_LABEL[item.kind]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                      {item.code ?? '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td maw={0}>
                    <Anchor component={Link} href={pathForRecord(item.kind, item.id)} size="sm" display="block" style={{ minWidth: 0 }}>
                      <TruncatedText size="sm" inherit>
                        {item.title}
                      </TruncatedText>
                    </Anchor>
                  </Table.Td>
                  <Table.Td maw={0}>
                    <TruncatedText size="sm" c={item.ownerName ? undefined : 'dimmed'}>
                      {item.ownerName ?? 'No owner'}
                    </TruncatedText>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {reviews.items.length < total && (
            <Text size="xs" c="dimmed" mt="xs">
              Showing the first {reviews.items.length} of {total}. The Reviews screen will list them all.
            </Text>
          )}
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
