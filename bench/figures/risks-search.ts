import type { RiskListInput } from '../../shared/api/risks-api';
import { containsPattern, placeholders } from '../../electron/repositories/sql-helpers';
import { RISK_ROW_SELECT } from '../../electron/repositories/risks/risk-filters';
import type { BenchContext, Figure, FigureFactory } from './figure';

const LIKE_COLUMNS = ['r.code', 'r.title', 'r.category', 'r.cause', 'r.event', 'r.consequence', 'r.controls'];

/**
 * The register's search through the API (the FTS5 index of migration 007: first page by code and
 * the total) against raw SQL doing the same with the LIKE scan over seven text columns that the
 * index replaced. Here the raw column is the old way, not a floor: API/raw below 1× is the gain.
 */
function searchFigure(text: string): FigureFactory {
  return ({ raw, call }: BenchContext): Figure => {
    const input: RiskListInput = { search: text, sort: { column: 'code', direction: 'asc' }, offset: 0, limit: 200 };
    const where = `WHERE (${LIKE_COLUMNS.map((column) => `${column} LIKE ? ESCAPE '\\'`).join(' OR ')})`;
    const params = LIKE_COLUMNS.map(() => containsPattern(text));
    const page = raw.prepare(`SELECT r.id FROM risks r ${where} ORDER BY r.code COLLATE NOCASE, r.id LIMIT ? OFFSET ?`).pluck();
    const total = raw.prepare(`SELECT count(*) FROM risks r ${where}`).pluck();
    const rowsByIds = raw.prepare(`${RISK_ROW_SELECT} WHERE r.id IN (${placeholders(input.limit)})`);
    return {
      name: `risks.list search "${text}": FTS5 index (API) vs LIKE scan (raw)`,
      api: () => call('risks.list', input),
      raw: () => {
        const ids = page.all(...params, input.limit, input.offset) as number[];
        const padded = [...ids, ...Array<number>(input.limit - ids.length).fill(0)];
        return [rowsByIds.all({ today: '2026-01-01' }, ...padded), total.get(...params)];
      },
    };
  };
}

export const risksSearchNetwork = searchFigure('network');
export const risksSearchTwoLetters = searchFigure('ne');
