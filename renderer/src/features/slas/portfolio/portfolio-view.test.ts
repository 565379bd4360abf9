import { describe, expect, it } from 'vitest';
import { monthTotals, parsePortfolioQuery, portfolioPath, rowTarget, visibleRows, type PortfolioRow } from './portfolio-view';

const row = (serviceId: number, serviceCode: string, serviceName: string, cells: PortfolioRow['cells'], slaId: number | null = serviceId): PortfolioRow => ({
  serviceId,
  serviceCode,
  serviceName,
  slaCount: slaId === null ? 2 : 1,
  slaId,
  cells,
});

const rows = [
  row(1, 'SVC-1', 'Email', ['met', 'met', 'met']),
  row(2, 'SVC-2', 'Payroll', ['breached', 'met', 'at-risk']),
  row(3, 'SVC-10', 'Printing', ['at-risk', null, 'at-risk'], null),
  row(4, 'SVC-3', 'VPN', ['breached', 'breached', 'met']),
];

describe('portfolio view', () => {
  it('puts the worst services first: most breached months, then most at risk, then by code', () => {
    expect(visibleRows(rows, { search: '', health: 'all', sort: 'worst' }).map((r) => r.serviceCode)).toEqual(['SVC-3', 'SVC-2', 'SVC-10', 'SVC-1']);
    expect(visibleRows(rows, { search: '', health: 'all', sort: 'code' }).map((r) => r.serviceCode)).toEqual(['SVC-1', 'SVC-2', 'SVC-10', 'SVC-3']);
  });

  it('filters by text in the code or name and by breaches or risk in any month shown', () => {
    expect(visibleRows(rows, { search: 'pay', health: 'all', sort: 'code' }).map((r) => r.serviceName)).toEqual(['Payroll']);
    expect(visibleRows(rows, { search: 'svc-1', health: 'all', sort: 'code' }).map((r) => r.serviceName)).toEqual(['Email', 'Printing']);
    expect(visibleRows(rows, { search: '', health: 'breached', sort: 'code' }).map((r) => r.serviceName)).toEqual(['Payroll', 'VPN']);
    expect(visibleRows(rows, { search: '', health: 'attention', sort: 'code' }).map((r) => r.serviceName)).toEqual(['Payroll', 'Printing', 'VPN']);
  });

  it('totals the shown rows per month, counting months without a result', () => {
    expect(monthTotals(rows.slice(1, 3), ['2026-08', '2026-09', '2026-10'])).toEqual([
      { period: '2026-08', met: 0, atRisk: 1, breached: 1, none: 0 },
      { period: '2026-09', met: 1, atRisk: 0, breached: 0, none: 1 },
      { period: '2026-10', met: 0, atRisk: 2, breached: 0, none: 0 },
    ]);
  });

  it('opens the one SLA, or the SLA list filtered to a service with several', () => {
    expect(rowTarget(rows[0]!)).toBe('/slas/1');
    expect(rowTarget(rows[2]!)).toBe('/slas?q=SVC-10');
  });

  it('keeps its state in the route, leaving defaults out', () => {
    expect(portfolioPath({ search: '', health: 'all', sort: 'worst', customer: '' })).toBe('/slas/portfolio');
    const path = portfolioPath({ search: ' mail ', health: 'breached', sort: 'code', customer: 'All staff' });
    expect(path).toBe('/slas/portfolio?q=mail&health=breached&sort=code&customer=All+staff');
    expect(parsePortfolioQuery(path.split('?')[1]!)).toEqual({ search: 'mail', health: 'breached', sort: 'code', customer: 'All staff' });
    expect(parsePortfolioQuery('health=nonsense&sort=x')).toMatchObject({ health: 'all', sort: 'worst' });
  });
});
