// Due-date rules of the review workflow, as pure functions of dates given in (never the clock).
// Dates are ISO business dates "YYYY-MM-DD"; arithmetic is done on the calendar in UTC so a
// date means the same everywhere.

/** The computed state of a review that is not done yet, from its due date and today. */
export type ReviewState = 'scheduled' | 'due_soon' | 'overdue' | 'escalated';

const DAY_MS = 86_400_000;

function parts(date: string): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

function iso(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** Days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * `date` plus whole months. When the day does not exist in the target month it becomes that
 * month's last day: 31 Jan + 1 month = 28 Feb (29 Feb in a leap year), 29 Feb 2028 + 12 months =
 * 28 Feb 2029. A review is never pushed into the following month by a short month.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  return iso(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** `date` plus whole days (negative to go back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The next review date after a review done on `doneOn`: `doneOn` + the cadence.
 *
 * The rule counts from the day the review was DONE, not from the day it was planned, for early
 * and late reviews alike. Why: a review examines the subject as it stands on the day it is done,
 * and the cadence is the longest a subject may go unexamined. Counting a late review from its
 * planned date would make the next one due too soon — a quarterly review done two months late
 * would be due again a month later, or already overdue — and two reviews would crowd into one
 * window while the evidence gap stays. Counting from completion keeps every gap between two
 * reviews at most one cadence, which is what an auditor samples ("reviewed at planned intervals").
 * The lateness itself is not hidden: each record keeps its planned date next to its done date.
 */
export function nextReviewDate(doneOn: string, cadenceMonths: number): string {
  if (!Number.isInteger(cadenceMonths) || cadenceMonths < 1)
    throw new RangeError(`cadence must be a whole number of months of at least 1, not ${cadenceMonths}`);
  return addMonths(doneOn, cadenceMonths);
}

/** How many days late a review was done (0 when on time or early, or when nothing was planned). */
export function daysLate(plannedOn: string | null, doneOn: string): number {
  return plannedOn === null ? 0 : Math.max(0, daysBetween(plannedOn, doneOn));
}

/**
 * Where an open review stands today: `scheduled` until `dueSoonDays` before its due date, then
 * `due_soon`; `overdue` from the day after the due date; `escalated` (to the approver) once it is
 * more than `escalateAfterDays` overdue.
 */
export function reviewState(dueOn: string, today: string, dueSoonDays: number, escalateAfterDays: number): ReviewState {
  const late = daysBetween(dueOn, today);
  if (late > escalateAfterDays) return 'escalated';
  if (late > 0) return 'overdue';
  if (-late <= dueSoonDays) return 'due_soon';
  return 'scheduled';
}

/** The date thresholds of `reviewState`, for SQL: due on or before each of these dates. */
export function stateThresholds(today: string, dueSoonDays: number, escalateAfterDays: number): StateThresholds {
  // The inbox asks for the same few thresholds on every call; date arithmetic is most of a
  // counts call's own cost, so each answer is kept (a pure function of its three arguments).
  const key = `${today}|${dueSoonDays}|${escalateAfterDays}`;
  let thresholds = thresholdCache.get(key);
  if (!thresholds) {
    if (thresholdCache.size >= 1000) thresholdCache.clear();
    thresholds = Object.freeze(computeThresholds(today, dueSoonDays, escalateAfterDays));
    thresholdCache.set(key, thresholds);
  }
  return thresholds;
}

export type StateThresholds = Readonly<ReturnType<typeof computeThresholds>>;
const thresholdCache = new Map<string, StateThresholds>();

function computeThresholds(today: string, dueSoonDays: number, escalateAfterDays: number) {
  return {
    /** due < this: overdue */
    overdueBefore: today,
    /** due < this: escalated */
    escalatedBefore: addDays(today, -escalateAfterDays),
    /** due <= this: due soon (or later states) */
    dueSoonUntil: addDays(today, dueSoonDays),
    /** due <= this: due this week (today and the next six days) */
    thisWeekUntil: addDays(today, 6),
  };
}

/** One subject's schedule, as a policy-change preview reads it. */
export interface ScheduledSubject<Key> {
  key: Key;
  /** The stored next review date (null: not planned). */
  dueOn: string | null;
  /** The done date of its latest review (null: never reviewed here). */
  lastDoneOn: string | null;
  /** Cadence in months under the policy in force and under the proposed one. */
  oldCadence: number;
  newCadence: number;
}

export interface PolicyChangePreview<Key> {
  /** Dates that follow the policy (last review + old cadence): they move to last review + new cadence. */
  moves: Array<{ key: Key; from: string; to: string }>;
  /** Dates a person set (they do not follow the old policy): kept, with the date the new policy would give. */
  keptSetByHand: Array<{ key: Key; dueOn: string; policyWouldGive: string }>;
  /** Never reviewed or not planned: no date to move; the new cadence applies from their next review. */
  noBasis: Key[];
  /** The cadence does not change for them. */
  unchanged: number;
}

/**
 * What changing the cadence does to stored due dates. A stored date is never recomputed silently:
 * only a date that equals what the old policy gave (last review + old cadence) is treated as the
 * policy's and moves; any other date was set by a person and is listed as kept, so the change
 * can say so before it is applied.
 */
export function previewPolicyChange<Key>(subjects: Iterable<ScheduledSubject<Key>>): PolicyChangePreview<Key> {
  const preview: PolicyChangePreview<Key> = { moves: [], keptSetByHand: [], noBasis: [], unchanged: 0 };
  for (const subject of subjects) {
    if (subject.oldCadence === subject.newCadence) {
      preview.unchanged += 1;
      continue;
    }
    if (subject.lastDoneOn === null || subject.dueOn === null) {
      preview.noBasis.push(subject.key);
      continue;
    }
    const policyDate = nextReviewDate(subject.lastDoneOn, subject.oldCadence);
    const proposed = nextReviewDate(subject.lastDoneOn, subject.newCadence);
    if (subject.dueOn === policyDate) preview.moves.push({ key: subject.key, from: subject.dueOn, to: proposed });
    else preview.keptSetByHand.push({ key: subject.key, dueOn: subject.dueOn, policyWouldGive: proposed });
  }
  return preview;
}
