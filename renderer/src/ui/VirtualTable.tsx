import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, type CSSProperties, type ReactNode } from 'react';
import { observeRectWithFallback } from '../lib/observe-rect';
import classes from './VirtualTable.module.css';

/** The sticky header sits above the rows inside the scroller; the virtualizer counts it as padding. */
const HEADER_HEIGHT = 38;

export interface VirtualColumn<T> {
  id: string;
  header: ReactNode;
  /** A CSS width for the column; the others share what is left. */
  width?: number | string;
  align?: 'left' | 'center' | 'right';
  /** Keep the cell on one line (ellipsis), as dates and badges read best. */
  nowrap?: boolean;
  render: (row: T) => ReactNode;
}

interface VirtualTableProps<T> {
  label: string;
  /** Every row there is: loaded or not (see `rowAt`). */
  count: number;
  /** The row at an index, or undefined while its page is loading. */
  rowAt: (index: number) => T | undefined;
  rowKey: (row: T) => string | number;
  columns: readonly VirtualColumn<T>[];
  /** A guess of a row's height; rows are measured once drawn. */
  estimateRowHeight: number;
  /** The table grows with its rows up to this height, then scrolls inside. */
  maxHeight: number;
  minWidth?: number;
  /** Called with the range of rows on screen, to load their pages. */
  onRange?: (from: number, to: number) => void;
  onRowClick?: (row: T) => void;
  rowProps?: (row: T) => { style?: CSSProperties; [data: `data-${string}`]: string | boolean | undefined };
  /** A class on the scroller, for styles of the screen's own rows. */
  className?: string;
}

interface RowProps<T> {
  row: T;
  index: number;
  columns: readonly VirtualColumn<T>[];
  measure: (element: Element | null) => void;
  onRowClick?: (row: T) => void;
  rowProps?: VirtualTableProps<T>['rowProps'];
}

/** A row that stays in view while scrolling is not rendered again (its row object is the same). */
const Row = memo(function Row<T>({ row, index, columns, measure, onRowClick, rowProps }: RowProps<T>) {
  return (
    <tr
      ref={measure}
      data-index={index}
      aria-rowindex={index + 2}
      className={classes.row}
      data-clickable={onRowClick ? true : undefined}
      onClick={onRowClick ? () => onRowClick(row) : undefined}
      {...rowProps?.(row)}
    >
      {columns.map((column) => (
        <td
          key={column.id}
          style={{ textAlign: column.align, whiteSpace: column.nowrap ? 'nowrap' : undefined, textOverflow: column.nowrap ? 'ellipsis' : undefined }}
        >
          {column.render(row)}
        </td>
      ))}
    </tr>
  );
}) as <T>(props: RowProps<T>) => ReactNode;

/**
 * A table of any length with only the rows in view in the DOM: the header stays put, rows are
 * measured as they are drawn, and rows not loaded yet show a placeholder until their page arrives.
 * Pass the same `columns` array between renders so rows in view are not drawn again.
 */
export function VirtualTable<T>({
  label,
  count,
  rowAt,
  rowKey,
  columns,
  estimateRowHeight,
  maxHeight,
  minWidth,
  onRange,
  onRowClick,
  rowProps,
  className,
}: VirtualTableProps<T>) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateRowHeight,
    overscan: 10,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    observeElementRect: observeRectWithFallback,
    // A row not laid out yet (or in a test DOM) measures 0 px: keep the estimate rather than
    // drawing every row at once.
    measureElement: (element) => Math.round(element.getBoundingClientRect().height) || estimateRowHeight,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (count > 0) onRange?.(first, last);
  }, [first, last, count, onRange]);

  const paddingTop = (items[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const height = Math.min(maxHeight, HEADER_HEIGHT + count * estimateRowHeight + 2);

  return (
    <div ref={scrollRef} className={className ? `${classes.scroller} ${className}` : classes.scroller} style={{ height }}>
      {/* min-width is ignored on tables: a narrower window scrolls the table sideways instead of squeezing its columns. */}
      <table className={classes.table} style={minWidth ? { width: `max(100%, ${minWidth}px)` } : undefined} aria-label={label} aria-rowcount={count + 1}>
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={column.width !== undefined ? { width: column.width } : undefined} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <th key={column.id} scope="col" className={classes.th} style={{ textAlign: column.align }}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr className={classes.spacer} aria-hidden style={{ height: paddingTop }}>
              <td colSpan={columns.length} />
            </tr>
          )}
          {items.map((item) => {
            const row = rowAt(item.index);
            return row === undefined ? (
              // Still a row at its place for a screen reader ("row 40,002 of 100,001"), marked as loading.
              <tr
                key={`loading-${item.index}`}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                aria-busy
                data-loading
                className={classes.row}
                style={{ height: estimateRowHeight }}
              >
                <td colSpan={columns.length} aria-label="Loading">
                  <div className={classes.placeholder} />
                </td>
              </tr>
            ) : (
              <Row
                key={rowKey(row)}
                row={row}
                index={item.index}
                columns={columns}
                measure={virtualizer.measureElement}
                onRowClick={onRowClick}
                rowProps={rowProps}
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
