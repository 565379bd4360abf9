import { addDaysIso } from '../domain/dates';
import { addMonths } from './changes';
import { daysBetween, plural, type SectionHeadline } from './rag';

/** One contract/OLA target's result in one month (rank 1 met, 2 at risk, 3 breached). */
export interface ContractTargetResult {
  contractId: number;
  contractTitle: string;
  supplier: string | null;
  targetLabel: string;
  target: number;
  unit: string;
  period: string;
  value: number;
  rank: 1 | 2 | 3;
}

export interface ContractDates {
  title: string;
  supplier: string | null;
  endDate: string | null;
  noticeDays: number | null;
}

export interface SupplierPerformanceInput extends SectionHeadline {
  targets: Array<{
    contractTitle: string;
    supplier: string | null;
    targetLabel: string;
    target: number;
    unit: string;
    measured: number;
    met: number;
    atRisk: number;
    breached: number;
    latest: number | null;
  }>;
  /** Contracts ending within six months, soonest first, with the last day to give notice. */
  renewals: Array<{ title: string; supplier: string | null; endDate: string; noticeDate: string | null; daysToNotice: number | null }>;
}

/** Input (i): contract and OLA targets against their results in the period, and renewals ahead. */
export function compileSupplierPerformance(
  results: readonly ContractTargetResult[],
  contracts: readonly ContractDates[],
  periods: readonly string[],
  asOfDate: string,
): SupplierPerformanceInput {
  const inPeriod = new Set(periods);
  const byTarget = new Map<string, SupplierPerformanceInput['targets'][number] & { latestPeriod: string }>();
  for (const r of results) {
    if (!inPeriod.has(r.period)) continue;
    const key = `${r.contractId}\u0000${r.targetLabel}`;
    let entry = byTarget.get(key);
    if (!entry)
      byTarget.set(
        key,
        (entry = {
          contractTitle: r.contractTitle,
          supplier: r.supplier,
          targetLabel: r.targetLabel,
          target: r.target,
          unit: r.unit,
          measured: 0,
          met: 0,
          atRisk: 0,
          breached: 0,
          latest: null,
          latestPeriod: '',
        }),
      );
    entry.measured += 1;
    if (r.rank === 1) entry.met += 1;
    else if (r.rank === 2) entry.atRisk += 1;
    else entry.breached += 1;
    if (r.period > entry.latestPeriod) {
      entry.latestPeriod = r.period;
      entry.latest = r.value;
    }
  }
  const targets = [...byTarget.values()]
    .map(({ latestPeriod: _latest, ...row }) => row)
    .sort((a, b) => b.breached - a.breached || a.contractTitle.localeCompare(b.contractTitle) || a.targetLabel.localeCompare(b.targetLabel));
  const horizon = addMonths(asOfDate, 6);
  const renewals = contracts
    .filter((c): c is ContractDates & { endDate: string } => c.endDate !== null && c.endDate > asOfDate && c.endDate <= horizon)
    .map((c) => {
      const noticeDate = c.noticeDays === null ? null : addDaysIso(c.endDate, -c.noticeDays);
      return {
        title: c.title,
        supplier: c.supplier,
        endDate: c.endDate,
        noticeDate,
        daysToNotice: noticeDate === null ? null : daysBetween(asOfDate, noticeDate),
      };
    })
    .sort((a, b) => a.endDate.localeCompare(b.endDate) || a.title.localeCompare(b.title));
  const breachedTargets = targets.filter((t) => t.breached > 0).length;
  const noticeSoon = renewals.filter((r) => r.daysToNotice !== null && r.daysToNotice <= 30).length;
  if (targets.length === 0 && renewals.length === 0)
    return { rag: 'none', line: 'No contract or OLA results and no renewals within six months.', targets, renewals };
  return {
    rag: noticeSoon > 0 && breachedTargets > 0 ? 'red' : noticeSoon > 0 || breachedTargets > 0 ? 'amber' : 'green',
    line: `${plural(targets.length, 'contract target')} measured, ${breachedTargets} breached; ${plural(renewals.length, 'renewal')} within 6 months${noticeSoon ? `, ${noticeSoon} with notice due within 30 days or passed` : ''}.`,
    targets,
    renewals,
  };
}
