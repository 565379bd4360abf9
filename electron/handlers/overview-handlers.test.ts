import { describe, expect, it } from 'vitest';
import { makeAppWithWorkspace } from '../test/temp-workspace';
import { call } from '../test/call';

describe('dashboard summary', () => {
  it('is all zeros and empty lists for a new workspace', async () => {
    const { app } = await makeAppWithWorkspace();
    const summary = await call(app, 'dashboard.summary', {});
    expect(summary.organisationName).toBe('Test Org');
    expect(summary.counts).toEqual({ services: 0, liveServices: 0, slas: 0, agreedSlas: 0, openRisks: 0, people: 0, openActions: 0, overdueActions: 0 });
    expect(summary.reviews).toEqual({ overdue: 0, dueSoon: 0, items: [] });
    expect(summary.catalogue.contractsEnding).toEqual([]);
  });

  it('counts services by lifecycle and tier, reviews due and contracts ending within 90 days', async () => {
    const { app } = await makeAppWithWorkspace();
    const live = await call(app, 'services.create', { name: 'Email', lifecycle: 'live', criticality: 1, nextReviewDate: '2026-11-01' });
    await call(app, 'services.create', { name: 'Chat', lifecycle: 'pipeline', criticality: 3, nextReviewDate: '2026-12-10' });
    await call(app, 'services.create', { name: 'Fax', lifecycle: 'retired', criticality: 4, nextReviewDate: '2026-01-01' });
    await call(app, 'services.create', { name: 'Later', lifecycle: 'live', nextReviewDate: '2027-06-01' });
    const supplier = await call(app, 'suppliers.create', { name: 'Mailco' });
    await call(app, 'contracts.create', { kind: 'underpinning', title: 'Mail hosting', supplierId: supplier.id, endDate: '2027-01-15', serviceIds: [live.id] });
    await call(app, 'contracts.create', { kind: 'underpinning', title: 'Far away', supplierId: supplier.id, endDate: '2028-01-15' });
    const summary = await call(app, 'dashboard.summary', {});
    expect(summary.catalogue.byLifecycle).toEqual({ pipeline: 1, live: 2, retired: 1 });
    expect(summary.catalogue.byTier).toEqual([
      { tier: 1, count: 1 },
      { tier: 2, count: 0 },
      { tier: 3, count: 2 },
      { tier: 4, count: 0 },
    ]);
    expect(summary.catalogue.contractsEnding).toEqual([{ id: 1, title: 'Mail hosting', supplierName: 'Mailco', endDate: '2027-01-15', daysToEnd: 52 }]);
    expect(summary.reviews.items.map((item) => `${item.title}:${item.overdue}`)).toEqual(['Email:true', 'Chat:false']);
  });

  it('counts every review due, not just the 50 it lists; the count matches the register’s Review overdue filter', async () => {
    const { app } = await makeAppWithWorkspace();
    // 260 open risks overdue for review, 12 due within 30 days, 5 closed ones overdue (not counted).
    const insert = app.db.prepare("INSERT INTO risks (code, title, status, next_review_date, created_at, updated_at) VALUES (?, ?, ?, ?, 'x', 'x')");
    app.db.transaction(() => {
      for (let k = 0; k < 260; k += 1) insert.run(`RSK-${k}`, `Overdue ${k}`, 'assessed', '2026-10-01');
      for (let k = 0; k < 12; k += 1) insert.run(`RSK-S${k}`, `Soon ${k}`, 'assessed', '2026-12-01');
      for (let k = 0; k < 5; k += 1) insert.run(`RSK-C${k}`, `Closed ${k}`, 'closed', '2026-10-01');
    })();
    const summary = await call(app, 'dashboard.summary', {});
    expect(summary.reviews).toMatchObject({ overdue: 260, dueSoon: 12 });
    expect(summary.reviews.items).toHaveLength(50);
    const register = await call(app, 'risks.list', { reviewOverdue: true, sort: { column: 'code', direction: 'asc' }, offset: 0, limit: 1 });
    expect(register.total).toBe(260);
    expect(summary.risks.overdueReviews).toBe(260);
  });
});
