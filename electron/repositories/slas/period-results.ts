import type Database from 'better-sqlite3';
import { setTriggerAside } from '../trigger-aside';
import { statusRankSql } from './status-sql';

/** Every SLA's worst result per month computed afresh from the measurements (what the triggers keep). */
const FRESH_SQL = `
  SELECT t.sla_id, m.period, max(${statusRankSql()}) AS worst_rank, count(*) AS measured, sum(${statusRankSql()} = 3) AS breached
    FROM sla_targets t JOIN sla_measurements m ON m.target_id = t.id
   WHERE t.sla_id IS NOT NULL
   GROUP BY t.sla_id, m.period`;

/**
 * How many (SLA, month) keys of `sla_period_results` are missing, extra or wrong against a fresh computation: 0 unless
 * the file was changed behind the app's back (the triggers keep it in step otherwise).
 */
export function slaPeriodResultsDrift(db: Database.Database): number {
  const stored = 'SELECT sla_id, period, worst_rank, measured, breached FROM sla_period_results';
  return db
    .prepare(
      `SELECT count(*) FROM (
         SELECT sla_id, period FROM (${FRESH_SQL} EXCEPT ${stored})
         UNION
         SELECT sla_id, period FROM (${stored} EXCEPT ${FRESH_SQL}))`,
    )
    .pluck()
    .get() as number;
}

/** Recompute the whole summary (for a file repaired by hand); runs in the caller's transaction. */
export function rebuildSlaPeriodResults(db: Database.Database): void {
  db.exec('DELETE FROM sla_period_results');
  db.exec(`INSERT INTO sla_period_results (sla_id, period, worst_rank, measured, breached) ${FRESH_SQL}`);
}

const MEASUREMENT_INSERT_TRIGGER = 'sla_period_results_measurement_insert';

/**
 * For writing many measurements in one transaction (a new team member's first sync): the trigger
 * that recomputes an SLA's month at every inserted measurement is set aside, and `rebuild()` puts
 * it back from its own stored SQL and computes the whole summary once. Both inside the caller's
 * transaction, so a rollback leaves the trigger as it was.
 */
export function deferSlaPeriodResults(db: Database.Database): { rebuild(): void } {
  const trigger = setTriggerAside(db, MEASUREMENT_INSERT_TRIGGER, 'deferSlaPeriodResults');
  let done = false;
  return {
    rebuild() {
      if (done) throw new Error('The SLA period results have already been rebuilt');
      done = true;
      trigger.restore();
      rebuildSlaPeriodResults(db);
    },
  };
}
