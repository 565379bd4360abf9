import { RESULT_STATUSES, type ResultStatus } from '../../../shared/domain/sla-status';

/**
 * `resultStatus()` of shared/domain/sla-status.ts as an SQL expression over a measurement `m`
 * and its target `t`: 1 met, 2 at risk, 3 breached. Lists of thousands of SLAs rank in SQL
 * rather than fetching every measurement; `status-sql.test.ts` checks both agree on every edge.
 */
export function statusRankSql(measurement = 'm', target = 't'): string {
  const value = `${measurement}.value`;
  return `(CASE WHEN ${target}.direction = 'higher'
      THEN (CASE WHEN ${value} < ${target}.target THEN 3 WHEN ${target}.warning IS NOT NULL AND ${value} < ${target}.warning THEN 2 ELSE 1 END)
      ELSE (CASE WHEN ${value} > ${target}.target THEN 3 WHEN ${target}.warning IS NOT NULL AND ${value} > ${target}.warning THEN 2 ELSE 1 END) END)`;
}

/** The status of a rank from `statusRankSql` (null for no rank). */
export function statusOfRank(rank: number | null | undefined): ResultStatus | null {
  return rank ? (RESULT_STATUSES[rank - 1] ?? null) : null;
}
