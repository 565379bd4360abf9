import type { MeasurementCell, SlaBreach, SlaDetail, SlaSummary } from '../../../../shared/api/slas-api';

export function slaSummary(overrides: Partial<SlaSummary> = {}): SlaSummary {
  return {
    id: 1,
    code: 'SLA-001',
    name: 'Email for Finance',
    customer: 'Finance',
    status: 'agreed',
    serviceId: 3,
    serviceCode: 'SVC-003',
    serviceName: 'Email',
    validFrom: '2025-01-01',
    validTo: null,
    reviewDate: '2026-12-01',
    reviewOverdue: false,
    targetCount: 2,
    currentPeriod: '2026-10',
    currentStatus: 'met',
    measuredTargets: 2,
    updatedAt: '2026-10-01T10:00:00.000Z',
    ...overrides,
  };
}

export function sampleSlas(): SlaSummary[] {
  return [
    slaSummary(),
    slaSummary({
      id: 2,
      code: 'SLA-002',
      name: 'Payroll support',
      customer: 'HR',
      serviceId: 4,
      serviceCode: 'SVC-004',
      serviceName: 'Payroll',
      currentStatus: 'breached',
      reviewDate: '2026-01-01',
      reviewOverdue: true,
    }),
    slaSummary({ id: 3, code: 'SLA-003', name: 'Sign-in availability', customer: 'All staff', status: 'draft', currentStatus: null }),
  ];
}

export function sampleBreach(overrides: Partial<SlaBreach> = {}): SlaBreach {
  return {
    slaId: 2,
    slaCode: 'SLA-002',
    slaName: 'Payroll support',
    contractId: null,
    contractTitle: null,
    serviceId: 4,
    serviceCode: 'SVC-004',
    serviceName: 'Payroll',
    customer: 'HR',
    targetId: 7,
    targetLabel: 'P1 resolution within 4 h',
    kind: 'resolution',
    unit: '%',
    direction: 'higher',
    target: 95,
    warning: 97,
    period: '2026-10',
    value: 88,
    since: '2026-09',
    months: 2,
    ...overrides,
  };
}

const PERIODS = ['2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];

function cell(period: string, value: number | null, status: MeasurementCell['status'], availability: MeasurementCell['availability'] = null): MeasurementCell {
  return { period, value, workload: null, notes: '', status, source: value === null ? null : 'entered', availability };
}

export function sampleSlaDetail(overrides: Partial<SlaDetail> = {}): SlaDetail {
  const availabilityValues = [99.95, 99.97, 99.9, 99.99, 99.96, 99.95, 99.99, 99.92, 99.97, 99.98, 99.96, 99.5];
  const availabilityStatus = (value: number): MeasurementCell['status'] => (value >= 99.95 ? 'met' : value >= 99.9 ? 'at-risk' : 'breached');
  return {
    ...slaSummary({ currentStatus: 'breached' }),
    exceptions: '',
    serviceHours: null,
    effectiveServiceHours: { mode: '24x7' },
    serviceHoursText: '24 × 7',
    serviceHoursSource: 'service',
    periods: PERIODS,
    targets: [
      {
        target: {
          id: 11,
          kind: 'availability',
          label: 'Availability',
          priority: null,
          timeLimitMinutes: null,
          unit: '%',
          direction: 'higher',
          target: 99.9,
          warning: 99.95,
          sortOrder: 0,
          measurementCount: 12,
        },
        cells: PERIODS.map((period, index) =>
          cell(period, availabilityValues[index]!, availabilityStatus(availabilityValues[index]!), {
            serviceMinutes: 44_640,
            allowedDowntimeMinutes: 44.64,
            budget: index === 11 ? { allowedMinutes: 44.64, usedMinutes: 223.2, leftMinutes: -178.56, percentUsed: 500 } : null,
          }),
        ),
        breach: { since: '2026-10', latest: '2026-10', months: 1 },
        counts: { met: 8, atRisk: 3, breached: 1 },
      },
      {
        target: {
          id: 12,
          kind: 'resolution',
          label: 'P1 resolved within 4 h',
          priority: 'P1',
          timeLimitMinutes: 240,
          unit: '%',
          direction: 'higher',
          target: 95,
          warning: null,
          sortOrder: 1,
          measurementCount: 0,
        },
        cells: PERIODS.map((period) => cell(period, null, null)),
        breach: null,
        counts: { met: 0, atRisk: 0, breached: 0 },
      },
    ],
    reviews: [],
    openActions: 2,
    createdAt: '2025-01-01T10:00:00.000Z',
    ...overrides,
  };
}
