import type { ActionSummary, SlaReview, SlaReviewLine, SlaReviewPrefill } from '../../../../../shared/api/sla-reviews-api';

function line(overrides: Partial<SlaReviewLine>): SlaReviewLine {
  return {
    targetId: 11,
    label: 'Availability',
    kind: 'availability',
    unit: '%',
    direction: 'higher',
    target: 99.9,
    warning: 99.95,
    actual: 99.7,
    status: 'breached',
    workload: null,
    notes: '',
    measuredMonths: 4,
    met: 1,
    atRisk: 0,
    breached: 3,
    breachedPeriods: ['2026-07', '2026-08', '2026-10'],
    worst: 99.7,
    breach: { since: '2026-10', latest: '2026-10', months: 1 },
    ...overrides,
  };
}

export function sampleAction(overrides: Partial<ActionSummary> = {}): ActionSummary {
  return {
    id: 41,
    title: 'Replace the storage controller',
    description: 'Order and fit a second controller.',
    ownerId: 2,
    ownerName: 'Grace Price',
    dueDate: '2026-11-01',
    status: 'open',
    overdue: true,
    progressNotes: '',
    completedOn: null,
    sla: { id: 1, code: 'SLA-001', name: 'Email for Finance' },
    risk: null,
    service: { id: 3, code: 'SVC-003', name: 'Email' },
    reviewId: 5,
    managementReview: null,
    createdAt: '2026-07-05T10:00:00.000Z',
    updatedAt: '2026-07-05T10:00:00.000Z',
    ...overrides,
  };
}

/** SLA-001 reviewed for October 2026: availability breached since October, workload over its limit, P1 response met. */
export function samplePrefill(overrides: Partial<SlaReviewPrefill> = {}): SlaReviewPrefill {
  return {
    sla: {
      id: 1,
      code: 'SLA-001',
      name: 'Email for Finance',
      customer: 'Finance',
      status: 'agreed',
      serviceCode: 'SVC-003',
      serviceName: 'Email',
      validFrom: '2025-01-01',
      validTo: null,
      reviewDate: '2026-11-01',
      serviceHoursText: '24x7',
      exceptions: 'Months over the workload limit excuse resolution targets.',
    },
    period: '2026-10',
    window: { from: '2026-07', to: '2026-10' },
    lastReview: { id: 5, reviewedOn: '2026-07-05', reviewerName: 'Alex Morgan', outcome: 'confirmed', period: '2026-06', nextReviewDate: '2026-11-01' },
    targets: [
      line({}),
      line({
        targetId: 12,
        label: 'P1 responded to within 15 min',
        kind: 'response',
        warning: null,
        target: 95,
        actual: 97,
        status: 'met',
        workload: 30,
        measuredMonths: 2,
        met: 2,
        breached: 0,
        breachedPeriods: [],
        worst: 96,
        breach: null,
      }),
    ],
    workload: [
      line({
        targetId: 13,
        label: 'Tickets logged',
        kind: 'workload',
        unit: 'tickets',
        direction: 'lower',
        target: 400,
        warning: 360,
        actual: 420,
        met: 1,
        atRisk: 1,
        breached: 2,
        breachedPeriods: ['2026-07', '2026-10'],
        worst: 420,
      }),
    ],
    breaches: [
      { targetId: 11, label: 'Availability', breachedPeriods: ['2026-07', '2026-08', '2026-10'], since: '2026-10', months: 1, latestValue: 99.7, target: 99.9 },
      { targetId: 13, label: 'Tickets logged', breachedPeriods: ['2026-07', '2026-10'], since: '2026-10', months: 1, latestValue: 420, target: 400 },
    ],
    openActions: [sampleAction()],
    ...overrides,
  };
}

export function sampleReview(overrides: Partial<SlaReview> = {}): SlaReview {
  const prefill = samplePrefill();
  return {
    id: 9,
    slaId: 1,
    slaCode: 'SLA-001',
    period: '2026-10',
    reviewedOn: '2026-11-20',
    reviewerId: 1,
    reviewerName: 'Alex Morgan',
    outcome: 'changed',
    notes: 'Availability missed three months out of four.',
    customerComments: 'Staff noticed the October outage.',
    exceptionsApplied: 'July: workload over the limit.',
    nextReviewDate: '2027-05-20',
    snapshot: { window: prefill.window, targets: prefill.targets, workload: prefill.workload, breaches: prefill.breaches },
    actions: [sampleAction({ id: 42, reviewId: 9, overdue: false, dueDate: '2027-01-31' })],
    createdAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}
