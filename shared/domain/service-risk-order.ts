/** The figures a by-service row is ordered on (see `RiskByService`). */
export interface ServiceRiskCounts {
  code: string;
  total: number;
  byBand: number[];
  aboveAppetite: number;
}

/** The orders the by-service view offers, with their labels. */
export const SERVICE_SORTS = { worst: 'Worst first', above: 'Most above appetite', total: 'Most risks', code: 'Service code' } as const;
export type ServiceSort = keyof typeof SERVICE_SORTS;
export const SERVICE_SORT_KEYS = Object.keys(SERVICE_SORTS) as [ServiceSort, ...ServiceSort[]];

/** Highest band first: [critical, high, medium, low] counts, compared left to right. */
function bySeverity(a: ServiceRiskCounts, b: ServiceRiskCounts): number {
  for (let band = a.byBand.length - 1; band >= 0; band -= 1) {
    const difference = (b.byBand[band] ?? 0) - (a.byBand[band] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

// One collator for every comparison: localeCompare with options builds one per call, which made
// sorting 5,000 services take hundreds of milliseconds on the host.
const codeOrder = new Intl.Collator('en', { numeric: true }).compare;
const byCode = (a: ServiceRiskCounts, b: ServiceRiskCounts) => codeOrder(a.code, b.code);

const COMPARE: Record<ServiceSort, (a: ServiceRiskCounts, b: ServiceRiskCounts) => number> = {
  worst: (a, b) => bySeverity(a, b) || b.total - a.total || byCode(a, b),
  above: (a, b) => b.aboveAppetite - a.aboveAppetite || bySeverity(a, b) || byCode(a, b),
  total: (a, b) => b.total - a.total || bySeverity(a, b) || byCode(a, b),
  code: byCode,
};

/**
 * Sorts the services. "Worst" means the most risks in the highest band, then in the next band
 * down, and so on (one critical risk outranks any number of high ones); ties go to the service
 * with more risks, then by code so the order never jumps between reloads. The host sorts (the
 * screen pages through the answer), so this lives in shared/ for both.
 */
export function sortServices<T extends ServiceRiskCounts>(rows: readonly T[], sort: ServiceSort): T[] {
  return [...rows].sort(COMPARE[sort]);
}
