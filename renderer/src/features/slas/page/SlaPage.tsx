import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileCertificate } from '@tabler/icons-react';
import { EmptyState } from '@mantine/core';
import { Link, useParams } from 'wouter';
import type { SlaDetail, TargetResults } from '../../../../../shared/api/slas-api';
import { formatMinutes } from '../../../../../shared/domain/sla-targets';
import { errorBody } from '../../../api/api-errors';
import { useApiQuery } from '../../../api/use-api-query';
import { formatDate } from '../../../lib/format';
import { PageHeader } from '../../../ui/PageHeader';
import { ErrorPanel } from '../../../ui/ErrorPanel';
import { periodLabel, ResultBadge, SlaStatusBadge, withUnit } from '../common/SlaBadges';
import { SlaPageActions } from '../form/SlaPageActions';
import { PastReviews } from '../review/PastReviews';
import { ResultStrip } from './ResultStrip';
import { TrendChart } from './TrendChart';
import { UnderpinningContracts } from './UnderpinningContracts';
import { RecordHistory } from '../../audit';

function NotFound({ id }: { id: string | undefined }) {
  return (
    <EmptyState
      icon={<IconFileCertificate size={32} />}
      withIndicatorBackground
      title="There is no such SLA"
      description={
        <>
          SLA {id ?? ''} may have been deleted.{' '}
          <Anchor component={Link} href="/slas">
            Go to the SLA list
          </Anchor>
        </>
      }
      py={64}
    />
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

function targetText(row: TargetResults): string {
  const { target } = row;
  return `${target.direction === 'higher' ? '≥' : '≤'} ${withUnit(target.target, target.unit)}`;
}

function Header({ sla }: { sla: SlaDetail }) {
  return (
    <Paper withBorder radius="md" p="md">
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="md">
        <Fact label="Service">
          <Anchor component={Link} href={`/services/${sla.serviceId}`}>
            {sla.serviceCode} {sla.serviceName}
          </Anchor>
        </Fact>
        <Fact label="Customer">{sla.customer}</Fact>
        <Fact label="Status">
          <SlaStatusBadge status={sla.status} />
        </Fact>
        <Fact label="Valid">
          {sla.validFrom ? formatDate(sla.validFrom) : 'not set'} – {sla.validTo ? formatDate(sla.validTo) : 'open-ended'}
        </Fact>
        <Fact label="Review">
          <Group gap={6}>
            <Text size="sm" c={sla.reviewOverdue ? 'red' : undefined}>
              {sla.reviewDate ? formatDate(sla.reviewDate) : 'not planned'}
            </Text>
            {sla.reviewOverdue && (
              <Badge color="red" variant="light" size="sm">
                Overdue
              </Badge>
            )}
          </Group>
        </Fact>
      </SimpleGrid>
      <Text size="sm" c="dimmed" mt="sm">
        Service hours ({sla.serviceHoursSource === 'sla' ? 'this SLA’s own' : 'from the service'}): {sla.serviceHoursText}
        {sla.openActions > 0 && (
          <>
            {' · '}
            <Anchor component={Link} href={`/actions?sla=${sla.id}`} size="sm">
              {sla.openActions} open action{sla.openActions === 1 ? '' : 's'}
            </Anchor>
          </>
        )}
      </Text>
    </Paper>
  );
}

function TargetsTable({ sla }: { sla: SlaDetail }) {
  return (
    <Table aria-label="Targets" verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Kind</Table.Th>
          <Table.Th>Label</Table.Th>
          <Table.Th>Priority / time limit</Table.Th>
          <Table.Th>Target</Table.Th>
          <Table.Th>Warning</Table.Th>
          <Table.Th>Last month</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sla.targets.map((row) => {
          const { target } = row;
          const last = row.cells.at(-1);
          return (
            <Table.Tr key={target.id}>
              <Table.Td tt="capitalize">{target.kind}</Table.Td>
              <Table.Td>{target.label}</Table.Td>
              <Table.Td>
                {[target.priority, target.timeLimitMinutes !== null ? formatMinutes(target.timeLimitMinutes) : null].filter(Boolean).join(' · ') || '—'}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {targetText(row)}{' '}
                <Text span size="xs" c="dimmed">
                  ({target.direction} is better)
                </Text>
              </Table.Td>
              <Table.Td>{target.warning === null ? '—' : withUnit(target.warning, target.unit)}</Table.Td>
              <Table.Td>
                <ResultBadge status={last?.status ?? null} />
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}

function TargetResultsCard({ row, periods }: { row: TargetResults; periods: string[] }) {
  const { target } = row;
  const last = row.cells.at(-1);
  const availability = last?.availability ?? null;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label={target.label}>
      <Group justify="space-between" mb="xs" gap="xs">
        <Title order={4}>{target.label}</Title>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Target {targetText(row)}
          </Text>
          <Badge color="green" variant="light">
            {row.counts.met} met
          </Badge>
          <Badge color="orange" variant="light">
            {row.counts.atRisk} at risk
          </Badge>
          <Badge color="red" variant="light">
            {row.counts.breached} breached
          </Badge>
        </Group>
      </Group>
      <ResultStrip cells={row.cells} unit={target.unit} />
      {row.breach && (
        <Text size="sm" c="red" mt="xs">
          Breached since {periodLabel(row.breach.since)} ({row.breach.months} month{row.breach.months === 1 ? '' : 's'})
        </Text>
      )}
      {target.kind === 'availability' && availability && last && (
        <Text size="sm" mt="xs" aria-label="Error budget">
          {periodLabel(last.period)}: {Math.round(availability.allowedDowntimeMinutes)} min downtime allowed of{' '}
          {Math.round(availability.serviceMinutes).toLocaleString('en-GB')} service minutes
          {availability.budget
            ? ` · error budget ${Math.round(availability.budget.usedMinutes)} min used, ${Math.round(availability.budget.leftMinutes)} min left${availability.budget.percentUsed !== null ? ` (${Math.round(availability.budget.percentUsed)} % used)` : ''}`
            : ''}
        </Text>
      )}
      <div style={{ marginTop: 12 }}>
        <TrendChart row={row} periods={periods} />
      </div>
    </Paper>
  );
}

/** One SLA: its facts, targets and the last twelve months of results. */
export function SlaPage() {
  const params = useParams<{ id: string }>();
  const id = Number(params.id);
  const valid = Number.isInteger(id) && id > 0;
  const sla = useApiQuery('slas.get', valid ? { id } : null);

  if (!valid || (sla.error && errorBody(sla.error).code === 'not_found')) return <NotFound id={params.id} />;
  if (sla.error && !sla.data) return <ErrorPanel title="The SLA could not be loaded" error={sla.error} onRetry={sla.reload} />;
  if (!sla.data) return <Skeleton h={300} />;
  const detail = sla.data;

  return (
    <Stack gap="lg">
      <PageHeader
        title={`${detail.code} ${detail.name}`}
        description={
          <Anchor component={Link} href="/slas">
            All SLAs
          </Anchor>
        }
        actions={
          <>
            <Button component={Link} href={`/slas/${detail.id}/results`} variant="light">
              Enter results
            </Button>
            <Button component={Link} href={`/slas/${detail.id}/review`} variant="light">
              Record review
            </Button>
            <SlaPageActions sla={detail} />
          </>
        }
      />
      <Header sla={detail} />
      <Paper withBorder radius="md" p="md">
        <Title order={3} mb="xs">
          Targets
        </Title>
        {detail.targets.length === 0 ? <Text c="dimmed">This SLA has no targets yet.</Text> : <TargetsTable sla={detail} />}
      </Paper>
      <PastReviews slaId={detail.id} />
      <Title order={3}>Results {detail.periods[0] ? `${periodLabel(detail.periods[0])} – ${periodLabel(detail.periods.at(-1)!)}` : ''}</Title>
      {detail.targets.map((row) => (
        <TargetResultsCard key={row.target.id} row={row} periods={detail.periods} />
      ))}
      <UnderpinningContracts sla={detail} />
      <RecordHistory entity="sla" id={detail.id} name={detail.code} />
    </Stack>
  );
}
