import { Checkbox, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { RiskSortColumn, RiskSummary } from '../../../../../shared/api/risks-api';
import { observeRectWithFallback } from '../../../lib/observe-rect';
import type { RiskColumn } from './risk-columns';
import type { RiskSelection } from './use-risk-selection';
import classes from './RiskTable.module.css';

// Other screens show scores the register's way.
export { ScoreChip } from './ScoreChip';

const ROW_HEIGHT = 40;
/** The table grows with its rows up to this, then scrolls inside, so a short register leaves no empty box. */
const MAX_BODY_HEIGHT = 560;
const CHECKBOX_TRACK = '28px';

interface RiskTableProps {
  total: number;
  rowAt: (index: number) => RiskSummary | undefined;
  ensureRange: (from: number, to: number) => void;
  columns: readonly RiskColumn[];
  sort: { column: RiskSortColumn; direction: 'asc' | 'desc' };
  onSort: (column: RiskSortColumn) => void;
  onOpen: (risk: RiskSummary) => void;
  selection: RiskSelection;
}

/** The register as a virtualized table: only the rows in view are drawn; pages load as they scroll in. */
export function RiskTable({ total, rowAt, ensureRange, columns, sort, onSort, onOpen, selection }: RiskTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 20,
    initialRect: { width: 1000, height: 600 },
    observeElementRect: observeRectWithFallback,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (total > 0) ensureRange(first, last);
  }, [first, last, total, ensureRange]);
  const template = [CHECKBOX_TRACK, ...columns.map((column) => column.width)].join(' ');

  return (
    <div className={classes.table} role="table" aria-label="Risk register" aria-rowcount={total + 1} aria-multiselectable>
      <div className={classes.header} role="row" style={{ gridTemplateColumns: template }}>
        <div role="columnheader">
          <Checkbox
            size="xs"
            aria-label={selection.headerState === 'none' ? `Select all ${total.toLocaleString('en')} matching risks` : 'Clear the selection'}
            checked={selection.headerState === 'all'}
            indeterminate={selection.headerState === 'some'}
            onChange={selection.toggleAll}
          />
        </div>
        {columns.map((column) => {
          const active = column.sort === sort.column;
          return (
            <div key={column.id} role="columnheader" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
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
      <div ref={scroller} className={classes.scroller} style={{ height: Math.min(MAX_BODY_HEIGHT, total * ROW_HEIGHT) }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }} role="rowgroup">
          {items.map((item) => {
            const risk = rowAt(item.index);
            const selected = risk ? selection.isSelected(risk) : false;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={risk ? selected : undefined}
                className={classes.row}
                data-loading={risk ? undefined : true}
                data-selected={selected || undefined}
                tabIndex={risk ? 0 : -1}
                style={{ gridTemplateColumns: template, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => risk && onOpen(risk)}
                onKeyDown={(event) => {
                  if (!risk || event.target !== event.currentTarget) return;
                  if (event.key === 'Enter') onOpen(risk);
                  if (event.key === ' ') {
                    // Space selects, as in a list; it must not scroll the table.
                    event.preventDefault();
                    selection.toggle(item.index, risk, event.shiftKey);
                  }
                }}
              >
                {risk ? (
                  <>
                    {/* The checkbox cell swallows clicks, so a near miss does not open the risk. */}
                    <div role="cell" onClick={(event) => event.stopPropagation()}>
                      <Checkbox
                        size="xs"
                        aria-label={`Select ${risk.code}`}
                        checked={selected}
                        onChange={() => undefined}
                        onClick={(event) => selection.toggle(item.index, risk, event.shiftKey)}
                      />
                    </div>
                    {columns.map((column) => (
                      <div key={column.id} role="cell">
                        {column.render(risk)}
                      </div>
                    ))}
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
