import { currentMatrix } from '../../electron/repositories/risks/matrix-repository';
import { byServiceSql } from '../../electron/repositories/risks/risk-heatmap';
import { forgetByService } from '../../electron/repositories/risks/by-service-cache';
import type { FigureFactory } from './figure';

/**
 * Heat maps ▸ By service, every service at once through the API against the raw grouping query
 * (links per service and residual band) that it is built on. Raw is the floor: the API adds the
 * per-service folding, the sort and the JSON of ~5,000 rows.
 */
export const risksByServiceAll: FigureFactory = ({ app, raw, call }) => {
  const appetite = currentMatrix(app.db).matrix.appetite;
  const sql = appetite.kind === 'score' ? 'r.residual_score > ?' : 'r.residual_band > ?';
  const value = appetite.kind === 'score' ? appetite.score : 2;
  const groups = raw.prepare(byServiceSql('', sql));
  return {
    name: 'risks.byService (every service, unpaged)',
    // Cold every run: the kept list would otherwise answer from memory and beat the raw query.
    beforeApi: () => forgetByService(app.db),
    api: () => call('risks.byService', {}),
    raw: () => groups.all(value),
  };
};

/**
 * The screen's first request: the 150 most severe services. Still cold (the whole list is grouped
 * and sorted, then kept), against the same raw grouping: what it saves is the JSON of ~4,850 rows.
 */
export const risksByServiceFirstPage: FigureFactory = (bench) => {
  const whole = risksByServiceAll(bench);
  return {
    ...whole,
    name: 'risks.byService (first page of 150, cold)',
    api: () => bench.call('risks.byService', { offset: 0, limit: 150 }),
  };
};

/** A later page as the table scrolls: sliced from the list the first page kept; raw still groups (nothing to keep). */
export const risksByServiceNextPage: FigureFactory = (bench) => {
  const whole = risksByServiceAll(bench);
  return {
    name: 'risks.byService (a later page of 150, list kept)',
    api: () => bench.call('risks.byService', { offset: 3000, limit: 150 }),
    raw: whole.raw,
  };
};
