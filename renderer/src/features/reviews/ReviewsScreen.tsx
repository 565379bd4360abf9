import { Button, Skeleton, Stack } from '@mantine/core';
import { IconCalendarDown } from '@tabler/icons-react';
import { useState } from 'react';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { downloadText } from '../../lib/download-file';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { notifyFailure, notifySuccess } from '../../ui/notify';
import { ApprovalsPanel } from './ApprovalsPanel';
import { BulkCompleteModal } from './BulkCompleteModal';
import { INBOX_PAGE_SIZE, InboxTable, inboxKey } from './InboxTable';
import { InboxFilters, type InboxFilter } from './InboxFilters';
import { RecentReviews } from './RecentReviews';
import { ReviewCounts } from './ReviewCounts';
import { useReviewPerson } from './use-review-person';

/**
 * "My reviews": what is overdue, due this week and due soon, what waits for my approval and what
 * was done lately — for the person I am, someone else, or everyone.
 */
export function ReviewsScreen() {
  const api = useApi();
  const { me, choice, setChoice, personId } = useReviewPerson();
  const [filter, setFilter] = useState<InboxFilter>({ kind: 'all', band: null, serviceId: null });
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkOpen, setBulkOpen] = useState(false);
  const scope = {
    personId,
    ...(filter.kind !== 'all' ? { kinds: [filter.kind] } : {}),
    ...(filter.band ? { band: filter.band } : {}),
    ...(filter.serviceId !== null ? { serviceId: filter.serviceId } : {}),
  };
  const counts = useApiQuery('reviews.counts', scope);
  const inbox = useApiQuery('reviews.inbox', { ...scope, offset: (page - 1) * INBOX_PAGE_SIZE, limit: INBOX_PAGE_SIZE });
  const approvals = useApiQuery('reviews.approvals', { personId });
  const recent = useApiQuery('reviews.recent', { personId, days: 30, limit: 50 });
  const changeFilter = (next: InboxFilter) => {
    setFilter(next);
    setPage(1);
    setSelected(new Set());
  };
  const chosenItems = (inbox.data?.rows ?? []).filter((item) => selected.has(inboxKey(item)));

  const exportCalendar = async () => {
    if (personId === null) return;
    try {
      const ics = await api.call('reviews.ics', { personId });
      downloadText(ics.fileName, ics.text, 'text/calendar');
      notifySuccess('Calendar exported', `${ics.events} review${ics.events === 1 ? '' : 's'} in ${ics.fileName}; import it into Outlook or Google Calendar.`);
    } catch (error) {
      notifyFailure('Could not export the calendar', error);
    }
  };

  const error = counts.error ?? inbox.error;
  return (
    <Stack gap={0}>
      <PageHeader
        title="Reviews"
        description="Reviews at planned intervals (ISO/IEC 20000-1 6.1, 8.2, 8.3.3, 8.3.4): what is late, what is due, what waits for approval."
        actions={
          <Button variant="default" leftSection={<IconCalendarDown size={16} />} disabled={personId === null} onClick={() => void exportCalendar()}>
            Calendar (.ics)
          </Button>
        }
      />
      <InboxFilters
        filter={filter}
        onChange={changeFilter}
        person={choice}
        onPerson={(value) => {
          setChoice(value);
          setPage(1);
          setSelected(new Set());
        }}
        me={me}
      />
      {error ? (
        <ErrorPanel
          title="The reviews could not be loaded"
          error={error}
          onRetry={() => {
            counts.reload();
            inbox.reload();
          }}
        />
      ) : counts.data && inbox.data ? (
        <>
          <ReviewCounts counts={counts.data} />
          <InboxTable
            rows={inbox.data.rows}
            total={inbox.data.total}
            page={page}
            onPage={(next) => {
              setPage(next);
              setSelected(new Set());
            }}
            // Everyone's view, or an approver's inbox holding someone else's escalated review.
            showReviewer={personId === null || inbox.data.rows.some((item) => item.reviewerId !== personId)}
            selected={selected}
            onSelect={setSelected}
            onCompleteSelected={() => setBulkOpen(true)}
          />
          {bulkOpen && (
            <BulkCompleteModal
              items={chosenItems}
              opened
              onClose={() => setBulkOpen(false)}
              onDone={() => {
                setBulkOpen(false);
                setSelected(new Set());
              }}
            />
          )}
        </>
      ) : (
        <Stack aria-busy="true" aria-label="Loading the reviews" mb="lg">
          <Skeleton height={96} radius="md" />
          <Skeleton height={320} radius="md" />
        </Stack>
      )}
      <ApprovalsPanel records={approvals.data ?? []} canDecide={me !== null} />
      <RecentReviews records={recent.data ?? []} />
    </Stack>
  );
}
