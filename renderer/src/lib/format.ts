import { appNow } from './app-clock';

// Dates travel as ISO strings (UTC times, or plain YYYY-MM-DD days); people read them in their own
// locale. `undefined` as the locale means "whatever this computer is set to".

const DAY_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A plain day ("2025-03-01") must not go through `new Date()`, which reads it as UTC midnight
 * and shows the previous day west of Greenwich. Build it as a local date instead.
 */
function toDate(iso: string): Date {
  const day = DAY_ONLY.exec(iso);
  if (day) return new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
  return new Date(iso);
}

function isValid(date: Date): boolean {
  return !Number.isNaN(date.getTime());
}

/** "1 Mar 2025" (or the local equivalent); the raw text when it is not a date. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = toDate(iso);
  return isValid(date) ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(date) : iso;
}

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/**
 * A wall-clock moment written without a zone ("2026-03-04T09:15", an outage's start) in the
 * locale's format, exactly as written: never shifted by a zone or a daylight-saving gap.
 */
export function formatWallClock(moment: string | null | undefined): string {
  if (!moment) return '—';
  const parts = WALL_CLOCK.exec(moment);
  if (!parts) return formatDate(moment);
  const [, year, month, day, hour, minute] = parts.map(Number) as [number, number, number, number, number, number];
  const at = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return isValid(at) ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(at) : moment;
}

/** "1 Mar 2025, 14:05" in local time; with seconds where order within a minute matters (audit trail). */
export function formatDateTime(iso: string | null | undefined, options: { seconds?: boolean } = {}): string {
  if (!iso) return '—';
  const date = toDate(iso);
  const timeStyle = options.seconds ? 'medium' : 'short';
  return isValid(date) ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle }).format(date) : iso;
}

/** Today as YYYY-MM-DD in local time (what "due today" means to the person looking). */
export function localToday(now: Date = appNow()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whole days from `today` to `day` (negative when `day` is past). Both YYYY-MM-DD. */
export function daysBetween(today: string, day: string): number {
  const ms = toDate(day).getTime() - toDate(today).getTime();
  return Math.round(ms / 86_400_000);
}

/** "today", "in 3 days", "5 days overdue": how a due date feels, not just what it is. */
export function describeDue(day: string, today: string = localToday()): string {
  const days = daysBetween(today, day);
  if (days === 0) return 'due today';
  if (days === 1) return 'due tomorrow';
  if (days > 1) return `in ${days} days`;
  if (days === -1) return '1 day overdue';
  return `${-days} days overdue`;
}

const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const;

/** "348 KB": file sizes in 1024 steps with at most one decimal. */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${new Intl.NumberFormat(undefined, { maximumFractionDigits: digits }).format(value)} ${UNITS[unit]}`;
}

/** "1 service" / "25 services". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${new Intl.NumberFormat().format(count)} ${count === 1 ? one : many}`;
}

/** The last segment of a path, for either separator (the host may be Windows). */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/** A whole number with the user's digit grouping (1,083,387). */
export function formatCount(count: number): string {
  return new Intl.NumberFormat().format(count);
}
