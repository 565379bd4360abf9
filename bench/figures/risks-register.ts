import type { RiskListInput } from '../../shared/api/risks-api';
import { currentMatrix } from '../../electron/repositories/risks/matrix-repository';
import { RISK_ROW_SELECT, riskFilterSql, riskPageSql } from '../../electron/repositories/risks/risk-filters';
import { heatmapSql } from '../../electron/repositories/risks/risk-heatmap';
import { placeholders } from '../../electron/repositories/sql-helpers';
import type { BenchContext, Figure, FigureFactory } from './figure';

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * A window of the risk register through the API against the same SQL run raw: the page of ids
 * (filtered, sorted), the rows of those ids, and the total, from the same WHERE built from the
 * same filters. The ratio is the API's own cost: validation, the matrix, row mapping.
 */
function listFigure(name: string, input: Partial<RiskListInput>): FigureFactory {
  return ({ app, raw, call }: BenchContext): Figure => {
    const full: RiskListInput = { sort: { column: 'code', direction: 'asc' }, offset: 0, limit: 200, ...input };
    const today = todayUtc();
    const { where, params } = riskFilterSql(currentMatrix(app.db).matrix, full, today);
    const page = raw.prepare(riskPageSql(full, where)).pluck();
    const total = raw.prepare(`SELECT count(*) AS n FROM risks r ${where}`).pluck();
    const rowsByIds = raw.prepare(`${RISK_ROW_SELECT} WHERE r.id IN (${placeholders(full.limit)})`);
    return {
      name,
      api: () => call('risks.list', full),
      raw: () => {
        const ids = page.all({ today }, ...params, full.limit, full.offset) as number[];
        const padded = [...ids, ...Array<number>(full.limit - ids.length).fill(0)];
        return [rowsByIds.all({ today }, ...padded), total.get(...params)];
      },
    };
  };
}

export const risksFilteredPage = listFigure('risks.list (filtered + sorted page: open, high/critical, by residual score)', {
  statuses: ['assessed', 'treating', 'monitored'],
  bands: ['High', 'Critical'],
  sort: { column: 'residualScore', direction: 'desc' },
  offset: 1000,
  limit: 200,
});

export const risksSearchByOwner = listFigure('risks.list (search "network", by owner)', {
  search: 'network',
  sort: { column: 'owner', direction: 'asc' },
  limit: 200,
});

export const risksOverdueByReview = listFigure('risks.list (overdue review or action, by next review)', {
  reviewOverdue: true,
  sort: { column: 'nextReviewDate', direction: 'asc' },
  limit: 200,
});

/** The residual heat map of open risks: counts per cell, against the same GROUP BY raw. */
export const risksHeatmap: FigureFactory = ({ app, raw, call }) => {
  const input = {
    basis: 'residual' as const,
    statuses: ['identified', 'assessed', 'treating', 'monitored'] as Array<'identified' | 'assessed' | 'treating' | 'monitored'>,
  };
  const { where, params } = riskFilterSql(currentMatrix(app.db).matrix, input, todayUtc());
  const counts = raw.prepare(heatmapSql('residual', where));
  return {
    name: 'risks.heatmap (residual, open risks)',
    api: () => call('risks.heatmap', input),
    raw: () => counts.all(...params),
  };
};

/** The heat map filtered to high and critical inherent bands of one owner: the register and the grid filtering each other. */
export const risksHeatmapFiltered: FigureFactory = ({ app, raw, call }) => {
  const matrix = currentMatrix(app.db).matrix;
  const input = { basis: 'inherent' as const, bands: ['High', 'Critical'], bandBasis: 'inherent' as const, ownerIds: [1, 2, 3] };
  const { where, params } = riskFilterSql(matrix, input, todayUtc());
  const counts = raw.prepare(heatmapSql('inherent', where));
  return {
    name: 'risks.heatmap (inherent, high/critical, 3 owners)',
    api: () => call('risks.heatmap', input),
    raw: () => counts.all(...params),
  };
};

/** The period comparison: the grid as it was 180 days ago, from each risk's latest assessment then. */
export const risksHeatmapAsOf: FigureFactory = ({ raw, call }) => {
  const asOf = new Date(Date.now() - 180 * 86_400_000).toISOString().slice(0, 10);
  const next = new Date(Date.parse(`${asOf}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const counts = raw.prepare(
    `SELECT a.residual_likelihood AS l, a.residual_impact AS i, a.matrix_version AS v, count(*) AS n
       FROM risks r JOIN risk_assessments a ON a.id = (
         SELECT x.id FROM risk_assessments x WHERE x.risk_id = r.id AND x.assessed_at < ? ORDER BY x.assessed_at DESC, x.id DESC LIMIT 1)
      GROUP BY 1, 2, 3`,
  );
  const total = raw.prepare('SELECT count(*) AS n FROM risks r');
  return {
    name: 'risks.heatmap (residual, as of 180 days ago)',
    api: () => call('risks.heatmap', { basis: 'residual', asOf }),
    raw: () => [total.get(), counts.all(next)],
  };
};

/** The risk page: the risk with the longest history, its services, assessments and actions. */
export const riskGet: FigureFactory = ({ raw, call }) => {
  const id = raw.prepare('SELECT risk_id FROM risk_assessments GROUP BY risk_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as number;
  const today = todayUtc();
  const statements = [
    raw.prepare(`${RISK_ROW_SELECT} WHERE r.id IN (?)`),
    raw.prepare('SELECT cause, event, consequence, controls, treatment_rationale FROM risks WHERE id = ?'),
    raw.prepare('SELECT a.*, p.name FROM risk_assessments a LEFT JOIN people p ON p.id = a.assessor_id WHERE a.risk_id = ? ORDER BY a.assessed_at, a.id'),
    raw.prepare('SELECT s.id, s.code, s.name FROM risk_services rs JOIN services s ON s.id = rs.service_id WHERE rs.risk_id = ?'),
    raw.prepare('SELECT a.*, p.name FROM actions a LEFT JOIN people p ON p.id = a.owner_id WHERE a.risk_id = ?'),
  ];
  return {
    name: 'risks.get (longest history)',
    api: () => call('risks.get', { id }),
    raw: () => [statements[0]!.all({ today }, id), ...statements.slice(1).map((statement) => statement.all(id))],
  };
};
