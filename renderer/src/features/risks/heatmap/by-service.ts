import type { RiskByService } from '../../../../../shared/api/risks-api';

export type ServiceRiskRow = RiskByService['services'][number];

/** The orders the by-service view offers. */
export const SERVICE_SORTS = { worst: 'Worst first', above: 'Most above appetite', total: 'Most risks', code: 'Service code' } as const;
export type ServiceSort = keyof typeof SERVICE_SORTS;

/** Highest band first: [critical, high, medium, low] counts, compared left to right. */
function bySeverity(a: ServiceRiskRow, b: ServiceRiskRow): number {
  for (let band = a.byBand.length - 1; band >= 0; band -= 1) {
    const difference = (b.byBand[band] ?? 0) - (a.byBand[band] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

const byCode = (a: ServiceRiskRow, b: ServiceRiskRow) => a.code.localeCompare(b.code, 'en', { numeric: true });

/**
 * Sorts the services. "Worst" means the most risks in the highest band, then in the next band
 * down, and so on (one critical risk outranks any number of high ones); ties go to the service
 * with more risks, then by code so the order never jumps between reloads.
 */
export function sortServices(rows: readonly ServiceRiskRow[], sort: ServiceSort): ServiceRiskRow[] {
  const compare: Record<ServiceSort, (a: ServiceRiskRow, b: ServiceRiskRow) => number> = {
    worst: (a, b) => bySeverity(a, b) || b.total - a.total || byCode(a, b),
    above: (a, b) => b.aboveAppetite - a.aboveAppetite || bySeverity(a, b) || byCode(a, b),
    total: (a, b) => b.total - a.total || bySeverity(a, b) || byCode(a, b),
    code: byCode,
  };
  return [...rows].sort(compare[sort]);
}

/** The worst band a service has risks in, as an index into the bands, or -1 with none scored. */
export function worstBand(row: ServiceRiskRow): number {
  for (let band = row.byBand.length - 1; band >= 0; band -= 1) if ((row.byBand[band] ?? 0) > 0) return band;
  return -1;
}
