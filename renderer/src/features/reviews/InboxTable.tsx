import { Badge, Button, Checkbox, EmptyState, Group, Pagination, Paper, Table, Text, Title } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { useLocation } from 'wouter';
import type { InboxItem } from '../../../../shared/api/reviews-api';
import { describeDue, formatDate } from '../../lib/format';
import { TruncatedText } from '../../ui/TruncatedText';
import { KIND_COLOR, STATE_COLOR, STATE_LABEL, kindLabel, reviewFormPath } from './review-labels';

export const INBOX_PAGE_SIZE = 100;

interface InboxTableProps {
  rows: InboxItem[];
  total: number;
  page: number;
  onPage: (page: number) => void;
  showReviewer: boolean;
  /** Keys (`inboxKey`) of the rows chosen for bulk completion. */
  selected: ReadonlySet<string>;
  onSelect: (keys: Set<string>) => void;
  onCompleteSelected: () => void;
}

export const inboxKey = (item: Pick<InboxItem, 'kind' | 'subjectId'>) => `${item.kind}-${item.subjectId}`;

/**
 * The reviews due, most urgent first, one page (100 rows) at a time: the server pages, so a
 * register of 100,000 risks shows its first rows as fast as its last. A row opens the review form.
 */
export function InboxTable({ rows, total, page, onPage, showReviewer, selected, onSelect, onCompleteSelected }: InboxTableProps) {
  const [, navigate] = useLocation();
  const pages = Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE));
  const chosenHere = rows.filter((item) => selected.has(inboxKey(item))).length;
  const toggle = (key: string) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    onSelect(next);
  };
  const toggleAll = () => onSelect(chosenHere === rows.length ? new Set() : new Set(rows.map(inboxKey)));
  return (
    <Paper withBorder radius="md" p="md" mb="lg">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          Due
        </Title>
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {total.toLocaleString('en-GB')} {total === 1 ? 'review' : 'reviews'} overdue or due soon
          </Text>
          {selected.size > 0 && (
            <Button size="xs" onClick={onCompleteSelected}>
              Complete {selected.size} selected
            </Button>
          )}
        </Group>
      </Group>
      {total === 0 ? (
        <EmptyState
          size="sm"
          icon={<IconCalendarCheck size={28} />}
          withIndicatorBackground
          title="Nothing due"
          description="No review is overdue or due soon for this selection. Reviews appear here as their due dates come near."
          py="lg"
        />
      ) : (
        <>
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="xs" highlightOnHover layout="fixed" aria-label="Reviews due">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={40}>
                    <Checkbox
                      aria-label="Choose every review on this page"
                      checked={rows.length > 0 && chosenHere === rows.length}
                      indeterminate={chosenHere > 0 && chosenHere < rows.length}
                      onChange={toggleAll}
                    />
                  </Table.Th>
                  <Table.Th w={110}>State</Table.Th>
                  <Table.Th w={150}>Due</Table.Th>
                  <Table.Th w={90}>Kind</Table.Th>
                  <Table.Th w={120}>Code</Table.Th>
                  <Table.Th>Title</Table.Th>
                  <Table.Th w={90}>Band</Table.Th>
                  {showReviewer && <Table.Th w={170}>Reviewer</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((item) => {
                  const late = item.state === 'overdue' || item.state === 'escalated';
                  return (
                    <Table.Tr
                      key={inboxKey(item)}
                      data-state={item.state}
                      style={{ cursor: 'pointer' }}
                      tabIndex={0}
                      onClick={() => navigate(reviewFormPath(item.kind, item.subjectId))}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter') navigate(reviewFormPath(item.kind, item.subjectId));
                      }}
                    >
                      {/* Choosing a row for bulk completion must not open its form. */}
                      <Table.Td onClick={(event) => event.stopPropagation()} onKeyDown={(event) => event.stopPropagation()}>
                        <Checkbox aria-label={`Choose ${item.code}`} checked={selected.has(inboxKey(item))} onChange={() => toggle(inboxKey(item))} />
                      </Table.Td>
                      <Table.Td>
                        <Badge color={STATE_COLOR[item.state]} variant="light" size="sm">
                          {STATE_LABEL[item.state]}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" c={late ? 'red' : undefined} fw={late ? 600 : undefined}>
                          {formatDate(item.dueOn)}
                        </Text>
                        <Text size="xs" c={late ? 'red' : 'dimmed'}>
                          {describeDue(item.dueOn)}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={KIND_COLOR[item.kind]} size="sm">
                          {kindLabel(item.kind)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                          {item.code}
                        </Text>
                      </Table.Td>
                      <Table.Td maw={0}>
                        <TruncatedText size="sm">{item.title}</TruncatedText>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{item.band ?? '—'}</Text>
                      </Table.Td>
                      {showReviewer && (
                        <Table.Td>
                          <TruncatedText size="sm">{item.reviewerName ?? 'No owner'}</TruncatedText>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages > 1 && (
            <Group justify="center" mt="md">
              <Pagination total={pages} value={page} onChange={onPage} size="sm" aria-label="Pages of reviews due" />
            </Group>
          )}
        </>
      )}
    </Paper>
  );
}
