import { Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { ServiceSummary } from '../../../../../shared/api/services-api';
import { listColumns } from '../../../../../shared/entity/field-descriptor';
import { DEPENDS_ON_LABEL, serviceEntity, serviceFieldLabels, type ServiceFieldKey } from '../../../../../shared/entity/service-entity';
import { ListCell } from '../../../ui/ListCell';
import { daysBetween, formatDate, formatDateTime } from '../../../lib/format';
import { LifecycleBadge, TierBadge } from '../common/ServiceBadges';
import { KIND_LABEL } from '../common/service-labels';
import type { SortColumn } from './catalogue-query';

export type ColumnId =
  | 'code'
  | 'name'
  | 'category'
  | 'kind'
  | 'lifecycle'
  | 'owner'
  | 'tier'
  | 'customers'
  | 'tags'
  | 'hours'
  | 'support'
  | 'dependsOn'
  | 'dependents'
  | 'lastReview'
  | 'nextReview'
  | 'updated'
  // A declared field with no column of its own yet (see `descriptorColumns`).
  | ServiceFieldKey;

export interface CatalogueColumn {
  id: ColumnId;
  /** The service descriptor's field the column shows (its header is the field's label); none for counts and timestamps. */
  field?: ServiceFieldKey;
  label: string;
  /** Fixed width in px; the name column takes what is left. */
  width: number | null;
  sort?: SortColumn;
  /** Code and name identify the row and cannot be hidden. */
  required?: boolean;
  align?: 'right';
  render: (service: ServiceSummary, today: string) => ReactNode;
}

const dash = (
  <Text size="sm" c="dimmed" component="span">
    —
  </Text>
);

/**
 * One line cut with an ellipsis; the full text as the native tooltip when (and only when) it was
 * cut. Lighter than a Mantine tooltip per cell, which matters at forty rows re-rendering per frame.
 */
export function CellText({ children, fw }: { children: string; fw?: number }) {
  return (
    <Text
      size="sm"
      fw={fw}
      truncate="end"
      onMouseEnter={(event) => {
        const element = event.currentTarget;
        element.title = element.scrollWidth > element.clientWidth ? children : '';
      }}
    >
      {children}
    </Text>
  );
}

function text(value: string | null) {
  return value ? <CellText>{value}</CellText> : dash;
}

function list(values: string[]) {
  return values.length ? <CellText>{values.join(', ')}</CellText> : dash;
}

function count(value: number) {
  return (
    <Text size="sm" c={value === 0 ? 'dimmed' : undefined} ta="right">
      {value}
    </Text>
  );
}

/** A next review date, red when it has passed. */
export function ReviewDate({ date, today }: { date: string | null; today: string }) {
  if (!date) return dash;
  const overdue = daysBetween(today, date) < 0;
  return overdue ? (
    <Tooltip label={`Review overdue by ${-daysBetween(today, date)} days`}>
      <Group gap={4} wrap="nowrap" c="red">
        <IconAlertTriangle size={14} style={{ flexShrink: 0 }} aria-label="Overdue" />
        <Text size="sm" c="red" fw={600} truncate>
          {formatDate(date)}
        </Text>
      </Group>
    </Tooltip>
  ) : (
    <Text size="sm" truncate>
      {formatDate(date)}
    </Text>
  );
}

/** A column showing one declared field: headed by the field's label, like the form, history and files. */
const fieldColumn = (field: ServiceFieldKey) => ({ field, label: serviceFieldLabels[field] });

const CUSTOM_COLUMNS: readonly CatalogueColumn[] = [
  {
    id: 'code',
    ...fieldColumn('code'),
    width: 110,
    sort: 'code',
    required: true,
    render: (s) => (
      <Text size="sm" ff="monospace" truncate>
        {s.code}
      </Text>
    ),
  },
  {
    id: 'name',
    ...fieldColumn('name'),
    width: null,
    sort: 'name',
    required: true,
    render: (s) => (
      // The row opens on Enter or double-click; the link is for the mouse and for "open in a new window".
      <Link href={`/services/${s.id}`} tabIndex={-1} style={{ color: 'inherit', textDecoration: 'none', display: 'block', minWidth: 0 }}>
        <CellText fw={600}>{s.name}</CellText>
      </Link>
    ),
  },
  { id: 'category', ...fieldColumn('category'), width: 160, sort: 'category', render: (s) => text(s.category) },
  { id: 'kind', ...fieldColumn('kind'), width: 140, sort: 'kind', render: (s) => text(KIND_LABEL[s.kind]) },
  { id: 'lifecycle', ...fieldColumn('lifecycle'), width: 110, sort: 'lifecycle', render: (s) => <LifecycleBadge lifecycle={s.lifecycle} size="sm" /> },
  { id: 'owner', ...fieldColumn('ownerId'), width: 170, sort: 'owner', render: (s) => text(s.ownerName) },
  {
    id: 'tier',
    ...fieldColumn('criticality'),
    width: 90,
    sort: 'criticality',
    render: (s) => <TierBadge tier={s.criticality} size="sm" withTooltip={false} />,
  },
  { id: 'customers', ...fieldColumn('customers'), width: 200, render: (s) => list(s.customers) },
  { id: 'tags', ...fieldColumn('tags'), width: 200, render: (s) => list(s.tags) },
  { id: 'hours', ...fieldColumn('serviceHours'), width: 170, render: (s) => text(s.serviceHoursText) },
  { id: 'support', ...fieldColumn('supportContact'), width: 220, render: (s) => text(s.supportContact) },
  { id: 'dependsOn', label: DEPENDS_ON_LABEL, width: 124, align: 'right', render: (s) => count(s.dependsOnCount) },
  { id: 'dependents', label: 'Dependents', width: 124, align: 'right', render: (s) => count(s.dependentCount) },
  {
    id: 'lastReview',
    ...fieldColumn('lastReviewDate'),
    width: 130,
    render: (s) => (s.lastReviewDate ? <Text size="sm">{formatDate(s.lastReviewDate)}</Text> : dash),
  },
  {
    id: 'nextReview',
    ...fieldColumn('nextReviewDate'),
    width: 150,
    sort: 'nextReviewDate',
    render: (s, today) => <ReviewDate date={s.nextReviewDate} today={today} />,
  },
  { id: 'updated', label: 'Updated', width: 170, sort: 'updatedAt', render: (s) => <Text size="sm">{formatDateTime(s.updatedAt)}</Text> },
];

/**
 * Every declared list field that no column above shows gets a plain one, headed by its label and
 * drawn by its list format, offered in the column chooser: adding a field to the service
 * descriptor is enough for the catalogue to show it.
 */
function descriptorColumns(): CatalogueColumn[] {
  const shown = new Set(CUSTOM_COLUMNS.map((column) => column.field));
  return listColumns(serviceEntity)
    .filter((column) => !shown.has(column.key))
    .map((column) => ({
      id: column.key,
      field: column.key,
      label: column.header,
      width: 160,
      render: (service) => <ListCell format={column.format} value={(service as unknown as Record<string, unknown>)[column.key]} />,
    }));
}

export const CATALOGUE_COLUMNS: readonly CatalogueColumn[] = [...CUSTOM_COLUMNS, ...descriptorColumns()];

export const DEFAULT_COLUMNS: readonly ColumnId[] = ['code', 'name', 'category', 'lifecycle', 'owner', 'tier', 'dependents', 'nextReview'];

const KNOWN = new Set<string>(CATALOGUE_COLUMNS.map((column) => column.id));

/** The visible columns in table order, always with code and name, whatever was stored. */
export function visibleColumns(ids: readonly string[]): CatalogueColumn[] {
  const chosen = new Set(ids.filter((id) => KNOWN.has(id)));
  return CATALOGUE_COLUMNS.filter((column) => column.required || chosen.has(column.id));
}

/** Clean a stored column list (it may come from an older version or a saved view). */
export function normaliseColumns(value: unknown): ColumnId[] {
  if (!Array.isArray(value)) return [...DEFAULT_COLUMNS];
  return visibleColumns(value.filter((item): item is string => typeof item === 'string')).map((column) => column.id);
}
