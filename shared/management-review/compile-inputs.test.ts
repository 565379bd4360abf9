import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json';
import { addMonths, compileChanges, type ChangesRaw } from './changes';
import { compilePreviousActions, type PreviousActionRow } from './previous-actions';
import { compileReviewTimeliness, summariseDone } from './review-timeliness';
import { compileRisks, type HeatMapView, type RisksRaw } from './risks-input';
import { compileServicePerformance, type SlaMonthResult, type TargetBreach } from './service-performance';
import { compileSupplierPerformance } from './supplier-performance';
import { executiveSummary } from './review-content';

// A small hand-built workspace: the Q4 2026 review (Oct–Dec), as of 2026-12-15, after a Q3 review.
const window = { from: '2026-10-01', to: '2026-12-31' };
const asOfDate = '2026-12-15';

describe('input (a): actions from previous reviews', () => {
  const action = (values: Partial<PreviousActionRow>): PreviousActionRow => ({
    id: 1,
    title: 'A',
    ownerName: 'Ann',
    dueDate: '2026-12-01',
    status: 'open',
    completedOn: null,
    reviewId: 2,
    reviewTitle: 'Q3',
    reviewPeriodTo: '2026-09-30',
    ...values,
  });

  it('counts done, open and overdue, carries an action from two reviews ago over, and shows the most urgent first', () => {
    const result = compilePreviousActions(
      [
        action({ id: 1, title: 'Done in Q3', status: 'done', completedOn: '2026-10-20' }),
        action({ id: 2, title: 'Due soon', dueDate: '2027-01-31' }),
        action({ id: 3, title: 'Overdue 14 days', dueDate: '2026-12-01' }),
        action({ id: 4, title: 'From Q2, still open', reviewId: 1, reviewTitle: 'Q2', dueDate: '2027-02-01', status: 'in_progress' }),
      ],
      asOfDate,
      2,
    );
    expect(result.counts).toEqual({ total: 4, done: 1, open: 2, overdue: 1, cancelled: 0, carriedOver: 1 });
    expect(result.rows.map((row) => [row.title, row.state, row.daysOverdue, row.carriedOver])).toEqual([
      ['Overdue 14 days', 'overdue', 14, false],
      ['Due soon', 'open', 0, false],
      ['From Q2, still open', 'open', 0, true],
      ['Done in Q3', 'done', 0, false],
    ]);
    expect(result.rag).toBe('red');
    expect(result.line).toBe('1 action done, 2 open, 1 overdue, 1 carried over more than once.');
  });

  it('says so when there were no previous actions', () => {
    expect(compilePreviousActions([], asOfDate, null)).toMatchObject({ rag: 'none', line: 'No actions from previous management reviews.' });
  });
});

describe('input (b): changes since the last review', () => {
  const raw: ChangesRaw = {
    servicesAdded: [
      { code: 'SVC-9', name: 'New portal', on: '2026-10-05' },
      { code: 'SVC-8', name: 'Before window', on: '2026-09-30' },
    ],
    lifecycleChanges: [{ code: 'SVC-1', name: 'Fax', lifecycle: 'retired', on: '2026-11-01' }],
    tierChanges: [{ code: 'SVC-2', name: 'Email', from: 3, to: 1, on: '2026-11-02' }],
    suppliersAdded: [{ name: 'Acme', on: '2026-10-10' }],
    contracts: [
      { title: 'Network', supplier: 'Acme', kind: 'underpinning', createdOn: '2026-10-10', endDate: '2027-03-31', noticeDays: 90 },
      { title: 'Old print', supplier: null, kind: 'ola', createdOn: '2025-01-01', endDate: '2026-11-30', noticeDays: null },
      { title: 'Far away', supplier: 'Acme', kind: 'underpinning', createdOn: '2025-01-01', endDate: '2028-01-01', noticeDays: 30 },
    ],
    slas: [
      {
        code: 'SLA-1',
        name: 'Email',
        status: 'agreed',
        createdOn: '2026-10-01',
        validFrom: '2026-10-15',
        validTo: null,
        changedOn: ['2026-10-15', '2026-11-20'],
      },
      { code: 'SLA-2', name: 'Fax', status: 'expired', createdOn: '2025-01-01', validFrom: '2025-01-01', validTo: '2026-11-30', changedOn: [] },
    ],
    matrixChanges: [{ version: 2, on: '2026-12-01', by: 'Ann' }],
  };

  it('lists what changed in the window only, and the contracts ending within six months with their notice dates', () => {
    const result = compileChanges(raw, window, asOfDate);
    expect(result.counts).toEqual({
      servicesAdded: 1,
      servicesRetired: 1,
      lifecycle: 0,
      tier: 1,
      suppliersAdded: 1,
      contractsAdded: 1,
      contractsEnded: 1,
      contractsEnding: 1,
      slasAgreed: 1,
      slasChanged: 1,
      slasExpired: 1,
      matrix: 1,
    });
    expect(result.endingSoon).toEqual([{ title: 'Network', supplier: 'Acme', endDate: '2027-03-31', noticeDate: '2026-12-31' }]);
    expect(result.rows.find((row) => row.kind === 'Tier changed')?.detail).toBe('Tier 3 → Tier 1');
    // The agreement itself is not counted again as a change.
    expect(result.rows.find((row) => row.kind === 'SLA changed')).toMatchObject({ subject: 'SLA-1 Email', detail: '1 change', on: '2026-11-20' });
    expect(result.rag).toBe('red'); // an SLA expired in the period
  });

  it('adds months clamped to the end of shorter months', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2026-12-15', 6)).toBe('2027-06-15');
  });
});

