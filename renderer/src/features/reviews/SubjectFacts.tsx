import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'wouter';
import type { ReviewSubject } from '../../../../shared/api/reviews-api';
import { describeDue, formatDate } from '../../lib/format';
import { KIND_COLOR, STATE_COLOR, STATE_LABEL, STATUS_COLOR, STATUS_LABEL, kindLabel, outcomeLabel, subjectPath } from './review-labels';

const REVIEWER = 'Reviewer';
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A fact as text: dates in the locale's format like everywhere else, nothing as a dash. */
function factText(value: string | number | null): string {
  if (value === null || value === '') return '—';
  return typeof value === 'string' && CALENDAR_DATE.test(value) ? formatDate(value) : String(value);
}

/**
 * The facts with the reviewer the policy's rule suggests, right after the owner (who stays a fact
 * of its own: under a person or role rule they differ). The reviewer is shown, not snapshotted:
 * the record keeps who actually reviewed.
 */
function withReviewer(subject: ReviewSubject): Array<[string, string | number | null]> {
  const entries: Array<[string, string | number | null]> = Object.entries(subject.facts).filter(([label]) => label !== REVIEWER);
  const owner = entries.findIndex(([label]) => label === 'Owner');
  entries.splice(owner === -1 ? entries.length : owner + 1, 0, [REVIEWER, subject.reviewerName]);
  return entries;
}

/** The subject's key facts (what the review's snapshot will keep), its schedule and its past reviews. */
export function SubjectFacts({ subject }: { subject: ReviewSubject }) {
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" mb="xs" wrap="nowrap">
          <Title order={3} size="h4">
            Key facts
          </Title>
          <Badge variant="light" color={KIND_COLOR[subject.kind]}>
            {kindLabel(subject.kind)}
          </Badge>
        </Group>
        <Text size="sm" mb="sm">
          Due {subject.dueOn ? `${formatDate(subject.dueOn)} (${describeDue(subject.dueOn)})` : 'not planned'}
          {subject.state && (
            <Badge ml="xs" size="sm" variant="light" color={STATE_COLOR[subject.state]}>
              {STATE_LABEL[subject.state]}
            </Badge>
          )}
          <br />
          Reviewed every {subject.cadenceMonths} {subject.cadenceMonths === 1 ? 'month' : 'months'} under the review policy ·{' '}
          <Anchor component={Link} href={subjectPath(subject.kind, subject.id)} size="sm">
            Open its page
          </Anchor>
        </Text>
        <Table verticalSpacing={4} aria-label="Key facts">
          <Table.Tbody>
            {withReviewer(subject).map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Td w="45%">
                  <Text size="sm" c="dimmed">
                    {label}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {label === REVIEWER ? (
                    <>
                      <Text size="sm">{subject.reviewerName ?? 'Nobody fits the rule'}</Text>
                      <Text size="xs" c="dimmed">
                        Review policy: {subject.reviewerRule}
                      </Text>
                    </>
                  ) : (
                    <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                      {factText(value)}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={3} size="h4" mb="xs">
          Past reviews
        </Title>
        {subject.history.length === 0 ? (
          <Text size="sm" c="dimmed">
            None recorded yet.
          </Text>
        ) : (
          <Stack gap="xs">
            {subject.history.map((record) => (
              <div key={record.id}>
                <Group gap="xs">
                  <Text size="sm" fw={600}>
                    {formatDate(record.reviewedOn)}
                  </Text>
                  <Text size="sm">{outcomeLabel(record.outcome)}</Text>
                  <Badge size="xs" variant="light" color={STATUS_COLOR[record.status]}>
                    {STATUS_LABEL[record.status]}
                  </Badge>
                  {record.daysLate > 0 && (
                    <Text size="xs" c="red">
                      {record.daysLate} days late
                    </Text>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {record.reviewerName ?? 'Unknown reviewer'}
                  {record.plannedOn ? ` · planned ${formatDate(record.plannedOn)}` : ''}
                  {record.nextReviewDate ? ` · next ${formatDate(record.nextReviewDate)}` : ''}
                  {record.decisions.map((d) => ` · ${d.decision} by ${d.decidedByName}${d.comment ? `: “${d.comment}”` : ''}`).join('')}
                </Text>
              </div>
            ))}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
