/**
 * Wall-clock time for SLA arithmetic.
 *
 * Service hours ("Mon–Fri 08:00–18:00") and outage times are read as the wall-clock times of
 * one place, with no time zone and no daylight-saving shifts: every day has exactly 24 hours.
 * An outage from 00:30 to 03:30 on the night the clocks change therefore counts 180 minutes.
 * Internally a moment is a whole number of seconds since 1970-01-01 00:00 of that wall clock
 * (the calendar is the proleptic Gregorian one of `Date.UTC`, used purely as a calendar).
 */
import { daysInPeriod, type Period } from './sla-periods';

/** Seconds in a minute of wall-clock time. */
export const SECONDS_PER_MINUTE = 60;
/** Seconds in a wall-clock day: always 24 hours here (no daylight-saving days of 23 or 25). */
export const SECONDS_PER_DAY = 86_400;

/** A half-open stretch of wall-clock time [start, end), in seconds. */
export interface TimeSpan {
  start: number;
  end: number;
}

/** The wall-clock moment of a date and time, in seconds. */
export function wallClockSeconds(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number {
  return Date.UTC(year, month - 1, day, hours, minutes, seconds) / 1000;
}

/** The moment a day ("YYYY-MM-DD") starts. */
export function dayStart(date: string): number {
  return Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / 1000;
}

/** The month as a span: from the 1st at 00:00 up to the 1st of the next month at 00:00. */
export function periodSpan(period: Period): TimeSpan {
  const start = dayStart(`${period}-01`);
  return { start, end: start + daysInPeriod(period) * SECONDS_PER_DAY };
}

/** The part of a month within validity dates (both days included); null when they do not overlap. */
export function periodWithin(period: Period, validFrom: string | null, validTo: string | null): TimeSpan | null {
  const span = periodSpan(period);
  const from = validFrom ? Math.max(span.start, dayStart(validFrom)) : span.start;
  const to = validTo ? Math.min(span.end, dayStart(validTo) + SECONDS_PER_DAY) : span.end;
  return from < to ? { start: from, end: to } : null;
}

/** The overlap of two spans, or null. */
export function intersectSpans(a: TimeSpan, b: TimeSpan): TimeSpan | null {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start < end ? { start, end } : null;
}

/** Spans sorted by start with overlapping and touching ones merged, so no moment counts twice. */
export function mergeSpans(spans: readonly TimeSpan[]): TimeSpan[] {
  const sorted = spans.filter((span) => span.end > span.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TimeSpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** A moment as "YYYY-MM-DDTHH:MM" (with ":SS" when the seconds are not zero). */
export function formatWallClock(seconds: number): string {
  const text = new Date(seconds * 1000).toISOString();
  return text.slice(17, 19) === '00' ? text.slice(0, 16) : text.slice(0, 19);
}

/** A read moment (seconds and its normal text form), or why the text is not one. */
export type WallClockParse = { ok: true; seconds: number; text: string } | { ok: false; error: string };

/**
 * Read a date and time as monitoring tools and people write them: "2026-01-31 23:00",
 * "2026-01-31T23:00:15", or day-first "31/01/2026 23:00". A time zone ("Z", "+01:00") is refused
 * because times are compared with the wall-clock service hours; a date without a time is midnight.
 */
export function parseWallClock(input: string): WallClockParse {
  const text = input.trim();
  if (!text) return { ok: false, error: 'is empty' };
  if (/(?:\d)(?:Z|[+-]\d{2}:?\d{2})$/i.test(text) && /[T ]\d{1,2}:\d{2}/.test(text)) {
    return { ok: false, error: `"${text}" has a time zone; write the local wall-clock time the service hours use, e.g. 2026-01-31 23:00` };
  }
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/.exec(text);
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[T ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  let fields: number[] | null = null;
  if (iso) fields = [iso[1], iso[2], iso[3], iso[4], iso[5], iso[6]].map((v) => Number(v ?? 0));
  else if (dayFirst) fields = [dayFirst[3], dayFirst[2], dayFirst[1], dayFirst[4], dayFirst[5], dayFirst[6]].map((v) => Number(v ?? 0));
  if (!fields) return { ok: false, error: `"${text}" is not a date and time like 2026-01-31 23:00` };
  const [year, month, day, hours, minutes, seconds] = fields as [number, number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day));
  const realDay = year >= 1900 && year <= 2200 && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
  const midnightEnd = hours === 24 && minutes === 0 && seconds === 0;
  if (!realDay || (hours > 23 && !midnightEnd) || minutes > 59 || seconds > 59) {
    return { ok: false, error: `"${text}" is not a real date and time` };
  }
  const value = wallClockSeconds(year, month, day, hours, minutes, seconds);
  return { ok: true, seconds: value, text: formatWallClock(value) };
}
