import { singleUserStatus, type SyncLogEntry, type TeamConflictView, type TeamMemberView, type TeamStatus } from '../../../shared/team/team-types';

/** A single-user workspace: no team at all. */
export const singleStatus = singleUserStatus;

/** A team workspace, online, nothing waiting: Ada connects as the role "ada" and may edit. */
export function teamStatus(overrides: Partial<TeamStatus> = {}): TeamStatus {
  return {
    mode: 'team',
    teamUrl: 'postgres://ada@db.example.org:5432/serviceledger',
    workspaceId: '6f1c2a7e-93b1-4f0e-b1c8-2d7c5a1f0e11',
    connection: 'online',
    problem: null,
    waiting: 0,
    openConflicts: 0,
    lastSyncedAt: '2026-11-24T08:59:30.000Z',
    lastReceivedSeq: 40,
    member: { role: 'ada', personName: 'Ada Lovelace', access: 'edit' },
    ...overrides,
  };
}

export function syncLogEntry(overrides: Partial<SyncLogEntry> = {}): SyncLogEntry {
  return {
    seq: 41,
    direction: 'received',
    at: '2026-11-24T08:58:00.000Z',
    actor: 'grace',
    table: 'services',
    recordLabel: 'SVC-007 Email',
    field: 'ownerId',
    outcome: 'applied',
    note: null,
    ...overrides,
  };
}

/** Grace changed RSK-042's title from the same value Ada's team copy had changed. */
export function teamConflict(overrides: Partial<TeamConflictView> = {}): TeamConflictView {
  return {
    id: 3,
    table: 'risks',
    rowKey: '0b6a3f4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
    recordLabel: 'RSK-042 Mail relay outage',
    field: 'title',
    currentValue: 'Mail relay outage',
    proposedValue: 'Outbound mail relay outage',
    proposedBy: 'grace',
    at: '2026-11-23T16:20:00.000Z',
    ...overrides,
  };
}

/** A member as team.members lists them: Sam, an editor linked to the person Sam Service Owner. */
export function memberView(overrides: Partial<TeamMemberView> = {}): TeamMemberView {
  return {
    role: 'sam',
    displayName: 'Sam Service Owner',
    access: 'edit',
    person: { id: 2, name: 'Sam Service Owner' },
    linked: true,
    addedAt: '2026-11-20T10:00:00.000Z',
    addedBy: 'ada',
    removedAt: null,
    isYou: false,
    ...overrides,
  };
}
