/**
 * Whether a result met its target: met / at risk / breached, attainment from ticket counts, and
 * trends over months (ISO/IEC 20000-1 8.3.3: performance against targets, monitored and reviewed).
 */
import { addPeriods, type Period } from './sla-periods';

/** Whether a bigger number is better (availability, % in time, satisfaction) or worse (tickets, minutes). */
export type Direction = 'higher' | 'lower';

/** The result of one target in one period. */
export type ResultStatus = 'met' | 'at-risk' | 'breached';

/** The three statuses from best to worst; the index is the rank used to find the worst. */
export const RESULT_STATUSES: readonly ResultStatus[] = ['met', 'at-risk', 'breached'];

/** The levels a result is judged against. */
export interface TargetThresholds {
  direction: Direction;
  /** The agreed level: crossing it is a breach. */
  target: number;
  /** Optional amber line on the good side of the target: crossing it first puts the result at risk. */
  warning: number | null;
}

/**
 * The status of a value against its target.
 *
 * Higher is better: breached when value < target; at risk when target ≤ value < warning;
 * met when value ≥ warning (or ≥ target without a warning).
 * Lower is better: breached when value > target; at risk when warning < value ≤ target;
 * met when value ≤ warning (or ≤ target without a warning).
 *
 * Edges: exactly on the target counts as meeting it (at risk when a warning is set); exactly on
 * the warning is met. So 99.9 against 99.9 (warning 99.95) is at risk, 99.95 is met, 99.89 breached.
 */
export function resultStatus(value: number, thresholds: TargetThresholds): ResultStatus {
  const { direction, target, warning } = thresholds;
  if (direction === 'higher') {
    if (value < target) return 'breached';
    return warning !== null && value < warning ? 'at-risk' : 'met';
  }
  if (value > target) return 'breached';
  return warning !== null && value > warning ? 'at-risk' : 'met';
}

/** The worse of some statuses (breached over at risk over met); null for none. */
export function worstStatus(statuses: Iterable<ResultStatus | null | undefined>): ResultStatus | null {
  let worst = -1;
  for (const status of statuses) {
    if (status) worst = Math.max(worst, RESULT_STATUSES.indexOf(status));
  }
  return worst === -1 ? null : RESULT_STATUSES[worst]!;
}

/**
 * Why a warning threshold is on the wrong side of its target, or null when it is fine (or absent).
 * The warning is the amber line crossed before the red one: above the target when higher is
 * better, below it when lower is better, and never equal to it.
 */
export function warningProblem(thresholds: TargetThresholds): string | null {
  const { direction, target, warning } = thresholds;
  if (warning === null) return null;
  if (direction === 'higher' && !(warning > target)) {
    return `must be above the target (${target}): for a higher-is-better target the warning comes before the breach`;
  }
  if (direction === 'lower' && !(warning < target)) {
    return `must be below the target (${target}): for a lower-is-better limit the warning comes before the breach`;
  }
  return null;
}

/**
 * Response or resolution attainment: the percentage of tickets handled within the time limit.
 * 19 of 20 is 95 %. Null when there were no tickets (nothing to attain). Counts must be whole,
 * not negative, and `within` at most `total`.
 */
export function attainmentPercent(within: number, total: number): number | null {
  if (!Number.isInteger(within) || !Number.isInteger(total) || within < 0 || total < 0) {
    throw new RangeError('ticket counts must be whole numbers, not negative');
  }
  if (within > total) throw new RangeError(`${within} tickets within the time cannot be more than the ${total} tickets in all`);
  return total === 0 ? null : (within * 100) / total;
}

/** A period's result, as the trend helpers read it. */
export interface PeriodResult {
  period: Period;
  status: ResultStatus | null;
}

/** A run of breached months up to the latest result: "breached since 2026-08 (3 months)". */
export interface BreachStreak {
  /** The first month of the run. */
  since: Period;
  /** The latest month (the end of the run). */
  latest: Period;
  /** Months in the run. */
  months: number;
}

/**
 * The run of consecutive breached months ending at the latest result, or null when the latest
 * result is not a breach. A month without a result, or with another status, ends the run.
 * Results may come in any order; only those up to `asOf` (when given) are considered.
 */
export function breachStreak(results: readonly PeriodResult[], asOf?: Period): BreachStreak | null {
  const byPeriod = new Map<Period, ResultStatus | null>();
  for (const result of results) if (asOf === undefined || result.period <= asOf) byPeriod.set(result.period, result.status);
  if (byPeriod.size === 0) return null;
  const latest = [...byPeriod.keys()].sort().at(-1)!;
  if (byPeriod.get(latest) !== 'breached') return null;
  let since = latest;
  let months = 1;
  while (byPeriod.get(addPeriods(since, -1)) === 'breached') {
    since = addPeriods(since, -1);
    months += 1;
  }
  return { since, latest, months };
}

/** How many results of each status (months without a result are not counted). */
export function statusCounts(results: Iterable<ResultStatus | null>): { met: number; atRisk: number; breached: number } {
  const counts = { met: 0, atRisk: 0, breached: 0 };
  for (const status of results) {
    if (status === 'met') counts.met += 1;
    else if (status === 'at-risk') counts.atRisk += 1;
    else if (status === 'breached') counts.breached += 1;
  }
  return counts;
}
