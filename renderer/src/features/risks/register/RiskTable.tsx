import { Badge, Group, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconAlertTriangle, IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { RiskSortColumn, RiskSummary, ScoredRiskPosition } from '../../../../../shared/api/risks-api';
import { textOn } from '../heatmap/RiskHeatmap';
import classes from './RiskTable.module.css';

const COLUMNS: Array<{ key: string; label: string; sort?: RiskSortColumn; width: string }> = [
  { key: 'code', label: 'Code', sort: 'code', width: '96px' },
  { key: 'title', label: 'Title', sort: 'title', width: 'minmax(200px, 3fr)' },
  { key: 'owner', label: 'Owner', sort: 'owner', width: 'minmax(110px, 1fr)' },
  { key: 'status', label: 'Status', sort: 'status', width: '100px' },
  { key: 'inherent', label: 'Inherent', sort: 'inherentScore', width: '92px' },
  { key: 'residual', label: 'Residual', sort: 'residualScore', width: '92px' },
  { key: 'target', label: 'Target', sort: 'targetScore', width: '92px' },
  { key: 'review', label: 'Next review', sort: 'nextReviewDate', width: '112px' },
  { key: 'actions', label: 'Overdue actions', sort: 'overdueActions', width: '92px' },
];
const TEMPLATE = COLUMNS.map((column) => column.width).join(' ');
const ROW_HEIGHT = 40;

export function ScoreChip({ position }: { position: ScoredRiskPosition | null }) {
  if (!position) return <Text size="xs" c="dimmed">Not scored</Text>;
  return (
    <Tooltip label={`${position.band}: likelihood ${position.likelihood} × impact ${position.impact}`} withinPortal>
      <span className={classes.chip} style={{ background: position.colour, color: textOn(position.colour) }} aria-label={`${position.score} ${position.band}`}>
        {position.score} <span className={classes.chipBand}>{position.band}</span>
      </span>
    </Tooltip>
  );
}

interface RiskTableProps {
  total: number;
  rowAt: (index: number) => RiskSummary | undefined;
  ensureRange: (from: number, to: number) => void;
  sort: { column: RiskSortColumn; direction: 'asc' | 'desc' };
  onSort: (column: RiskSortColumn) => void;
  onOpen: (risk: RiskSummary) => void;
}

/** The register as a virtualized table: only the rows in view are drawn; pages load as they scroll in. */
export function RiskTable({ total, rowAt, ensureRange, sort, onSort, onOpen }: RiskTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: total, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 20, initialRect: { width: 1000, height: 600 } });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (total > 0) ensureRange(first, last);
  }, [first, last, total, ensureRange]);

  return (
    <div className={classes.table} role="table" aria-label="Risk register" aria-rowcount={total + 1}>
      <div className={classes.header} role="row" style={{ gridTemplateColumns: TEMPLATE }}>
        {COLUMNS.map((column) => {
          const active = column.sort === sort.column;
          return (
            <div key={column.key} role="columnheader" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
              {column.sort ? (
                <UnstyledButton className={classes.sortButton} onClick={() => onSort(column.sort!)}>
                  {column.label}
                  {active ? sort.direction === 'asc' ? <IconArrowUp size={12} /> : <IconArrowDown size={12} /> : null}
                </UnstyledButton>
              ) : (
                column.label
              )}
            </div>
          );
        })}
      </div>
      <div ref={scroller} className={classes.scroller}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="rowgroup">
          {items.map((item) => {
            const risk = rowAt(item.index);
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                className={classes.row}
                data-loading={risk ? undefined : true}
                tabIndex={risk ? 0 : -1}
                style={{ gridTemplateColumns: TEMPLATE, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => risk && onOpen(risk)}
                onKeyDown={(event) => {
                  if (risk && event.key === 'Enter') onOpen(risk);
                }}
              >
                {risk ? (
                  <>
                    <div role="cell"><Text size="sm" ff="monospace">{risk.code}</Text></div>
                    <div role="cell"><Text size="sm" truncate="end" fw={500}>{risk.title}</Text></div>
                    <div role="cell"><Text size="sm" truncate="end" c={risk.ownerName ? undefined : 'dimmed'}>{risk.ownerName ?? 'No owner'}</Text></div>
                    <div role="cell"><Badge size="sm" variant="light" color={risk.status === 'closed' ? 'gray' : 'blue'}>{risk.status}</Badge></div>
                    <div role="cell"><ScoreChip position={risk.inherent} /></div>
                    <div role="cell"><ScoreChip position={risk.residual} /></div>
                    <div role="cell"><ScoreChip position={risk.target} /></div>
                    <div role="cell">
                      <Text size="sm" c={risk.reviewOverdue ? 'red' : undefined} fw={risk.reviewOverdue ? 600 : undefined}>
                        {risk.nextReviewDate ?? '—'}
                        {risk.reviewOverdue ? <span className={classes.srOnly}> (overdue)</span> : null}
                      </Text>
                    </div>
                    <div role="cell">
                      {risk.overdueActions > 0 ? (
                        <Group gap={4} c="red" wrap="nowrap" aria-label={`${risk.overdueActions} overdue actions`}>
                          <IconAlertTriangle size={14} aria-hidden />
                          <Text size="sm" fw={600}>{risk.overdueActions}</Text>
                        </Group>
                      ) : null}
                    </div>
                  </>
                ) : (
                  <div role="cell" className={classes.placeholder} aria-label="Loading" />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