describe('input (h): service performance', () => {
  const result = (slaId: number, period: string, worstRank: 1 | 2 | 3, service = 'SVC-1'): SlaMonthResult => ({
    slaId,
    slaCode: `SLA-${slaId}`,
    serviceCode: service,
    serviceName: service === 'SVC-1' ? 'Email' : 'Desk',
    period,
    worstRank,
  });
  const periods = ['2026-10', '2026-11', '2026-12'];
  const previousPeriods = ['2026-07', '2026-08', '2026-09'];
  const results = [
    result(1, '2026-10', 3),
    result(1, '2026-11', 3),
    result(1, '2026-12', 1),
    result(2, '2026-10', 1, 'SVC-2'),
    result(2, '2026-11', 2, 'SVC-2'),
    result(2, '2026-12', 1, 'SVC-2'),
    result(1, '2026-07', 1),
    result(1, '2026-08', 1),
    result(2, '2026-07', 1, 'SVC-2'),
    result(2, '2026-08', 3, 'SVC-2'),
  ];
  const breach = (period: string, value: number): TargetBreach => ({
    slaId: 1,
    slaCode: 'SLA-1',
    serviceName: 'Email',
    targetLabel: 'Availability',
    period,
    value,
    target: 99.5,
    unit: '%',
  });

  it('finds an SLA breached twice in the period, attainment per month, and the trend against the previous months', () => {
    const out = compileServicePerformance(periods, previousPeriods, results, [breach('2026-10', 99.1), breach('2026-11', 98.2)], []);
    expect(out.months.map((m) => [m.period, m.measured, m.met, m.atRisk, m.breached, m.attainment])).toEqual([
      ['2026-10', 2, 1, 0, 1, 50],
      ['2026-11', 2, 0, 1, 1, 50],
      ['2026-12', 2, 2, 0, 0, 100],
    ]);
    expect(out.attainment).toBe(66.7);
    expect(out.previousAttainment).toBe(75);
    expect(out.trend).toBe('worse');
    expect(out.breaches).toEqual([
      {
        slaCode: 'SLA-1',
        serviceName: 'Email',
        targetLabel: 'Availability',
        periods: ['2026-10', '2026-11'],
        worstValue: 98.2,
        target: 99.5,
        unit: '%',
        actions: [],
      },
    ]);
    expect(out.services.map((s) => [s.code, s.months, s.breachedMonths])).toEqual([
      ['SVC-1', [3, 3, 1], 2],
      ['SVC-2', [1, 2, 1], 0],
    ]);
    // Breached twice with no improvement action: red.
    expect(out.rag).toBe('red');
    const withAction = compileServicePerformance(
      periods,
      previousPeriods,
      results,
      [breach('2026-10', 99.1), breach('2026-11', 98.2)],
      [{ slaId: 1, title: 'Add a replica', status: 'open', dueDate: '2027-01-31', ownerName: 'Ann' }],
    );
    expect(withAction.rag).toBe('amber');
    expect(withAction.breaches[0]!.actions.map((a) => a.title)).toEqual(['Add a replica']);
  });

  it('has no data, not green, when nothing was measured', () => {
    expect(compileServicePerformance(periods, previousPeriods, [], [], [])).toMatchObject({ rag: 'none', attainment: null, trend: 'unknown' });
  });
});

