import { addPeriods, lastCompletePeriod } from '../../shared/domain/sla-periods';
import type { PortfolioInput } from '../../shared/api/slas-api';
import {
  BREACH_HISTORY_SQL,
  breachParams,
  LATEST_BREACHES_SQL,
  PORTFOLIO_CELLS_FROM_MEASUREMENTS_SQL,
  PORTFOLIO_CELLS_SQL,
  PORTFOLIO_SERVICES_SQL,
  portfolioFilterSql,
} from '../../electron/repositories/slas/portfolio';
import { SLA_SELECT } from '../../electron/repositories/slas/sla-rows';
import type { FigureFactory } from './figure';

function months() {
  const to = lastCompletePeriod(new Date().toISOString().slice(0, 10));
  return { from: addPeriods(to, -11), to };
}

function portfolioFigure(name: (count: string) => string, cellsSql: (where: string, needsServices: boolean) => string): FigureFactory {
  return ({ raw, call }) => {
    const input: PortfolioInput = { ...months(), slaStatus: ['draft', 'agreed', 'expired'] };
    const { where, params, needsServices } = portfolioFilterSql(input);
    const services = raw.prepare(PORTFOLIO_SERVICES_SQL(where)).raw();
    const cells = raw.prepare(cellsSql(where, needsServices)).raw();
    const count = raw.prepare('SELECT count(DISTINCT service_id) FROM slas').pluck().get() as number;
    return {
      name: name(count.toLocaleString('en-GB')),
      api: () => call('slas.portfolio', input),
      raw: () => [services.all(params), cells.all({ ...params, from: input.from, to: input.to })],
    };
  };
}

/**
 * The attainment strip, every service with an SLA × the last 12 months, worst result per cell,
 * against raw SQL aggregating every measurement (what it costs without the per-month summary).
 */
export const slaPortfolio = portfolioFigure(
  (count) => `slas.portfolio (${count} services × 12 months) vs raw from measurements`,
  (where) => PORTFOLIO_CELLS_FROM_MEASUREMENTS_SQL(where),
);

/** The same strip against its own two statements run raw: the API's own cost (validation, shaping, envelope). */
export const slaPortfolioOwnSql = portfolioFigure((count) => `slas.portfolio (${count} services × 12 months) vs the same SQL`, PORTFOLIO_CELLS_SQL);

/** The entry grid of the SLA with the most targets: targets × 12 months with status and error budget. */
export const measurementsGrid: FigureFactory = ({ raw, call }) => {
  const { from, to } = months();
  const slaId = raw
    .prepare('SELECT sla_id FROM sla_targets WHERE sla_id IS NOT NULL GROUP BY sla_id ORDER BY count(*) DESC, sla_id LIMIT 1')
    .pluck()
    .get() as number;
  const sla = raw.prepare('SELECT l.*, s.service_hours_json AS service_hours FROM slas l JOIN services s ON s.id = l.service_id WHERE l.id = ?');
  const targets = raw.prepare(
    'SELECT t.*, (SELECT count(*) FROM sla_measurements m WHERE m.target_id = t.id) AS n FROM sla_targets t WHERE t.sla_id = ? ORDER BY t.sort_order',
  );
  const measurements = raw.prepare('SELECT m.* FROM sla_measurements m JOIN sla_targets t ON t.id = m.target_id WHERE t.sla_id = ? AND m.period <= ?');
  return {
    name: 'measurements.grid (1 SLA × 12 months)',
    api: () => call('measurements.grid', { slaId, from, to }),
    raw: () => [sla.get(slaId), targets.all(slaId), measurements.all(slaId, to)],
  };
};

/** Targets of agreed SLAs and running contracts whose latest result in the last 3 months is a breach, with "since". */
export const slaBreaches: FigureFactory = ({ raw, call }) => {
  const latest = raw.prepare(LATEST_BREACHES_SQL);
  const history = raw.prepare(BREACH_HISTORY_SQL);
  return {
    name: 'slas.breaches (current, all SLAs and contracts)',
    api: () => call('slas.breaches', {}),
    raw: () => {
      const params = breachParams({ lookbackMonths: 3, includeContracts: true }, new Date().toISOString().slice(0, 10));
      const rows = latest.all(params) as Array<{ targetId: number }>;
      return history.all({ targets: JSON.stringify(rows.map((row) => row.targetId)), asOf: params.asOf });
    },
  };
};

/** The SLA register: every SLA with its worst result last month. */
export const slasList: FigureFactory = ({ raw, call }) => {
  const list = raw.prepare(`${SLA_SELECT} ORDER BY l.code COLLATE NOCASE`);
  // SLA_SELECT reads the current month from the summary table, as the API does.
  const count = raw.prepare('SELECT count(*) FROM slas').pluck().get() as number;
  return {
    name: `slas.list (all ${count.toLocaleString('en-GB')})`,
    api: () => call('slas.list', {}),
    raw: () => list.all({ period: months().to }),
  };
};
