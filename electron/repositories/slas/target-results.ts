import type Database from 'better-sqlite3';
import type { MeasurementCell, SlaTarget, TargetResults } from '../../../shared/api/slas-api';
import { allowedDowntimeMinutes, errorBudget, serviceMinutesInPeriod } from '../../../shared/domain/sla-availability';
import { breachStreak, resultStatus, statusCounts, type ResultStatus } from '../../../shared/domain/sla-status';
import { placeholders } from '../sql-helpers';
import type { OwnerInfo } from './sla-rows';

export interface MeasurementRow {
  target_id: number;
  period: string;
  value: number;
  workload: number | null;
  notes: string;
  source: 'entered' | 'imported' | 'outages';
}

/** Every measurement of the targets up to a month (for the cells and for breach runs that began earlier). */
export function measurementsUpTo(db: Database.Database, targetIds: readonly number[], to: string): Map<number, Map<string, MeasurementRow>> {
  const byTarget = new Map<number, Map<string, MeasurementRow>>(targetIds.map((id) => [id, new Map()]));
  if (targetIds.length === 0) return byTarget;
  const rows = db
    .prepare(
      `SELECT target_id, period, value, workload, notes, source FROM sla_measurements WHERE target_id IN (${placeholders(targetIds.length)}) AND period <= ?`,
    )
    .all(...targetIds, to) as MeasurementRow[];
  for (const row of rows) byTarget.get(row.target_id)!.set(row.period, row);
  return byTarget;
}

/** The status of a recorded value against its target. */
export function statusOf(target: Pick<SlaTarget, 'direction' | 'target' | 'warning'>, value: number): ResultStatus {
  return resultStatus(value, { direction: target.direction, target: target.target, warning: target.warning });
}

/**
 * Targets with one cell per period: value, status and, for availability, the service minutes of
 * the month within the owner's hours and validity, the allowed downtime and the error budget.
 * The breach run is read from all earlier results, so "breached since" may precede the window.
 */
export function buildTargetResults(db: Database.Database, owner: OwnerInfo, targets: readonly SlaTarget[], periods: readonly string[]): TargetResults[] {
  const last = periods[periods.length - 1];
  if (last === undefined) return targets.map((target) => ({ target, cells: [], breach: null, counts: { met: 0, atRisk: 0, breached: 0 } }));
  const measurements = measurementsUpTo(
    db,
    targets.map((t) => t.id),
    last,
  );
  const serviceMinutes = new Map<string, number>();
  const minutesOf = (period: string) => {
    let minutes = serviceMinutes.get(period);
    if (minutes === undefined) {
      minutes = serviceMinutesInPeriod(period, owner.hours, { from: owner.validFrom, to: owner.validTo });
      serviceMinutes.set(period, minutes);
    }
    return minutes;
  };
  return targets.map((target) => {
    const recorded = measurements.get(target.id)!;
    const cells: MeasurementCell[] = periods.map((period) => {
      const row = recorded.get(period);
      const status = row ? statusOf(target, row.value) : null;
      let availability: MeasurementCell['availability'] = null;
      if (target.kind === 'availability') {
        const minutes = minutesOf(period);
        if (minutes > 0) {
          availability = {
            serviceMinutes: minutes,
            allowedDowntimeMinutes: allowedDowntimeMinutes(minutes, target.target),
            budget: row ? errorBudget({ serviceMinutes: minutes, targetPercent: target.target, availabilityPercent: row.value }) : null,
          };
        }
      }
      return { period, value: row?.value ?? null, workload: row?.workload ?? null, notes: row?.notes ?? '', status, source: row?.source ?? null, availability };
    });
    const history = [...recorded.values()].map((row) => ({ period: row.period, status: statusOf(target, row.value) }));
    return { target, cells, breach: breachStreak(history), counts: statusCounts(cells.map((cell) => cell.status)) };
  });
}
