import type { ServiceListInput } from '../../shared/api/services-api';
import { serviceFilterSql } from '../../electron/repositories/services/service-queries';
import { SERVICE_SELECT } from '../../electron/repositories/services/service-rows';
import type { BenchContext, Figure, FigureFactory } from './figure';

/**
 * The catalogue table's query through the API against the same SQL run raw (same SELECT, same
 * WHERE built from the same filters), so the ratio is the API's own cost: validation, row
 * mapping (JSON lists, service-hours text) and the envelope.
 */
function listFigure(name: string, input: Partial<ServiceListInput>, orderSql: string): FigureFactory {
  return ({ raw, call }: BenchContext): Figure => {
    const full: ServiceListInput = { sort: { column: 'code', direction: 'asc' }, offset: 0, limit: 500, ...input };
    const { where, params } = serviceFilterSql(full);
    const rows = raw.prepare(`${SERVICE_SELECT} ${where} ORDER BY ${orderSql}, s.id LIMIT ? OFFSET ?`);
    const total = raw.prepare(`SELECT count(*) FROM services s LEFT JOIN people p ON p.id = s.owner_id ${where}`).pluck();
    return {
      name,
      api: () => call('services.list', full),
      raw: () => [rows.all(...params, full.limit, full.offset), total.get(...params)],
    };
  };
}

export const servicesFirstPage = listFigure('services.list (first 500 by code)', {}, 's.code COLLATE NOCASE ASC NULLS LAST');

export const servicesAllRows = listFigure('services.list (all 5,000 rows)', { limit: 10_000 }, 's.code COLLATE NOCASE ASC NULLS LAST');

export const servicesFiltered = listFigure(
  'services.list (live, tier 1–2, "service 1", by name desc)',
  { lifecycle: ['live'], tiers: [1, 2], search: 'service 1', sort: { column: 'name', direction: 'desc' }, limit: 500 },
  's.name COLLATE NOCASE DESC NULLS LAST',
);

export const servicesByOwner = listFigure(
  'services.list (sorted by owner)',
  { sort: { column: 'owner', direction: 'asc' }, limit: 500 },
  'p.name COLLATE NOCASE ASC NULLS LAST',
);
