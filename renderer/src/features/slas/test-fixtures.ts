import type { SlaBreach, SlaSummary } from '../../../../shared/api/slas-api';

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
    slaSummary({ id: 2, code: 'SLA-002', name: 'Payroll support', customer: 'HR', serviceId: 4, serviceCode: 'SVC-004', serviceName: 'Payroll', currentStatus: 'breached', reviewDate: '2026-01-01', reviewOverdue: true }),
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
