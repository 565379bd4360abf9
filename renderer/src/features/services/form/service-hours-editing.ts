import { WEEKDAYS, minutesOf, type ServiceHours, type ServiceWindow, type Weekday } from '../../../../../shared/domain/service-hours';

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

export const WEEKDAY_SHORT: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

function everyDay(days: readonly Weekday[], from: string, to: string): ServiceWindow[] {
  return days.map((day) => ({ day, from, to }));
}

export interface HoursPreset {
  label: string;
  windows: ServiceWindow[];
}

/** The calendars most services use, one click each. */
export const HOURS_PRESETS: readonly HoursPreset[] = [
  { label: 'Mon–Fri 08:00–18:00', windows: everyDay(WEEKDAYS.slice(0, 5), '08:00', '18:00') },
  { label: 'Mon–Sat 07:00–19:00', windows: everyDay(WEEKDAYS.slice(0, 6), '07:00', '19:00') },
];

/** Where the editor starts when someone switches away from 24×7 for the first time. */
export const DEFAULT_WEEKLY: ServiceHours = { mode: 'weekly', windows: HOURS_PRESETS[0]!.windows };

const pad = (value: string) => value.padStart(2, '0');

/**
 * What people type as times, as HH:MM: "8" → "08:00", "830" → "08:30", "8.30" → "08:30",
 * "24" → "24:00". Anything else is left for validation to explain.
 */
export function normaliseTime(text: string): string {
  const value = text.trim();
  const hoursOnly = /^(\d{1,2})$/.exec(value);
  if (hoursOnly) return `${pad(hoursOnly[1]!)}:00`;
  const withMinutes = /^(\d{1,2})[:.h]?(\d{2})$/.exec(value);
  if (withMinutes) return `${pad(withMinutes[1]!)}:${withMinutes[2]}`;
  return value;
}

/** A new window for `day`: after the day's last window when there is room, else office hours. */
export function nextWindow(windows: readonly ServiceWindow[], day: Weekday): ServiceWindow {
  const sameDay = windows.filter((window) => window.day === day);
  const last = sameDay[sameDay.length - 1];
  if (!last) return { day, from: '08:00', to: '18:00' };
  const start = minutesOf(last.to) + 60;
  if (start + 60 > 24 * 60) return { day, from: last.to, to: '24:00' };
  const time = (minutes: number) => (minutes >= 24 * 60 ? '24:00' : `${pad(String(Math.floor(minutes / 60)))}:${pad(String(minutes % 60))}`);
  return { day, from: time(start), to: time(Math.min(start + 4 * 60, 24 * 60)) };
}

/** Copy one day's windows onto other days, replacing what they had; the order stays by weekday. */
export function copyDay(windows: readonly ServiceWindow[], from: Weekday, to: readonly Weekday[]): ServiceWindow[] {
  const source = windows.filter((window) => window.day === from);
  const kept = windows.filter((window) => !to.includes(window.day) || window.day === from);
  const copies = to.filter((day) => day !== from).flatMap((day) => source.map((window) => ({ ...window, day })));
  return sortByDay([...kept, ...copies]);
}

/** Windows in weekday order, then by start time, so the stored calendar reads naturally. */
export function sortByDay(windows: readonly ServiceWindow[]): ServiceWindow[] {
  return [...windows].sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || minutesOf(a.from) - minutesOf(b.from));
}

/** "50 hours a week", "37.5 hours a week". */
export function weeklyHoursText(minutes: number): string {
  const hours = Math.round((minutes / 60) * 10) / 10;
  return `${new Intl.NumberFormat().format(hours)} hour${hours === 1 ? '' : 's'} a week`;
}
