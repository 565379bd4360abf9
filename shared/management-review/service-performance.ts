import { plural, type SectionHeadline } from './rag';

/** One SLA's worst result in one month (1 met, 2 at risk, 3 breached), from `sla_period_results`. */
export interface SlaMonthResult {
  slaId: number;
  slaCode: string;
  serviceCode: string;
  serviceName: string;
  period: string;
  worstRank: 1 | 2 | 3;
}

/** One breached target in one month. */
export interface TargetBreach {
  slaId: number;
  slaCode: string;
  serviceName: string;
  targetLabel: string;
  period: string;
  value: number;
  target: number;
  unit: string;
}

export interface SlaActionRow {
  slaId: number;
  title: string;
  status: 'open' | 'in_progress' | 'done' | 'cancelled';
  dueDate: string | null;
  ownerName: string | null;
}

export interface MonthAttainment {
  period: string;
  measured: number;
  met: number;
  atRisk: number;
  breached: number;
  /** Share of measured SLAs not breached, in percent (one decimal), or null when none measured. */
  attainment: number | null;
}

export interface ServicePerformanceInput extends SectionHeadline {
  periods: string[];
  months: MonthAttainment[];
  previousMonths: MonthAttainment[];
  attainment: number | null;
  previousAttainment: number | null;
  trend: 'better' | 'worse' | 'same' | 'unknown';
  /** Per service, worst rank per month of its SLAs (null: not measured); worst services first. */
  services: Array<{ code: string; name: string; months: Array<1 | 2 | 3 | null>; breachedMonths: number; attainment: number | null }>;
  /** Breached targets, each with the months it was breached in and the SLA's improvement actions. */
  breaches: Array<{
    slaCode: string;
    serviceName: string;
    targetLabel: string;
    periods: string[];
    worstValue: number;
    target: number;
    unit: string;
    actions: SlaActionRow[];
  }>;
}

function monthly(results: readonly SlaMonthResult[], periods: readonly string[]): MonthAttainment[] {
  const byPeriod = new Map(periods.map((period) => [period, { period, measured: 0, met: 0, atRisk: 0, breached: 0, attainment: null as number | null }]));
  for (const result of results) {
    const month = byPeriod.get(result.period);
    if (!month) continue;
    month.measured += 1;
    if (result.worstRank === 1) month.met += 1;
    else if (result.worstRank === 2) month.atRisk += 1;
    else month.breached += 1;
  }
  for (const month of byPeriod.values()) month.attainment = percent(month.measured - month.breached, month.measured);
  return [...byPeriod.values()];
}

function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

function total(months: readonly MonthAttainment[]): number | null {
  const measured = months.reduce((sum, m) => sum + m.measured, 0);
  return percent(measured - months.reduce((sum, m) => sum + m.breached, 0), measured);
}

/**
 * Input (h): SLA attainment per month and per service over the review's months, breaches with
 * their improvement actions, and the trend against the same number of months before.
 */
export function compileServicePerformance(
  periods: readonly string[],
  previousPeriods: readonly string[],
  results: readonly SlaMonthResult[],
  breaches: readonly TargetBreach[],
  actions: readonly SlaActionRow[],
): ServicePerformanceInput {
  const months = monthly(results, periods);
  const previousMonths = monthly(results, previousPeriods);
  const attainment = total(months);
  const previousAttainment = total(previousMonths);
  const trend =
    attainment === null || previousAttainment === null
      ? 'unknown'
      : attainment > previousAttainment
        ? 'better'
        : attainment < previousAttainment
          ? 'worse'
          : 'same';

  const periodIndex = new Map(periods.map((period, index) => [period, index]));
  const services = new Map<string, { code: string; name: string; months: Array<1 | 2 | 3 | null>; measured: number; breachedSlaMonths: number }>();
  for (const result of results) {
    const index = periodIndex.get(result.period);
    if (index === undefined) continue;
    let service = services.get(result.serviceCode);
    if (!service)
      services.set(
        result.serviceCode,
        (service = { code: result.serviceCode, name: result.serviceName, months: periods.map(() => null), measured: 0, breachedSlaMonths: 0 }),
      );
    service.months[index] = Math.max(service.months[index] ?? 0, result.worstRank) as 1 | 2 | 3;
    service.measured += 1;
    if (result.worstRank === 3) service.breachedSlaMonths += 1;
  }
  const serviceRows = [...services.values()]
    .map((s) => ({
      code: s.code,
      name: s.name,
      months: s.months,
      breachedMonths: s.months.filter((m) => m === 3).length,
      attainment: percent(s.measured - s.breachedSlaMonths, s.measured),
    }))
    .sort((a, b) => b.breachedMonths - a.breachedMonths || (a.attainment ?? 101) - (b.attainment ?? 101) || a.code.localeCompare(b.code));

  const actionsBySla = new Map<number, SlaActionRow[]>();
  for (const action of actions) actionsBySla.set(action.slaId, [...(actionsBySla.get(action.slaId) ?? []), action]);
  const grouped = new Map<string, ServicePerformanceInput['breaches'][number] & { slaId: number }>();
  for (const breach of breaches) {
    if (!periodIndex.has(breach.period)) continue;
    const key = `${breach.slaId}\u0000${breach.targetLabel}`;
    const entry = grouped.get(key);
    if (!entry) {
      grouped.set(key, {
        slaId: breach.slaId,
        slaCode: breach.slaCode,
        serviceName: breach.serviceName,
        targetLabel: breach.targetLabel,
        periods: [breach.period],
        worstValue: breach.value,
        target: breach.target,
        unit: breach.unit,
        actions: actionsBySla.get(breach.slaId) ?? [],
      });
    } else {
      entry.periods.push(breach.period);
      // Worst = furthest from the target, whichever way the target points.
      if (Math.abs(breach.value - breach.target) > Math.abs(entry.worstValue - entry.target)) entry.worstValue = breach.value;
    }
  }
  const breachRows = [...grouped.values()]
    .map(({ slaId: _slaId, ...row }) => ({ ...row, periods: [...row.periods].sort() }))
    .sort((a, b) => b.periods.length - a.periods.length || a.slaCode.localeCompare(b.slaCode) || a.targetLabel.localeCompare(b.targetLabel));

  const measured = months.reduce((sum, m) => sum + m.measured, 0);
  const repeatedWithoutAction = breachRows.filter((b) => b.periods.length >= 2 && !b.actions.some((a) => a.status !== 'cancelled')).length;
  let headline: SectionHeadline;
  if (measured === 0) headline = { rag: 'none', line: 'No SLA results recorded for the period.' };
  else {
    const trendText = trend === 'unknown' ? '' : ` (${trend} than the previous ${periods.length} months: ${previousAttainment} %)`;
    headline = {
      rag: repeatedWithoutAction > 0 ? 'red' : breachRows.length > 0 ? 'amber' : 'green',
      line: `${attainment} % of SLA-months met${trendText}; ${plural(breachRows.length, 'target')} breached${repeatedWithoutAction ? `, ${repeatedWithoutAction} repeatedly without an improvement action` : ''}.`,
    };
  }
  return { ...headline, periods: [...periods], months, previousMonths, attainment, previousAttainment, trend, services: serviceRows, breaches: breachRows };
}