describe('input (i): supplier performance', () => {
  it('counts contract target results in the period and the renewals with days to the notice date', () => {
    const out = compileSupplierPerformance(
      [
        { contractId: 1, contractTitle: 'Network', supplier: 'Acme', targetLabel: 'Uptime', target: 99.9, unit: '%', period: '2026-10', value: 99.95, rank: 1 },
        { contractId: 1, contractTitle: 'Network', supplier: 'Acme', targetLabel: 'Uptime', target: 99.9, unit: '%', period: '2026-11', value: 99.5, rank: 3 },
        { contractId: 1, contractTitle: 'Network', supplier: 'Acme', targetLabel: 'Uptime', target: 99.9, unit: '%', period: '2026-06', value: 90, rank: 3 },
      ],
      [
        { title: 'Network', supplier: 'Acme', endDate: '2027-01-31', noticeDays: 30 },
        { title: 'Later', supplier: null, endDate: '2027-12-31', noticeDays: 30 },
      ],
      ['2026-10', '2026-11', '2026-12'],
      asOfDate,
    );
    expect(out.targets).toEqual([
      { contractTitle: 'Network', supplier: 'Acme', targetLabel: 'Uptime', target: 99.9, unit: '%', measured: 2, met: 1, atRisk: 0, breached: 1, latest: 99.5 },
    ]);
    expect(out.renewals).toEqual([{ title: 'Network', supplier: 'Acme', endDate: '2027-01-31', noticeDate: '2027-01-01', daysToNotice: 17 }]);
    expect(out.rag).toBe('red');
  });
});

describe('input (k): risks', () => {
  const map = (asOf: string, counts: number[][]): HeatMapView => ({
    asOf,
    likelihood: ['High', 'Medium', 'Low'],
    impact: ['Low', 'Medium', 'High'],
    counts,
    colours: counts.map((row) => row.map(() => '#ffffff')),
    total: counts.flat().reduce((a, b) => a + b, 0),
    unscored: 0,
  });
  const raw: RisksRaw = {
    bands: ['Low', 'Medium', 'High'],
    now: map('2026-12-15', [
      [0, 1, 1],
      [0, 1, 0],
      [1, 0, 0],
    ]),
    previous: map('2026-09-30', [
      [0, 0, 1],
      [0, 2, 0],
      [1, 0, 0],
    ]),
    moves: [
      { code: 'R-1', title: 'Went up one band', fromRank: 1, toRank: 2 },
      { code: 'R-2', title: 'Went down', fromRank: 2, toRank: 0 },
      { code: 'R-3', title: 'Same band', fromRank: 1, toRank: 1 },
    ],
    created: [
      { code: 'R-9', title: 'New', on: '2026-10-02', bandRank: 1 },
      { code: 'R-8', title: 'Old', on: '2026-01-01', bandRank: 1 },
    ],
    closed: [{ code: 'R-7', title: 'Closed', on: '2026-11-11' }],
    treatments: [
      { riskCode: 'R-1', title: 'Late one', ownerName: 'Ann', dueDate: '2026-12-01', status: 'open', completedOn: null },
      { riskCode: 'R-2', title: 'Done one', ownerName: 'Bob', dueDate: '2026-11-01', status: 'done', completedOn: '2026-10-30' },
    ],
    acceptances: [
      { riskCode: 'R-5', approverName: 'Cy', approvedOn: '2026-10-20', expiresOn: '2027-10-20', revokedOn: null },
      { riskCode: 'R-6', approverName: 'Cy', approvedOn: '2026-01-01', expiresOn: '2027-01-31', revokedOn: null },
    ],
    decisionsDue: { total: 1, rows: [{ code: 'R-1', title: 'Went up one band', band: 'High', score: 6, ownerName: 'Ann' }] },
  };

  it('counts a risk that went up one band, one that went down, new, closed, treatments, acceptances and decisions due', () => {
    const out = compileRisks(raw, window, asOfDate);
    expect(out.counts).toEqual({
      open: 4,
      created: 1,
      closed: 1,
      up: 1,
      down: 1,
      treatmentsDone: 1,
      treatmentsLate: 1,
      acceptancesGranted: 1,
      acceptancesExpiring: 1,
      decisionsDue: 1,
    });
    expect(out.moves).toEqual([
      { code: 'R-1', title: 'Went up one band', from: 'Medium', to: 'High', direction: 'up' },
      { code: 'R-2', title: 'Went down', from: 'High', to: 'Low', direction: 'down' },
    ]);
    expect(out.previous?.asOf).toBe('2026-09-30');
    expect(out.acceptancesExpiring.map((a) => a.riskCode)).toEqual(['R-6']);
    expect(out.rag).toBe('red');
  });
});

