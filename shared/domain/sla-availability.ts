/**
 * Availability arithmetic: service time in a period, allowed downtime, downtime from outages,
 * availability and the error budget (ISO/IEC 20000-1 8.3.3 and 8.7.2).
 *
 * Availability is counted within service hours only: time outside the agreed hours is neither
 * service time nor downtime. Times are wall-clock times without zones (see `sla-time.ts`).
 *
 * Exactness: service time is a whole number of minutes; outages count to the second;
 * percentages enter the sums with nine decimals (0.000000001 %). Each result is a single
 * division of whole numbers below 2^53 (for periods up to 62 days), so 99.9 % of a 30-day 24×7
 * month is exactly 43.2 minutes, not 43.199999…; minute figures are rounded to 0.000001 minute.
 */
import { type Period } from './sla-periods';
import { minutesOf, WEEKDAYS, type ServiceHours, type Weekday } from './service-hours';
import { intersectSpans, mergeSpans, periodWithin, SECONDS_PER_DAY, SECONDS_PER_MINUTE, type TimeSpan } from './sla-time';

/** Percent scaled to whole billionths of a percent, so sums stay in exact integers. */
const PERCENT_SCALE = 1_000_000_000;
const HUNDRED_PERCENT = 100 * PERCENT_SCALE;

function scaledPercent(percent: number): number {
  return Math.round(percent * PERCENT_SCALE);
}

/** Round away binary floating-point noise from a minute or percent figure (six decimals). */
export function cleanFigure(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Weekday of a day number (days since 1970-01-01, a Thursday). */
function weekdayOfDay(day: number): Weekday {
  // WEEKDAYS starts on Monday; 1970-01-01 is index 3.
  return WEEKDAYS[(((day + 3) % 7) + 7) % 7]!;
}

function windowsByWeekday(hours: ServiceHours): Map<Weekday, Array<[number, number]>> {
  const byDay = new Map<Weekday, Array<[number, number]>>();
  if (hours.mode === '24x7') return byDay;
  for (const window of hours.windows) {
    const list = byDay.get(window.day) ?? [];
    list.push([minutesOf(window.from) * SECONDS_PER_MINUTE, minutesOf(window.to) * SECONDS_PER_MINUTE]);
    byDay.set(window.day, list);
  }
  return byDay;
}

/** Seconds of a span that fall within the service hours. */
export function serviceSecondsIn(span: TimeSpan, hours: ServiceHours): number {
  if (span.end <= span.start) return 0;
  if (hours.mode === '24x7') return span.end - span.start;
  const byDay = windowsByWeekday(hours);
  let total = 0;
  const lastDay = Math.ceil(span.end / SECONDS_PER_DAY);
  for (let day = Math.floor(span.start / SECONDS_PER_DAY); day < lastDay; day += 1) {
    const base = day * SECONDS_PER_DAY;
    for (const [from, to] of byDay.get(weekdayOfDay(day)) ?? []) {
      const overlap = intersectSpans(span, { start: base + from, end: base + to });
      if (overlap) total += overlap.end - overlap.start;
    }
  }
  return total;
}

/**
 * Minutes of service in a month under a calendar, optionally only within validity dates
 * (an SLA agreed on the 10th counts from the 10th). 30 days of 24×7 is 43,200 minutes;
 * Mon–Fri 08:00–18:00 in a month with 22 weekdays is 13,200. Zero when the dates miss the month.
 */
export function serviceMinutesInPeriod(period: Period, hours: ServiceHours, validity: { from?: string | null; to?: string | null } = {}): number {
  const span = periodWithin(period, validity.from ?? null, validity.to ?? null);
  return span ? serviceSecondsIn(span, hours) / SECONDS_PER_MINUTE : 0;
}

/** Downtime a target allows: 99.9 % of 43,200 service minutes allows 43.2 minutes. */
export function allowedDowntimeMinutes(serviceMinutes: number, targetPercent: number): number {
  return cleanFigure((serviceMinutes * (HUNDRED_PERCENT - scaledPercent(targetPercent))) / HUNDRED_PERCENT);
}

/** Downtime an availability figure implies: 99.95 % of 43,200 minutes is 21.6 minutes down. */
export function downtimeFromAvailability(serviceMinutes: number, availabilityPercent: number): number {
  return cleanFigure((serviceMinutes * (HUNDRED_PERCENT - scaledPercent(availabilityPercent))) / HUNDRED_PERCENT);
}

/**
 * Minutes of outage that count against availability in a window (usually a month, or the part
 * of it an SLA is valid): overlapping outages are merged so no minute counts twice, each is cut
 * to the window, and only the time within service hours counts. An outage 23:00 31 Jan → 02:00
 * 1 Feb on a 24×7 service is 60 minutes in January and 120 in February.
 */
export function downtimeMinutesIn(outages: readonly TimeSpan[], window: TimeSpan, hours: ServiceHours): number {
  let seconds = 0;
  for (const outage of mergeSpans(outages)) {
    const clipped = intersectSpans(outage, window);
    if (clipped) seconds += serviceSecondsIn(clipped, hours);
  }
  return seconds / SECONDS_PER_MINUTE;
}

/** `downtimeMinutesIn` for a month, optionally within validity dates. */
export function downtimeMinutesInPeriod(
  outages: readonly TimeSpan[],
  period: Period,
  hours: ServiceHours,
  validity: { from?: string | null; to?: string | null } = {},
): number {
  const window = periodWithin(period, validity.from ?? null, validity.to ?? null);
  return window ? downtimeMinutesIn(outages, window, hours) : 0;
}

/**
 * Availability in percent: (service time − downtime) / service time × 100, counted to the second.
 * Null when there was no service time to measure (nothing to be available for).
 */
export function availabilityPercent(serviceMinutes: number, downtimeMinutes: number): number | null {
  const service = Math.round(serviceMinutes * SECONDS_PER_MINUTE);
  if (service <= 0) return null;
  const down = Math.min(service, Math.max(0, Math.round(downtimeMinutes * SECONDS_PER_MINUTE)));
  return ((service - down) * 100) / service;
}

/** How much of the allowed downtime a period used. */
export interface ErrorBudget {
  /** Minutes of downtime the target allows in the period. */
  allowedMinutes: number;
  /** Minutes of downtime in service hours. */
  usedMinutes: number;
  /** Allowed minus used; negative once the budget is overspent. */
  leftMinutes: number;
  /** Used as a percentage of allowed (over 100 once overspent); null when nothing is allowed (a 100 % target). */
  percentUsed: number | null;
}

/**
 * The error budget of an availability target for a period, from the downtime (e.g. from outages)
 * or from the availability figure entered for the period.
 */
export function errorBudget(
  input: { serviceMinutes: number; targetPercent: number } & ({ downtimeMinutes: number } | { availabilityPercent: number }),
): ErrorBudget {
  const allowed = allowedDowntimeMinutes(input.serviceMinutes, input.targetPercent);
  const used = 'downtimeMinutes' in input ? cleanFigure(input.downtimeMinutes) : downtimeFromAvailability(input.serviceMinutes, input.availabilityPercent);
  return {
    allowedMinutes: allowed,
    usedMinutes: used,
    leftMinutes: cleanFigure(allowed - used),
    percentUsed: allowed > 0 ? cleanFigure((used * 100) / allowed) : null,
  };
}
