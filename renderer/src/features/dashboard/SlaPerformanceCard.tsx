import { Anchor, Group, Paper, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { Link } from 'wouter';
import type { SlaDashboardFigures } from '../../../../shared/api/slas-api';
import { useApiQuery } from '../../api/use-api-query';
import { plural } from '../../lib/format';
import { periodLabel, withUnit } from '../slas';

const SHOWN_BREACHES = 5;

const PARTS = [
  { key: 'met', label: 'met', colour: 'var(--mantine-color-green-6)' },
  { key: 'atRisk', label: 'at risk', colour: 'var(--mantine-color-orange-6)' },
  { key: 'breached', label: 'breached', colour: 'var(--mantine-color-red-6)' },
  { key: 'notMeasured', label: 'not measured', colour: 'var(--mantine-color-gray-4)' },
] as const;

/**
 * How the agreed SLAs did in the last complete month (ISO/IEC 20000-1 8.3.3): one bar split into
 * met, at risk, breached and not measured, each also written out so colour is never the only cue.
 */
export function SlaPerformanceCard({ slas }: { slas: SlaDashboardFigures }) {
  return (
    <Paper withBorder radius="md" p="md" h="100%" component="section" aria-labelledby="sla-card-title">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={3} size="h4" id="sla-card-title">
          SLA performance
        </Title>
        <Group gap="md">
          <Anchor component={Link} href="/slas/portfolio" size="sm">
            Attainment by service
          </Anchor>
          <Anchor component={Link} href="/slas" size="sm">
            All SLAs
          </Anchor>
        </Group>
      </Group>
      {slas.agreed === 0 ? (
        <Text size="sm" c="dimmed">
          No agreed SLA yet.{' '}
          <Anchor component={Link} href="/slas/new" inherit>
            Define an SLA
          </Anchor>{' '}
          with its targets, then enter or import a month’s results.
        </Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {plural(slas.agreed, 'agreed SLA')} in {periodLabel(slas.period)}, the last complete month
          </Text>
          <div
            role="img"
            aria-label={PARTS.map((part) => `${slas[part.key]} ${part.label}`).join(', ')}
            style={{ display: 'flex', height: 14, borderRadius: 7, overflow: 'hidden', background: 'var(--mantine-color-default-border)' }}
          >
            {PARTS.filter((part) => slas[part.key] > 0).map((part) => (
              <Tooltip key={part.key} label={`${slas[part.key]} ${part.label}`}>
                <span style={{ flexGrow: slas[part.key], background: part.colour }} />
              </Tooltip>
            ))}
          </div>
          <Group gap="lg" role="list" aria-label="SLA figures">
            {PARTS.map((part) => (
              <Group key={part.key} gap={6} role="listitem" wrap="nowrap">
                <span aria-hidden style={{ width: 10, height: 10, borderRadius: 2, background: part.colour, display: 'inline-block' }} />
                <Text size="sm">
                  <b>{slas[part.key]}</b> {part.label}
                </Text>
              </Group>
            ))}
          </Group>
          {slas.breachedTargets > 0 ? (
            <>
              <Text size="sm" c="red.7">
                <Anchor component={Link} href="/slas" inherit c="inherit">
                  {plural(slas.breachedTargets, 'target')} breached in {periodLabel(slas.period)}
                </Anchor>{' '}
                — review {slas.breachedTargets === 1 ? 'it' : 'them'} and raise improvement actions.
              </Text>
              <BreachedTargets period={slas.period} />
            </>
          ) : (
            <Text size="sm" c="dimmed">
              No target of an agreed SLA was breached in {periodLabel(slas.period)}.
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}

/** The targets breached in the month, worst-first as the API sorts them; the SLA list has them all. */
function BreachedTargets({ period }: { period: string }) {
  const breaches = useApiQuery('slas.breaches', { lookbackMonths: 1, includeContracts: false });
  const rows = (breaches.data ?? []).filter((breach) => breach.slaId !== null && breach.period === period);
  if (rows.length === 0) return null;
  return (
    <Table fz="sm" verticalSpacing={4} aria-label="Targets breached">
      <Table.Tbody>
        {rows.slice(0, SHOWN_BREACHES).map((breach) => (
          <Table.Tr key={`${breach.slaId}-${breach.targetId}`}>
            <Table.Td>
              <Anchor component={Link} href={`/slas/${breach.slaId}`} size="sm">
                {breach.slaCode}
              </Anchor>{' '}
              <Text span size="sm">
                {breach.targetLabel}
              </Text>
            </Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              <Text span size="sm" c="red.7" fw={600}>
                {withUnit(breach.value, breach.unit)}
              </Text>{' '}
              <Text span size="xs" c="dimmed">
                target {breach.direction === 'higher' ? '≥' : '≤'} {withUnit(breach.target, breach.unit)}
                {breach.months > 1 ? ` · since ${periodLabel(breach.since)}` : ''}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
