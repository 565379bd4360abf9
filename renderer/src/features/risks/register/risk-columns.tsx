import { Badge, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { RiskSortColumn, RiskSummary } from '../../../../../shared/api/risks-api';
import { RISK_LABELS, type RiskFieldKey } from '../../../../../shared/entity/risk-entity';
import { formatDate } from '../../../lib/format';
import { ScoreChip } from './ScoreChip';
import classes from './RiskTable.module.css';

export type RiskColumnId =
  | 'code'
  | 'title'
  | 'category'
  | 'owner'
  | 'services'
  | 'supplier'
  | 'status'
  | 'treatment'
  | 'inherent'
  | 'residual'
  | 'target'
  | 'review'
  | 'actions'
  | 'updated';

export interface RiskColumn {
  id: RiskColumnId;
  label: string;
  /** The descriptor fields the column shows (none for what is not a plain field: services, actions, updated). */
  fields: readonly RiskFieldKey[];
  /** A CSS grid track: fixed for short values, a share of the rest for text. */
  width: string;
  sort?: RiskSortColumn;
  /** Code and title identify the row and cannot be hidden. */
  required?: boolean;
  render: (risk: RiskSummary) => ReactNode;
}

const dimmedDash = (
  <Text size="sm" c="dimmed">
    —
  </Text>
);

/**
 * Every column the register can show, in display order. Plain fields take their header from the
 * risk descriptor; a rating pair shows as one score chip per position ("Inherent"), headed by the
 * position. `fields` says which descriptor fields each column shows: a test checks every listed
 * field of the descriptor has a column.
 */
export const RISK_COLUMNS: readonly RiskColumn[] = [
  {
    id: 'code',
    label: RISK_LABELS.code,
    fields: ['code'],
    sort: 'code',
    width: '96px',
    required: true,
    render: (risk) => (
      <Text size="sm" ff="monospace">
        {risk.code}
      </Text>
    ),
  },
  {
    id: 'title',
    label: RISK_LABELS.title,
    fields: ['title'],
    sort: 'title',
    width: 'minmax(200px, 3fr)',
    required: true,
    render: (risk) => (
      <Text size="sm" truncate="end" fw={500} title={risk.title}>
        {risk.title}
      </Text>
    ),
  },
  {
    id: 'category',
    label: RISK_LABELS.category,
    fields: ['category'],
    sort: 'category',
    width: 'minmax(100px, 1fr)',
    render: (risk) =>
      risk.category ? (
        <Text size="sm" truncate="end">
          {risk.category}
        </Text>
      ) : (
        dimmedDash
      ),
  },
  {
    id: 'owner',
    label: RISK_LABELS.ownerId,
    fields: ['ownerId'],
    sort: 'owner',
    width: 'minmax(110px, 1fr)',
    render: (risk) => (
      <Text size="sm" truncate="end" c={risk.ownerName ? undefined : 'dimmed'}>
        {risk.ownerName ?? 'No owner'}
      </Text>
    ),
  },
  {
    id: 'services',
    label: 'Services',
    fields: [],
    width: 'minmax(110px, 1fr)',
    render: (risk) =>
      risk.serviceCodes.length ? (
        <Text size="sm" ff="monospace" truncate="end" title={risk.serviceCodes.join(', ')}>
          {risk.serviceCodes.join(', ')}
        </Text>
      ) : (
        dimmedDash
      ),
  },
  {
    id: 'supplier',
    label: RISK_LABELS.supplierId,
    fields: ['supplierId'],
    sort: 'supplier',
    width: 'minmax(110px, 1fr)',
    render: (risk) =>
      risk.supplierName ? (
        <Text size="sm" truncate="end">
          {risk.supplierName}
        </Text>
      ) : (
        dimmedDash
      ),
  },
  {
    id: 'status',
    label: RISK_LABELS.status,
    fields: ['status'],
    sort: 'status',
    width: '100px',
    render: (risk) => (
      <Badge size="sm" variant="light" color={risk.status === 'closed' ? 'gray' : 'blue'}>
        {risk.status}
      </Badge>
    ),
  },
  {
    id: 'treatment',
    label: RISK_LABELS.treatment,
    fields: ['treatment'],
    sort: 'treatment',
    width: '96px',
    render: (risk) => (risk.treatment ? <Text size="sm">{risk.treatment}</Text> : dimmedDash),
  },
  {
    id: 'inherent',
    label: 'Inherent',
    fields: ['inherentLikelihood', 'inherentImpact'],
    sort: 'inherentScore',
    width: '92px',
    render: (risk) => <ScoreChip position={risk.inherent} />,
  },
  {
    id: 'residual',
    label: 'Residual',
    fields: ['residualLikelihood', 'residualImpact'],
    sort: 'residualScore',
    width: '92px',
    render: (risk) => <ScoreChip position={risk.residual} />,
  },
  {
    id: 'target',
    label: 'Target',
    fields: ['targetLikelihood', 'targetImpact'],
    sort: 'targetScore',
    width: '92px',
    render: (risk) => <ScoreChip position={risk.target} />,
  },
  {
    id: 'review',
    label: RISK_LABELS.nextReviewDate,
    fields: ['nextReviewDate'],
    sort: 'nextReviewDate',
    width: '112px',
    render: (risk) => (
      <Text size="sm" c={risk.reviewOverdue ? 'red' : undefined} fw={risk.reviewOverdue ? 600 : undefined}>
        {formatDate(risk.nextReviewDate)}
        {risk.reviewOverdue ? <span className={classes.srOnly}> (overdue)</span> : null}
      </Text>
    ),
  },
  {
    id: 'actions',
    label: 'Overdue actions',
    fields: [],
    sort: 'overdueActions',
    width: '92px',
    render: (risk) =>
      risk.overdueActions > 0 ? (
        <Group gap={4} c="red" wrap="nowrap" aria-label={`${risk.overdueActions} overdue actions`}>
          <IconAlertTriangle size={14} aria-hidden />
          <Text size="sm" fw={600}>
            {risk.overdueActions}
          </Text>
        </Group>
      ) : null,
  },
  { id: 'updated', label: 'Updated', fields: [], sort: 'updatedAt', width: '104px', render: (risk) => <Text size="sm">{formatDate(risk.updatedAt)}</Text> },
];

export const DEFAULT_RISK_COLUMNS: readonly RiskColumnId[] = ['code', 'title', 'owner', 'status', 'inherent', 'residual', 'target', 'review', 'actions'];

/** Stored or saved column ids read back defensively: unknown ids dropped, required ones always in, display order kept. */
export function normaliseRiskColumns(value: unknown): RiskColumnId[] {
  if (!Array.isArray(value)) return [...DEFAULT_RISK_COLUMNS];
  const chosen = new Set(value.filter((item): item is string => typeof item === 'string'));
  return RISK_COLUMNS.filter((column) => column.required || chosen.has(column.id)).map((column) => column.id);
}
