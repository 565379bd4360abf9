import { addDays, addMonths } from '../domain/review-dates';
import { daysBetween, type DateWindow } from './rag';

/** An action decided at a management review, with the days it was raised and finished. */
export interface BurnDownActionRow {
  raisedOn: string;
  /** The day it was done, or cancelled (the day of its last change); null while open. */
  closedOn: string | null;
  status: 'open' | 'in_progress' | 'done' | 'cancelled';
}

export interface BurnDownPoint {
  /** First and last day of the bucket (clipped to the period and to the as-of date). */
  from: string;
  to: string;
  label: string;
  raised: number;
  done: number;
  /** Still open at the end of the bucket. */
  open: number;
}

export interface ActionBurnDown {
  unit: 'week' | 'month';
  /** Open at the start of the period (raised before it, not yet finished). */
  openAtStart: number;
  points: BurnDownPoint[];
}

/** Periods up to this many days go by week (a quarter has 13 points); longer ones by month. */
const WEEKLY_UP_TO_DAYS = 190;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function weekStart(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  return addDays(date, -weekday);
}

function buckets(window: DateWindow, unit: ActionBurnDown['unit']): Array<{ from: string; to: string; label: string }> {
  const out: Array<{ from: string; to: string; label: string }> = [];
  let from = window.from;
  while (from <= window.to) {
    const to = unit === 'week' ? addDays(weekStart(from), 6) : addDays(addMonths(`${from.slice(0, 7)}-01`, 1), -1);
    const clipped = to < window.to ? to : window.to;
    const label =
      unit === 'week' ? `${Number(from.slice(8))} ${MONTHS[Number(from.slice(5, 7)) - 1]}` : `${MONTHS[Number(from.slice(5, 7)) - 1]} ${from.slice(0, 4)}`;
    out.push({ from, to: clipped, label });
    from = addDays(clipped, 1);
  }
  return out;
}

/**
 * Actions decided at management reviews over the period: raised and done per week (month for
 * periods over six months), and how many were still open at the end of each. Stops at the as-of
 * date: a period still running shows no made-up future.
 */
export function compileActionBurnDown(rows: readonly BurnDownActionRow[], window: DateWindow, asOfDate: string): ActionBurnDown {
  const end = asOfDate < window.to ? asOfDate : window.to;
  const unit = daysBetween(window.from, window.to) <= WEEKLY_UP_TO_DAYS ? 'week' : 'month';
  const openOn = (day: string) => rows.filter((r) => r.raisedOn <= day && (r.closedOn === null || r.closedOn > day)).length;
  const openAtStart = openOn(addDays(window.from, -1));
  if (end < window.from) return { unit, openAtStart, points: [] };
  const points = buckets({ from: window.from, to: end }, unit).map((b) => ({
    ...b,
    raised: rows.filter((r) => r.raisedOn >= b.from && r.raisedOn <= b.to).length,
    done: rows.filter((r) => r.status === 'done' && r.closedOn !== null && r.closedOn >= b.from && r.closedOn <= b.to).length,
    open: openOn(b.to),
  }));
  return { unit, openAtStart, points };
}
