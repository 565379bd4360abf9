import { Anchor, Badge, Group, Text } from '@mantine/core';
import { useCallback, useMemo, type MouseEvent } from 'react';
import { Link, useLocation } from 'wouter';
import type { SlaSummary } from '../../../../../shared/api/slas-api';
import { SLA_FIELD_LABELS } from '../../../../../shared/entity/sla-entity';
import { formatDate } from '../../../lib/format';
import { VirtualTable, type VirtualColumn } from '../../../ui/VirtualTable';
import { periodLabel, ResultBadge, SlaStatusBadge } from '../common/SlaBadges';

const ROW_HEIGHT = 45;
/** Tall enough for a screenful of SLAs, short enough to keep the breaches above in sight. */
const MAX_HEIGHT = 640;

const stop = (event: MouseEvent) => event.stopPropagation();

const LABEL = SLA_FIELD_LABELS;

/**
 * The list's columns. A column showing one of the SLA's fields has the field's key as its id and
 * its label as the header, so the descriptor test can check every listed field has a column.
 */
export function slaColumns(period: string | undefined): VirtualColumn<SlaSummary>[] {
  return [
    {
      id: 'code',
      header: LABEL.code,
      width: 100,
      nowrap: true,
      render: (sla) => (
        <Anchor component={Link} href={`/slas/${sla.id}`} fw={600} size="sm" onClick={stop}>
          {sla.code}
        </Anchor>
      ),
    },
    { id: 'name', header: LABEL.name, nowrap: true, render: (sla) => <span title={sla.name}>{sla.name}</span> },
    {
      id: 'serviceId',
      header: LABEL.serviceId,
      nowrap: true,
      render: (sla) => (
        <span title={`${sla.serviceCode} ${sla.serviceName}`}>
          <Text span c="dimmed" size="sm">
            {sla.serviceCode}
          </Text>{' '}
          {sla.serviceName}
        </span>
      ),
    },
    { id: 'customer', header: LABEL.customer, width: 140, nowrap: true, render: (sla) => <span title={sla.customer}>{sla.customer}</span> },
    { id: 'status', header: LABEL.status, width: 95, nowrap: true, render: (sla) => <SlaStatusBadge status={sla.status} /> },
    {
      id: 'result',
      header: `Last month${period ? ` (${periodLabel(period)})` : ''}`,
      width: 130,
      nowrap: true,
      render: (sla) => <ResultBadge status={sla.currentStatus} />,
    },
    {
      id: 'reviewDate',
      header: LABEL.reviewDate,
      width: 150,
      nowrap: true,
      render: (sla) =>
        sla.reviewDate ? (
          <Group gap={6} wrap="nowrap">
            <Text size="sm" c={sla.reviewOverdue ? 'red' : undefined} fw={sla.reviewOverdue ? 600 : undefined}>
              {formatDate(sla.reviewDate)}
            </Text>
            {sla.reviewOverdue && (
              <Badge color="red" variant="light" size="sm" miw="max-content">
                Overdue
              </Badge>
            )}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        ),
    },
  ];
}

/** Every SLA in a virtualized table: thousands of SLAs cost a screenful of rows; a row opens its SLA. */
export function SlaTable({ rows }: { rows: SlaSummary[] }) {
  const [, navigate] = useLocation();
  const period = rows[0]?.currentPeriod;
  const columns = useMemo(() => slaColumns(period), [period]);
  const rowAt = useCallback((index: number) => rows[index], [rows]);
  const open = useCallback((sla: SlaSummary) => navigate(`/slas/${sla.id}`), [navigate]);
  return (
    <VirtualTable
      label="SLAs"
      count={rows.length}
      rowAt={rowAt}
      rowKey={(sla) => sla.id}
      columns={columns}
      estimateRowHeight={ROW_HEIGHT}
      maxHeight={MAX_HEIGHT}
      onRowClick={open}
    />
  );
}
