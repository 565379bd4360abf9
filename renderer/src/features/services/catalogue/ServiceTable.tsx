import { Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconArrowsSort } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type KeyboardEvent } from 'react';
import type { ServiceSummary } from '../../../../../shared/api/services-api';
import { localToday } from '../../../lib/format';
import type { CatalogueColumn } from './catalogue-columns';
import type { CatalogueSort, SortColumn } from './catalogue-query';
import { observeRectWithFallback } from '../../../lib/observe-rect';
import classes from './ServiceTable.module.css';

const ROW_HEIGHT = 40;
/** The sticky header sits above the rows inside the scroller; the virtualizer counts it as padding. */
const HEADER_HEIGHT = 38;

interface ServiceTableProps {
  rows: ServiceSummary[];
  columns: CatalogueColumn[];
  sort: CatalogueSort;
  onSort: (column: SortColumn) => void;
  selectedId: number | null;
  onSelect: (id: number) => void;
  onOpen: (id: number) => void;
}

interface RowProps {
  service: ServiceSummary;
  index: number;
  columns: CatalogueColumn[];
  selected: boolean;
  today: string;
  onSelect: (id: number) => void;
  onOpen: (id: number) => void;
}

/** Rows that stay in view while scrolling are not rendered again. */
const ServiceRow = memo(function ServiceRow({ service, index, columns, selected, today, onSelect, onOpen }: RowProps) {
  return (
    <tr
      id={`service-row-${service.id}`}
      className={`${classes.row} ${selected ? classes.selected : ''}`}
      aria-rowindex={index + 2}
      aria-selected={selected}
      onClick={() => onSelect(service.id)}
      onDoubleClick={() => onOpen(service.id)}
    >
      {columns.map((column) => (
        <td key={column.id} style={column.align ? { textAlign: column.align } : undefined}>
          {column.render(service, today)}
        </td>
      ))}
    </tr>
  );
});

function ariaSort(column: CatalogueColumn, sort: CatalogueSort) {
  if (!column.sort) return undefined;
  if (column.sort !== sort.column) return 'none' as const;
  return sort.direction === 'asc' ? ('ascending' as const) : ('descending' as const);
}

/**
 * The catalogue as a table that stays smooth at thousands of rows: every row is loaded, only the
 * visible ones are in the DOM. A focusable grid: arrows move the selection, Enter opens.
 */
export function ServiceTable({ rows, columns, sort, onSort, selectedId, onSelect, onOpen }: ServiceTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const today = localToday();
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    observeElementRect: observeRectWithFallback,
  });
  const selectedIndex = selectedId === null ? -1 : rows.findIndex((row) => row.id === selectedId);

  // Bring the selected row into view when it changes (keyboard, or arriving back from its page).
  const scrolledTo = useRef<number | null>(null);
  useEffect(() => {
    if (selectedIndex >= 0 && scrolledTo.current !== selectedId) {
      scrolledTo.current = selectedId;
      virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
    }
  }, [selectedIndex, selectedId, virtualizer]);

  const move = (to: number) => {
    if (rows.length === 0) return;
    const index = Math.min(rows.length - 1, Math.max(0, to));
    onSelect(rows[index]!.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.target !== event.currentTarget) return; // keys on the header buttons are theirs
    const from = selectedIndex;
    const pageSize = Math.max(1, Math.floor(((scrollRef.current?.clientHeight ?? 400) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(from + 1),
      ArrowUp: () => move(from < 0 ? 0 : from - 1),
      PageDown: () => move(from + pageSize),
      PageUp: () => move(from - pageSize),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => {
        if (selectedIndex >= 0) onOpen(rows[selectedIndex]!.id);
      },
    };
    const action = keys[event.key];
    if (action && !event.altKey && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      action();
    }
  };

  const items = virtualizer.getVirtualItems();
  const paddingTop = (items[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const fixedWidth = columns.reduce((total, column) => total + (column.width ?? 0), 0);

  return (
    <div ref={scrollRef} className={classes.scroller}>
      <table
        className={classes.table}
        style={{ minWidth: fixedWidth + 260 }}
        role="grid"
        aria-label="Services"
        aria-rowcount={rows.length + 1}
        aria-readonly
        tabIndex={0}
        aria-activedescendant={selectedIndex >= 0 ? `service-row-${selectedId}` : undefined}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          if (event.target === event.currentTarget && selectedIndex < 0 && rows.length) onSelect(rows[0]!.id);
        }}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={column.width ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => {
              const active = column.sort === sort.column;
              const SortIcon = active ? (sort.direction === 'asc' ? IconArrowUp : IconArrowDown) : IconArrowsSort;
              return (
                <th key={column.id} className={classes.th} aria-sort={ariaSort(column, sort)} scope="col">
                  {column.sort ? (
                    <UnstyledButton
                      className={classes.sortButton}
                      data-align={column.align}
                      onClick={() => onSort(column.sort!)}
                      // The button is named by the column's label; aria-sort on the header says how it is sorted.
                      title={`Sort by ${column.label.toLowerCase()}`}
                    >
                      <Text span size="sm" fw={600} truncate>
                        {column.label}
                      </Text>
                      <SortIcon size={14} className={classes.sortIcon} data-active={active || undefined} aria-hidden />
                    </UnstyledButton>
                  ) : (
                    <Text size="sm" fw={600} truncate ta={column.align}>
                      {column.label}
                    </Text>
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr className={classes.spacer} aria-hidden style={{ height: paddingTop }}>
              <td colSpan={columns.length} />
            </tr>
          )}
          {items.map((item) => {
            const service = rows[item.index]!;
            return (
              <ServiceRow
                key={service.id}
                service={service}
                index={item.index}
                columns={columns}
                selected={service.id === selectedId}
                today={today}
                onSelect={onSelect}
                onOpen={onOpen}
              />
            );
          })}
          {paddingBottom > 0 && (
            <tr className={classes.spacer} aria-hidden style={{ height: paddingBottom }}>
              <td colSpan={columns.length} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
