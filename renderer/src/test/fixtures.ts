import type { AuditEntry, ReadableAuditEntry } from '../../../shared/api/audit-api';
import type { DashboardRisks, DashboardSummary } from '../../../shared/api/overview-api';
import { DEFAULT_RISK_MATRIX, heatmapGrid } from '../../../shared/domain/risk-matrix';
import type { Person } from '../../../shared/api/people-api';
import type { HostInfo, OpenWorkspace, WorkspaceInfo } from '../../../shared/api/workspace-api';

/** The moment component tests run at: the app's clock, never the machine's. */
export const TEST_NOW = '2026-11-24T09:00:00.000Z';

export function hostInfo(overrides: Partial<HostInfo> = {}): HostInfo {
  return { kind: 'browser', appVersion: '0.1.0', nativeFileDialogs: false, defaultDirectory: '/home/ada/ServiceLedger', now: TEST_NOW, ...overrides };
}

export function openWorkspace(overrides: Partial<OpenWorkspace> = {}): OpenWorkspace {
  return {
    path: '/home/ada/ServiceLedger/acme.sqlite',
    fileName: 'acme.sqlite',
    organisationName: 'Acme IT',
    schemaVersion: 2,
    sizeBytes: 237_568,
    openedAt: '2026-03-02T09:30:00.000Z',
    recoveredFromUncleanClose: false,
    migrationBackupPath: null,
    currentPerson: null,
    lastBackup: null,
    damage: null,
    ...overrides,
  };
}

/** Info with no workspace open (the welcome screen). */
export function welcomeInfo(overrides: Partial<WorkspaceInfo> = {}): WorkspaceInfo {
  return { host: hostInfo(), workspace: null, recent: [], notice: null, damagedWorkspace: null, ...overrides };
}

/** Info with a workspace open (the app shell). */
export function openInfo(workspace: Partial<OpenWorkspace> = {}, overrides: Partial<WorkspaceInfo> = {}): WorkspaceInfo {
  return { host: hostInfo(), workspace: openWorkspace(workspace), recent: [], notice: null, damagedWorkspace: null, ...overrides };
}

/** The dashboard's risk figures with no risks: the default 5×5 grid, all zeros. */
export function emptyDashboardRisks(): DashboardRisks {
  return {
    matrixVersion: 1,
    residual: heatmapGrid(DEFAULT_RISK_MATRIX),
    scored: 0,
    unscored: 0,
    aboveAppetite: 0,
    overdueReviews: 0,
    overdueActions: 0,
    decisionsDue: 0,
  };
}

export function emptySummary(): DashboardSummary {
  return {
    organisationName: 'Acme IT',
    counts: { services: 0, liveServices: 0, slas: 0, agreedSlas: 0, openRisks: 0, people: 0, openActions: 0, overdueActions: 0 },
    reviews: { overdue: 0, dueSoon: 0, items: [] },
    catalogue: {
      byLifecycle: { pipeline: 0, live: 0, retired: 0 },
      byTier: [1, 2, 3, 4].map((tier) => ({ tier, count: 0 })),
      contractsEnding: [],
    },
    risks: emptyDashboardRisks(),
    slas: { period: '2026-10', agreed: 0, met: 0, atRisk: 0, breached: 0, notMeasured: 0, breachedTargets: 0 },
  };
}

export function fullSummary(): DashboardSummary {
  return {
    organisationName: 'Northwind Health Trust',
    counts: { services: 25, liveServices: 19, slas: 12, agreedSlas: 9, openRisks: 41, people: 14, openActions: 17, overdueActions: 3 },
    reviews: {
      overdue: 1,
      dueSoon: 1,
      items: [
        { kind: 'risk', id: 7, code: 'RSK-007', title: 'Ransomware on clinical systems', dueDate: '2020-01-15', ownerName: 'Priya Shah', overdue: true },
        { kind: 'sla', id: 3, code: 'SLA-003', title: 'Service desk response times', dueDate: '2099-12-01', ownerName: null, overdue: false },
      ],
    },
    catalogue: {
      byLifecycle: { pipeline: 3, live: 19, retired: 3 },
      byTier: [
        { tier: 1, count: 5 },
        { tier: 2, count: 8 },
        { tier: 3, count: 7 },
        { tier: 4, count: 2 },
      ],
      contractsEnding: [{ id: 2, title: 'WAN managed service', supplierName: 'Contoso Networks', endDate: '2099-01-10', daysToEnd: 45 }],
    },
    risks: emptyDashboardRisks(),
    slas: { period: '2026-10', agreed: 9, met: 6, atRisk: 1, breached: 2, notMeasured: 0, breachedTargets: 3 },
  };
}

export function person(overrides: Partial<Person> = {}): Person {
  return {
    id: 1,
    name: 'Priya Shah',
    email: 'priya@example.org',
    role: 'Head of IT',
    active: true,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** A resolved audit entry as audit.search answers: Priya changed RSK-042's owner. */
export function readableAuditEntry(overrides: Partial<ReadableAuditEntry> = {}): ReadableAuditEntry {
  return {
    id: 1,
    at: '2026-11-20T09:30:00.000Z',
    actorId: 1,
    actorName: 'Priya Shah',
    action: 'update',
    entity: 'risk',
    entityLabel: 'Risk',
    entityId: '42',
    recordCode: 'RSK-042',
    recordName: 'Mail relay outage',
    recordExists: true,
    changes: [{ field: 'ownerId', label: 'Owner', before: 'Daniel Kowalski', after: 'Samira Haddad', type: 'text' }],
    note: null,
    summary: null,
    before: { ownerId: 2 },
    after: { ownerId: 3 },
    ...overrides,
  };
}

export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 1,
    at: '2026-03-02T09:30:00.000Z',
    actorId: 1,
    actorName: 'Priya Shah',
    entity: 'person',
    entityId: '2',
    action: 'create',
    before: null,
    after: { id: 2, name: 'Tomasz Kowalczyk' },
    ...overrides,
  };
}

/**
 * The host's idea of the open workspace, as a fake: `workspace.info` answers the current state
 * and `set` (called from open/create/close handlers) changes it, like the real host does.
 */
export function hostState(initial: WorkspaceInfo) {
  let current = initial;
  return {
    info: () => current,
    set: (next: WorkspaceInfo) => {
      current = next;
      return next;
    },
  };
}
