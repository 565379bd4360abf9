import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import { Link } from 'wouter';
import type { ResultStatus } from '../../../../../shared/domain/sla-status';
import { observeRectWithFallback } from '../../../lib/observe-rect';
import { periodLabel, resultLabel } from '../common/SlaBadges';
import { monthTotals, rowTarget, type PortfolioRow } from './portfolio-view';
import classes from './PortfolioStrip.module.css';
import { STATUS_MARK } from './status-marks';

const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 44;
const MONTH_WIDTH = 56;
const SERVICE_MIN_WIDTH = 280;

const statusText = (status: ResultStatus | null) => (status ? resultLabel[status] : 'No data');

interface RowProps {
  row: PortfolioRow;
  index: number;
  periods: readonly string[];
  onOpen: (path: string) => void;
}

/**
 * One service. The name is the keyboard's way in (one tab stop per row); the month cells are
 * for the mouse and say their result in words to assistive technology.
 */
const StripRow = memo(function StripRow({ row, index, periods, onOpen }: RowProps) {
  const target = rowTarget(row);
  const opens = row.slaId !== null ? 'its SLA' : `its ${row.slaCount} SLAs`;
  return (
    <tr className={classes.row} aria-rowindex={index + 2}>
      <th scope="row" className={classes.service} title={`${row.serviceCode} ${row.serviceName}`}>
        <Link href={target} className={classes.serviceLink} aria-label={`${row.serviceCode} ${row.serviceName}: open ${opens}`}>
          <span className={classes.code}>{row.serviceCode}</span>
          {row.serviceName}
        </Link>
      </th>
      {row.cells.map((status, column) => (
        <td key={periods[column]} className={classes.cell}>
          <button
            type="button"
            tabIndex={-1}
            className={classes.mark}
            data-status={status ?? 'none'}
            aria-label={`${row.serviceName}, ${periodLabel(periods[column]!)}: ${statusText(status)}`}
            title={`${periodLabel(periods[column]!)}: ${statusText(status)}`}
            onClick={() => onOpen(target)}
          >
            <span aria-hidden>{STATUS_MARK[status ?? 'none']}</span>
          </button>
        </td>
      ))}
    </tr>
  );
});

interface PortfolioStripProps {
  rows: PortfolioRow[];
  periods: string[];
  onOpen: (path: string) => void;
}

/** Services × months at any number of services: every row loaded, only the visible ones in the DOM. */
export function PortfolioStrip({ rows, periods, onOpen }: PortfolioStripProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
    observeElementRect: observeRectWithFallback,
  });
  const totals = monthTotals(rows, periods);
  const items = virtualizer.getVirtualItems();
  const paddingTop = (items[0]?.start ?? HEADER_HEIGHT) - HEADER_HEIGHT;
  const paddingBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <div ref={scrollRef} className={classes.scroller} role="region" aria-label="Attainment by service and month" tabIndex={-1}>
      <table
        className={classes.table}
        style={{ width: '100%', minWidth: SERVICE_MIN_WIDTH + MONTH_WIDTH * periods.length }}
        aria-label="Attainment"
        aria-rowcount={rows.length + 2}
      >
        <colgroup>
          <col />
          {periods.map((period) => (
            <col key={period} style={{ width: MONTH_WIDTH }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className={`${classes.th} ${classes.corner}`}>
              Service
            </th>
            {periods.map((period) => (
              <th key={period} scope="col" className={classes.th} aria-label={periodLabel(period)}>
                {periodLabel(period).slice(0, 3)}
                <span className={classes.year}>{period.slice(0, 4)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr className={classes.spacer} aria-hidden>
              <td colSpan={periods.length + 1} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => (
            <StripRow key={rows[item.index]!.serviceId} row={rows[item.index]!} index={item.index} periods={periods} onOpen={onOpen} />
          ))}
          {paddingBottom > 0 && (
            <tr className={classes.spacer} aria-hidden>
              <td colSpan={periods.length + 1} style={{ height: paddingBottom }} />
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr aria-rowindex={rows.length + 2} aria-label="Totals">
            <th scope="row" className={`${classes.foot} ${classes.corner}`}>
              Services per month
            </th>
            {totals.map((total) => (
              <td
                key={total.period}
                className={classes.foot}
                aria-label={`${periodLabel(total.period)}: ${total.met} met, ${total.atRisk} at risk, ${total.breached} breached`}
                title={`${periodLabel(total.period)}: ${total.met} met, ${total.atRisk} at risk, ${total.breached} breached, ${total.none} no data`}
              >
                <div className={classes.countMet}>{total.met} ✓</div>
                <div className={classes.countAtRisk}>{total.atRisk} !</div>
                <div className={classes.countBreached}>{total.breached} ✕</div>
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
