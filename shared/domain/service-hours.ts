import { z } from 'zod';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const WEEKDAY_LABELS: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time like 08:00 (24-hour clock)');

/** A time window on one weekday, e.g. Mon 08:00–18:00. "24:00" ends a window at midnight. */
export const serviceWindowSchema = z
  .object({ day: z.enum(WEEKDAYS, { error: 'must be a weekday (mon … sun)' }), from: timeOfDay, to: timeOfDay })
  .refine((w) => minutesOf(w.from) < minutesOf(w.to), { message: 'must end after it starts', path: ['to'] });

/** When a service (or an SLA) is provided: around the clock, or a weekly calendar of windows. */
export const serviceHoursSchema = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('24x7') }),
    z.object({
      mode: z.literal('weekly'),
      windows: z
        .array(serviceWindowSchema)
        .min(1, 'needs at least one window; use 24x7 for round-the-clock')
        .max(21, 'has too many windows')
        .refine((windows) => !hasOverlap(windows), 'has overlapping windows on the same day'),
    }),
  ],
  { error: 'must be 24x7 or a weekly calendar' },
);

export type ServiceHours = z.infer<typeof serviceHoursSchema>;
export type ServiceWindow = z.infer<typeof serviceWindowSchema>;

/** Minutes since midnight for "HH:MM". */
export function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

function hasOverlap(windows: readonly ServiceWindow[]): boolean {
  for (const day of WEEKDAYS) {
    const sorted = windows.filter((w) => w.day === day).sort((a, b) => minutesOf(a.from) - minutesOf(b.from));
    for (let i = 1; i < sorted.length; i += 1) {
      if (minutesOf(sorted[i]!.from) < minutesOf(sorted[i - 1]!.to)) return true;
    }
  }
  return false;
}

/** Minutes of service in one week: 10,080 for 24×7, 3,000 for Mon–Fri 08:00–18:00. */
export function weeklyServiceMinutes(hours: ServiceHours): number {
  if (hours.mode === '24x7') return 7 * 24 * 60;
  return hours.windows.reduce((total, w) => total + minutesOf(w.to) - minutesOf(w.from), 0);
}

/**
 * The short text form used in tables and spreadsheets: "24x7" or "Mon-Fri 08:00-18:00; Sat 09:00-13:00".
 * Consecutive days with the same times are joined into a range.
 */
export function formatServiceHours(hours: ServiceHours): string {
  if (hours.mode === '24x7') return '24x7';
  const byTimes = new Map<string, Weekday[]>();
  const ordered = [...hours.windows].sort((a, b) => WEEKDAYS.indexOf(a.day) - WEEKDAYS.indexOf(b.day) || minutesOf(a.from) - minutesOf(b.from));
  for (const w of ordered) {
    const key = `${w.from}-${w.to}`;
    byTimes.set(key, [...(byTimes.get(key) ?? []), w.day]);
  }
  const parts: string[] = [];
  for (const [times, days] of byTimes) {
    const runs: Weekday[][] = [];
    for (const day of days) {
      const run = runs[runs.length - 1];
      if (run && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(run[run.length - 1]!) + 1) run.push(day);
      else runs.push([day]);
    }
    const dayText = runs
      .map((run) => (run.length >= 3 ? `${WEEKDAY_LABELS[run[0]!]}-${WEEKDAY_LABELS[run[run.length - 1]!]}` : run.map((d) => WEEKDAY_LABELS[d]).join(',')))
      .join(',');
    parts.push(`${dayText} ${times}`);
  }
  return parts.join('; ');
}

const DAY_BY_NAME: Record<string, Weekday> = Object.fromEntries(
  WEEKDAYS.flatMap((day) => {
    const label = WEEKDAY_LABELS[day].toLowerCase();
    const long = { mon: 'monday', tue: 'tuesday', wed: 'wednesday', thu: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday' }[day];
    return [
      [day, day],
      [label, day],
      [long, day],
    ];
  }),
);

function expandDays(text: string): Weekday[] | null {
  const days: Weekday[] = [];
  for (const piece of text
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean)) {
    const range = piece.split(/\s*[-–]\s*/);
    if (range.length === 2) {
      const from = DAY_BY_NAME[range[0]!];
      const to = DAY_BY_NAME[range[1]!];
      if (!from || !to) return null;
      const start = WEEKDAYS.indexOf(from);
      const end = WEEKDAYS.indexOf(to);
      if (end < start) return null;
      days.push(...WEEKDAYS.slice(start, end + 1));
    } else {
      const day = DAY_BY_NAME[piece];
      if (!day) return null;
      days.push(day);
    }
  }
  return days.length ? days : null;
}

/**
 * Read the text form back ("24x7", "24/7", "Mon-Fri 08:00-18:00; Sat 09:00-13:00").
 * Returns the hours, or a sentence saying what could not be read.
 */
export function parseServiceHours(text: string): { ok: true; value: ServiceHours } | { ok: false; error: string } {
  const trimmed = text.trim();
  if (/^(24\s*[x×/]\s*7|24x7|always)$/i.test(trimmed)) return { ok: true, value: { mode: '24x7' } };
  if (!trimmed) return { ok: false, error: 'is empty; write 24x7 or e.g. Mon-Fri 08:00-18:00' };
  const windows: ServiceWindow[] = [];
  for (const part of trimmed
    .split(';')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const match = /^(.+?)\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})$/.exec(part);
    if (!match) return { ok: false, error: `"${part}" is not like "Mon-Fri 08:00-18:00"` };
    const days = expandDays(match[1]!);
    if (!days) return { ok: false, error: `"${match[1]}" is not a day or day range` };
    const pad = (t: string) => t.padStart(5, '0');
    for (const day of days) windows.push({ day, from: pad(match[2]!), to: pad(match[3]!) });
  }
  const parsed = serviceHoursSchema.safeParse({ mode: 'weekly', windows });
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message ?? 'is not valid' };
  return { ok: true, value: parsed.data };
}
