import { Anchor, Button, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { useApiQuery } from '../../../api/use-api-query';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { PortfolioLegend } from './PortfolioLegend';
import { PortfolioStrip } from './PortfolioStrip';
import { PortfolioToolbar } from './PortfolioToolbar';
import { parsePortfolioQuery, portfolioPath, visibleRows, type PortfolioViewState } from './portfolio-view';
import { appNow } from '../../../lib/app-clock';

/** The twelve complete months before `today`, as "YYYY-MM" bounds. */
export function lastTwelveMonths(today: Date = appNow()): { from: string; to: string } {
  const month = (offset: number) => {
    const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - offset, 1));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  };
  return { from: month(12), to: month(1) };
}

/** Fills the window below the header, so the strip scrolls inside itself with its months in view. */
const STRIP_HEIGHT = 'calc(100dvh - var(--app-shell-header-height, 56px) - var(--app-shell-footer-height, 30px) - 250px)';

/** Services × months, each cell the worst result of the service's agreed SLAs; filtered from the route's query. */
export function PortfolioScreen() {
  const [, navigate] = useLocation();
  const state = parsePortfolioQuery(useSearch());
  const [text, setText] = useState(state.search);
  const { from, to } = lastTwelveMonths();
  const portfolio = useApiQuery('slas.portfolio', { from, to, slaStatus: ['agreed'], ...(state.customer ? { customer: state.customer } : {}) });
  const change = (next: PortfolioViewState) => navigate(portfolioPath(next), { replace: true });

  // Typing filters after a short pause: 5,000 rows are quick to filter, but not on every key.
  useEffect(() => {
    if (text.trim() === state.search.trim()) return;
    const timer = setTimeout(() => change({ ...state, search: text }), 200);
    return () => clearTimeout(timer);
  });

  const data = portfolio.data;
  const rows = useMemo(
    () => (data ? visibleRows(data.rows, state) : []),
    // The state's parts are what matter; the object is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [data, state.search, state.health, state.sort],
  );

  const header = (
    <PageHeader
      title="SLA attainment"
      description="Every service with an agreed SLA over the last twelve complete months. Click a service or a month to open its SLA."
      actions={
        <Anchor component={Link} href="/slas">
          All SLAs
        </Anchor>
      }
    />
  );
  if (portfolio.error && !data) return <ErrorPanel title="The attainment strip could not be loaded" error={portfolio.error} onRetry={portfolio.reload} />;
  if (!data) {
    return (
      <Stack gap="md" aria-busy>
        {header}
        <Skeleton h={36} w={720} />
        {Array.from({ length: 10 }, (_, index) => (
          <Skeleton key={index} h={28} />
        ))}
      </Stack>
    );
  }

  const filtered = state.search.trim() !== '' || state.health !== 'all' || state.customer !== '';
  const clear = () => {
    setText('');
    change({ ...state, search: '', health: 'all', customer: '' });
  };

  return (
    <Stack gap="md">
      {header}
      {data.rows.length === 0 && !state.customer ? (
        <Paper withBorder radius="md" p="xl">
          <Stack align="center" gap="xs">
            <Text fw={600}>No service has an agreed SLA yet</Text>
            <Text size="sm" c="dimmed" ta="center" maw={520}>
              The strip shows agreed SLAs only. Agree an SLA (set its status to agreed) and record its results to see them here.
            </Text>
            <Button component={Link} href="/slas" variant="light">
              Go to the SLAs
            </Button>
          </Stack>
        </Paper>
      ) : (
        <>
          <PortfolioToolbar state={state} text={text} onText={setText} onChange={change} customers={data.customers} />
          <Group justify="space-between" gap="sm">
            <PortfolioLegend />
            <Text size="sm" c="dimmed" role="status" aria-label="Services shown">
              {rows.length === data.rows.length
                ? `${new Intl.NumberFormat().format(rows.length)} ${rows.length === 1 ? 'service' : 'services'}`
                : `${new Intl.NumberFormat().format(rows.length)} of ${new Intl.NumberFormat().format(data.rows.length)} services`}
            </Text>
          </Group>
          {rows.length === 0 ? (
            <Paper withBorder radius="md" p="xl">
              <Stack align="center" gap="xs">
                <Text fw={600}>No service matches these filters</Text>
                <Text size="sm" c="dimmed">
                  {state.health === 'breached' && !state.search.trim()
                    ? 'No service shown was breached in these twelve months.'
                    : 'Try fewer words or another filter.'}
                </Text>
                {filtered && (
                  <Button variant="light" leftSection={<IconFilterOff size={16} />} onClick={clear}>
                    Clear the filters
                  </Button>
                )}
              </Stack>
            </Paper>
          ) : (
            <div style={{ height: STRIP_HEIGHT, minHeight: 360 }}>
              <PortfolioStrip rows={rows} periods={data.periods} onOpen={navigate} />
            </div>
          )}
        </>
      )}
    </Stack>
  );
}
