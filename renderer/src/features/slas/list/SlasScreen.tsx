import { Anchor, Badge, Button, EmptyState, Chip, Group, Paper, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconFileCertificate, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { Link, Redirect, useLocation, useSearch } from 'wouter';
import { SLA_STATUSES, type SlaListInput, type SlaStatus } from '../../../../../shared/api/slas-api';
import { useApiQuery } from '../../../api/use-api-query';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { SlaImportMenu } from '../import/SlaImportMenu';
import { periodLabel, withUnit } from '../common/SlaBadges';
import { SlaTable } from './SlaTable';

export interface SlaListState {
  status: SlaStatus[];
  search: string;
}

export function parseSlaListQuery(search: string): SlaListState {
  const params = new URLSearchParams(search);
  const status = (params.get('status') ?? '').split(',').filter((value): value is SlaStatus => (SLA_STATUSES as readonly string[]).includes(value));
  return { status, search: params.get('q') ?? '' };
}

export function slaListPath(state: SlaListState): string {
  const params = new URLSearchParams();
  if (state.status.length > 0) params.set('status', state.status.join(','));
  if (state.search.trim()) params.set('q', state.search.trim());
  const query = params.toString();
  return query ? `/slas?${query}` : '/slas';
}

function listInput(state: SlaListState): SlaListInput {
  const input: SlaListInput = {};
  if (state.status.length > 0) input.status = state.status;
  if (state.search.trim()) input.search = state.search.trim();
  return input;
}

/** A workspace with thousands of SLAs can have hundreds of breaches: the panel lists the first, the count says how many. */
const BREACHES_SHOWN = 10;

function BreachesPanel() {
  const breaches = useApiQuery('slas.breaches', { lookbackMonths: 3, includeContracts: false });
  if (breaches.loading && !breaches.data) return <Skeleton h={60} />;
  if (breaches.error && !breaches.data) return <ErrorPanel title="Current breaches could not be loaded" error={breaches.error} onRetry={breaches.reload} />;
  const rows = (breaches.data ?? []).filter((breach) => breach.slaId !== null);
  return (
    <Paper withBorder radius="md" p="md" aria-label="Current breaches" component="section">
      <Group gap="xs" mb="xs">
        <IconAlertTriangle size={18} color="var(--mantine-color-red-6)" aria-hidden />
        <Title order={4}>Current breaches</Title>
        <Badge color={rows.length > 0 ? 'red' : 'green'} variant="light">
          {rows.length}
        </Badge>
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          No SLA target is breached in its latest month.
        </Text>
      ) : (
        <Table striped fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>SLA</Table.Th>
              <Table.Th>Target</Table.Th>
              <Table.Th>Result</Table.Th>
              <Table.Th>Since</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.slice(0, BREACHES_SHOWN).map((breach) => (
              <Table.Tr key={`${breach.slaId}-${breach.targetId}`}>
                <Table.Td>
                  <Anchor component={Link} href={`/slas/${breach.slaId}`}>
                    {breach.slaCode}
                  </Anchor>{' '}
                  {breach.slaName}
                  {breach.serviceName && (
                    <Text span c="dimmed" size="xs">
                      {' '}
                      · {breach.serviceName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{breach.targetLabel}</Table.Td>
                <Table.Td>
                  {withUnit(breach.value, breach.unit)} (target {breach.direction === 'higher' ? '≥' : '≤'} {withUnit(breach.target, breach.unit)})
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {periodLabel(breach.since)}
                  {breach.months > 1 ? ` (${breach.months} months)` : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {rows.length > BREACHES_SHOWN && (
        <Text size="sm" c="dimmed" mt="xs">
          The {BREACHES_SHOWN} longest-running of {rows.length.toLocaleString('en')} breaches.{' '}
          <Anchor component={Link} href="/slas/portfolio" size="sm">
            Attainment by service
          </Anchor>{' '}
          shows every one.
        </Text>
      )}
    </Paper>
  );
}

/** The SLA list: every SLA with its last month's worst result, filtered from the hash query. */
export function SlasScreen() {
  const [, navigate] = useLocation();
  const search = useSearch();
  const state = parseSlaListQuery(search);
  const [text, setText] = useState(state.search);
  const slas = useApiQuery('slas.list', listInput(state));

  // Typing updates the query after a short pause, so each key does not call the API.
  useEffect(() => {
    if (text.trim() === state.search.trim()) return;
    const timer = setTimeout(() => navigate(slaListPath({ ...state, search: text }), { replace: true }), 250);
    return () => clearTimeout(timer);
  });

  // Links written before SLA pages existed point at the list with ?focus=ID.
  const focus = Number(new URLSearchParams(search).get('focus'));
  if (Number.isInteger(focus) && focus > 0) return <Redirect to={`/slas/${focus}`} replace />;

  const filtered = state.status.length > 0 || state.search.trim() !== '';
  const rows = slas.data ?? [];

  return (
    <Stack gap="lg">
      <PageHeader
        title="SLAs"
        description="Service level agreements, their targets and last month's results."
        actions={
          <>
            <Anchor component={Link} href="/slas/portfolio">
              Attainment by service
            </Anchor>
            <SlaImportMenu back="/slas" />
            <Button component={Link} href="/slas/new" leftSection={<IconPlus size={16} />}>
              New SLA
            </Button>
          </>
        }
      />
      <BreachesPanel />
      <Group gap="md" align="center">
        <TextInput
          aria-label="Search SLAs"
          placeholder="Search code, name, customer"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          w={280}
        />
        <Chip.Group multiple value={state.status} onChange={(value) => navigate(slaListPath({ ...state, status: value as SlaStatus[] }), { replace: true })}>
          <Group gap={6} role="group" aria-label="Filter by status">
            {SLA_STATUSES.map((value) => (
              <Chip key={value} value={value} size="sm">
                {value[0]!.toUpperCase() + value.slice(1)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        <Text role="status" aria-label="SLA count" c="dimmed" size="sm">
          {slas.data ? `${rows.length} ${rows.length === 1 ? 'SLA' : 'SLAs'}` : ''}
        </Text>
      </Group>
      {slas.error && !slas.data ? (
        <ErrorPanel title="The SLAs could not be loaded" error={slas.error} onRetry={slas.reload} />
      ) : !slas.data ? (
        <Skeleton h={200} />
      ) : rows.length === 0 ? (
        <EmptyState
          icon={<IconFileCertificate size={32} />}
          withIndicatorBackground
          title={filtered ? 'No SLA matches these filters' : 'No SLAs yet'}
          description={
            filtered
              ? 'Clear the search or the status filter to see every SLA.'
              : 'Agree targets with a customer for a service, then record the results month by month.'
          }
          py={48}
        >
          {!filtered && (
            <EmptyState.Actions>
              <Button component={Link} href="/slas/new" leftSection={<IconPlus size={16} />}>
                New SLA
              </Button>
            </EmptyState.Actions>
          )}
        </EmptyState>
      ) : (
        <Paper withBorder radius="md">
          <SlaTable rows={rows} />
        </Paper>
      )}
    </Stack>
  );
}
