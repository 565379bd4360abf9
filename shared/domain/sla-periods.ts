/**
 * Reporting periods of SLA measurements: calendar months written "YYYY-MM".
 *
 * Periods are calendar months of the wall clock the service hours are written in; see
 * `sla-time.ts` for how times are counted (no time zones, no daylight-saving shifts).
 */
import { parseFlexibleDate } from './dates';

/** A calendar month as "YYYY-MM". */
export type Period = string;

const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a well-formed month "YYYY-MM" (month 01–12, year 1900–2200). */
export function isPeriod(text: string): boolean {
  const match = PERIOD_PATTERN.exec(text);
  return match !== null && Number(match[1]) >= 1900 && Number(match[1]) <= 2200;
}

function parts(period: Period): { year: number; month: number } {
  const match = PERIOD_PATTERN.exec(period);
  if (!match) throw new RangeError(`"${period}" is not a month written YYYY-MM`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

function format(year: number, month: number): Period {
  const date = new Date(Date.UTC(year, month - 1, 1));
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** Number of days in a month: 28–31 (29 in February of a leap year). */
export function daysInPeriod(period: Period): number {
  const { year, month } = parts(period);
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first day of the month and the first day of the next month ("YYYY-MM-DD"): the period is
 * the half-open range [start, end), so 2026-01 runs from 2026-01-01 00:00 up to 2026-02-01 00:00.
 */
export function periodBounds(period: Period): { start: string; end: string; days: number } {
  const { year, month } = parts(period);
  return { start: `${period}-01`, end: `${addPeriods(format(year, month), 1)}-01`, days: daysInPeriod(period) };
}

/** The month `count` months after (negative: before) `period`. */
export function addPeriods(period: Period, count: number): Period {
  const { year, month } = parts(period);
  return format(year, month + count);
}

/** Months from `from` to `to`, both included, oldest first; empty when `to` is before `from`. */
export function periodRange(from: Period, to: Period): Period[] {
  const result: Period[] = [];
  for (let period = from; period <= to; period = addPeriods(period, 1)) result.push(period);
  return result;
}

/** How many months `to` is after `from` (negative when before): 2026-01 → 2026-03 is 2. */
export function monthsBetween(from: Period, to: Period): number {
  const a = parts(from);
  const b = parts(to);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** The month a date ("YYYY-MM-DD", or a longer ISO text) falls in. */
export function periodOf(date: string): Period {
  return date.slice(0, 7);
}

/** The last month that has fully ended on `today` ("YYYY-MM-DD"): on 2026-11-24 that is 2026-10. */
export function lastCompletePeriod(today: string): Period {
  return addPeriods(periodOf(today), -1);
}

/** The `count` months ending with `end`, oldest first: lastPeriods('2026-03', 3) is 2026-01 … 2026-03. */
export function lastPeriods(end: Period, count: number): Period[] {
  return periodRange(addPeriods(end, -(count - 1)), end);
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Read a month as people write it in spreadsheets: "2026-03", "2026-3", "03/2026", "3.2026",
 * "Mar 2026", "March 2026", "2026 Mar", or any date in the month ("2026-03-31", "31/03/2026").
 * Returns "YYYY-MM", or null when it is not a month.
 */
export function parsePeriod(text: string): Period | null {
  const value = text.trim();
  let match = /^(\d{4})[-/.](\d{1,2})$/.exec(value);
  if (match) return checked(Number(match[1]), Number(match[2]));
  match = /^(\d{1,2})[-/.](\d{4})$/.exec(value);
  if (match) return checked(Number(match[2]), Number(match[1]));
  match = /^([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(value);
  if (match) return named(match[1]!, Number(match[2]));
  match = /^(\d{4})[\s-]+([A-Za-z]+)\.?$/.exec(value);
  if (match) return named(match[2]!, Number(match[1]));
  const date = parseFlexibleDate(value);
  return date ? periodOf(date) : null;
}

function checked(year: number, month: number): Period | null {
  if (month < 1 || month > 12 || year < 1900 || year > 2200) return null;
  return format(year, month);
}

function named(name: string, year: number): Period | null {
  const lower = name.toLowerCase();
  const index = lower === 'sept' ? 8 : MONTH_NAMES.findIndex((month) => month === lower || month.slice(0, 3) === lower);
  return index === -1 ? null : checked(year, index + 1);
}
