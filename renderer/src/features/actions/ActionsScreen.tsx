import { Button, EmptyState, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconListCheck, IconFilterOff } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'wouter';
import type { ActionPage, ActionSummary } from '../../../../shared/api/sla-reviews-api';
import { useApi } from '../../api/api-context';
import { useApiQuery } from '../../api/use-api-query';
import { usePagedWindow } from '../../api/use-paged-window';
import { plural } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorPanel } from '../../ui/ErrorPanel';
import { ActionFilters } from './ActionFilters';
import { ActionModal } from './ActionModal';
import { ActionsTable } from './ActionsTable';
import { filtersFromParams, isFiltered, listInput } from './actions-query';
import { contract } from '../../../../shared/api/contract';

const PAGE_SIZE = 200;

/**
 * `#/actions`: every improvement and treatment action, by due date, to follow up. Filters live in
 * the address so a dashboard figure or an SLA page can link to a narrowed list.
 */
export function ActionsScreen() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const api = useApi();
  const input = listInput(filters);
  // Every matching action, a page at a time as the table scrolls; the counts come with each page.
  const actions = usePagedWindow<ActionSummary, ActionPage>(
    JSON.stringify(input),
    (offset, limit) => api.call('actions.list', { ...input, offset, limit }),
    PAGE_SIZE,
    contract['actions.list'].domains,
  );
  const first = actions.head;
  const people = useApiQuery('people.list', { includeInactive: true });
  const managementReviews = useApiQuery('managementReviews.list', {});
  const [openId, setOpenId] = useState<number | null>(null);
  const onOpen = useCallback((action: ActionSummary) => setOpenId(action.id), [setOpenId]);
  const rows = first?.rows ?? [];
  // The dialog follows the row, so it shows the saved state after a reload.
  const open: ActionSummary | undefined = openId === null ? undefined : actions.loadedRows().find((row) => row.id === openId);

  const setParam = (name: string, value: string | null) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value === null || value === '') next.delete(name);
        else next.set(name, value);
        return next;
      },
      { replace: true },
    );
  const showAll = () => setParams(new URLSearchParams({ status: 'all' }), { replace: true });
  const filtered = isFiltered(filters);
  // An empty filtered list may mean "no actions at all": one cheap call tells the two apart.
  const anyAtAll = useApiQuery('actions.list', first?.total === 0 && filtered ? { limit: 1 } : null);
  const noneAtAll = first?.total === 0 && (!filtered || anyAtAll.data?.total === 0);

  return (
    <Stack gap="md">
      <PageHeader
        title="Actions"
        description="Improvement actions from SLA reviews, treatment actions from the risk register and decisions of management reviews, by due date. Open one to record progress."
      />
      {/* Nothing to filter in a workspace without actions: the empty state says where they come from. */}
      {!noneAtAll && (
        <ActionFilters
          filters={filters}
          people={people.data ?? []}
          managementReviews={managementReviews.data ?? []}
          rows={rows}
          onChange={setParam}
          onClear={showAll}
          filtered={filtered}
        />
      )}
      <Paper withBorder radius="md" p={0}>
        {actions.error && !first ? (
          <ErrorPanel title="The actions could not be loaded" error={actions.error} onRetry={actions.retry} withBorder={false} />
        ) : !first || (first.total === 0 && filtered && !anyAtAll.data) ? (
          <Stack gap="xs" p="md" aria-busy="true" aria-label="Loading the actions">
            {Array.from({ length: 5 }, (_, index) => (
              <Skeleton key={index} height={36} />
            ))}
          </Stack>
        ) : noneAtAll ? (
          <EmptyState
            icon={<IconListCheck size={32} />}
            withIndicatorBackground
            title="No actions yet"
            description="Actions are raised by SLA reviews (for breached targets) and by risk treatments. Record a review on an SLA’s page to raise the first."
            py={64}
          />
        ) : first.total === 0 ? (
          <EmptyState
            icon={<IconFilterOff size={32} />}
            withIndicatorBackground
            title="No action matches these filters"
            description={
              <Button variant="light" mt="sm" onClick={showAll}>
                Show all actions
              </Button>
            }
            py={48}
          />
        ) : (
          <ActionsTable total={first.total} rowAt={actions.rowAt} onRange={actions.ensureRange} onOpen={onOpen} />
        )}
      </Paper>
      {first && first.total > 0 && (
        <Text size="sm" c="dimmed" aria-live="polite" aria-label="Action count">
          {plural(first.total, 'action')}
          {first.overdue > 0 ? ` · ${first.overdue.toLocaleString('en')} overdue` : ''}
        </Text>
      )}
      {open && <ActionModal key={open.id} action={open} people={people.data ?? []} onClose={() => setOpenId(null)} />}
    </Stack>
  );
}
