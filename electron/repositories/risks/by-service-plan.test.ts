import { describe, expect, it } from 'vitest';
import { call } from '../../test/call';
import { makeAppWithWorkspace } from '../../test/temp-workspace';
import { byServiceSql } from './risk-heatmap';

describe('the by-service heat map query', () => {
  it('reads band and score from an index and links by their key, never a risk row, when unfiltered', async () => {
    const { app } = await makeAppWithWorkspace();
    const service = await call(app, 'services.create', { code: 'SVC-001', name: 'Email', lifecycle: 'live' });
    await call(app, 'risks.create', { title: 'Outage', serviceIds: [service.id] });
    const plan = (app.db.prepare(`EXPLAIN QUERY PLAN ${byServiceSql('', 'r.residual_band > ?')}`).all(2) as Array<{ detail: string }>).map((row) => row.detail);
    expect(plan).toContain('SCAN r USING COVERING INDEX risks_residual_band');
    expect(plan.some((detail) => /SEARCH rs USING COVERING INDEX/.test(detail))).toBe(true);
    expect(plan.some((detail) => /SEARCH r USING INTEGER PRIMARY KEY/.test(detail))).toBe(false);
  });
});