describe('reviews done on time and late', () => {
  it('tells late reviews from on-time ones by the date the previous review set, and sums the overdue ones by owner', () => {
    const out = compileReviewTimeliness(
      summariseDone([
        { subjectKind: 'sla', subject: 'SLA-1 Email', reviewedOn: '2026-10-10', dueOn: '2026-10-01', reviewerName: 'Ann' },
        { subjectKind: 'sla', subject: 'SLA-2 Desk', reviewedOn: '2026-10-01', dueOn: '2026-10-01', reviewerName: 'Ann' },
        { subjectKind: 'risk', subject: 'R-1', reviewedOn: '2026-11-01', dueOn: null, reviewerName: null },
      ]),
      [
        { ownerName: 'Ann', subjectKind: 'risk', count: 2 },
        { ownerName: null, subjectKind: 'service', count: 3 },
      ],
    );
    expect(out.counts).toEqual({ done: 3, onTime: 2, late: 1, overdue: 5 });
    expect(out.late.map((l) => [l.subject, l.daysLate])).toEqual([['SLA-1 Email', 9]]);
    expect(out.overdueByOwner[0]).toEqual({ ownerName: null, subjectKind: 'service', count: 3 });
    expect(out.rag).toBe('red');
  });
});

describe('executive summary and canonical JSON', () => {
  it('has a line for every input, the narrative-only ones included, never silently missing', () => {
    const empty = compileReviewTimeliness(summariseDone([]), []);
    const inputs = {
      previousActions: compilePreviousActions([], asOfDate, null),
      changes: compileChanges(
        { servicesAdded: [], lifecycleChanges: [], tierChanges: [], suppliersAdded: [], contracts: [], slas: [], matrixChanges: [] },
        window,
        asOfDate,
      ),
      servicePerformance: compileServicePerformance([], [], [], [], []),
      supplierPerformance: compileSupplierPerformance([], [], [], asOfDate),
      risks: compileRisks(
        {
          bands: [],
          now: { asOf: asOfDate, likelihood: [], impact: [], counts: [], colours: [], total: 0, unscored: 0 },
          previous: null,
          moves: [],
          created: [],
          closed: [],
          treatments: [],
          acceptances: [],
          decisionsDue: { total: 0, rows: [] },
        },
        window,
        asOfDate,
      ),
      reviewTimeliness: empty,
    };
    const summary = executiveSummary({ inputs, narratives: { customerFeedback: 'Two complaints about the portal. Both closed.' } });
    expect(summary).toHaveLength(13);
    expect(summary.find((s) => s.key === 'customerFeedback')!.line).toBe('Two complaints about the portal.');
    expect(summary.find((s) => s.key === 'auditResults')!.line).toBe('No data in the workspace and no narrative written.');
    expect(summary.every((s) => s.rag === 'none')).toBe(true);
  });

  it('writes the same text for the same data whatever the key order', () => {
    expect(canonicalJson({ b: [1, { d: 2, c: null }], a: 'x', skip: undefined })).toBe('{"a":"x","b":[1,{"c":null,"d":2}]}');
    expect(canonicalJson({ a: 'x', b: [1, { c: null, d: 2 }] })).toBe(canonicalJson({ b: [1, { d: 2, c: null }], a: 'x' }));
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(/finite/);
  });
});
