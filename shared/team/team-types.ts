/**
 * What the app shows about a team workspace (issue 15). Shared by the engine
 * (electron/team), the API contract and the renderer.
 */

/** Whether the replica can reach its team database right now. */
export type TeamConnection = 'online' | 'offline' | 'connecting';

/** What a member may do, enforced by PostgreSQL grants, not only by the app. */
export type TeamAccess = 'edit' | 'read';

export interface TeamMember {
  /** The PostgreSQL role the member connects as. */
  role: string;
  /** The person in the workspace this role is ("I am"); null until linked. */
  personName: string | null;
  access: TeamAccess;
}

export interface TeamStatus {
  /** A single-user workspace has no team at all. */
  mode: 'single' | 'team';
  /** The connection string without its password. */
  teamUrl: string | null;
  workspaceId: string | null;
  connection: TeamConnection;
  /** The last problem reaching or using the team database, in words a person can act on. */
  problem: string | null;
  /** Local changes not yet accepted by the team database. */
  waiting: number;
  /** Conflicts nobody has resolved yet. */
  openConflicts: number;
  lastSyncedAt: string | null;
  /**
   * The team change number of the last change received from someone else: when it moves, others'
   * changes were written into the local copy and open screens reload.
   */
  lastReceivedSeq: number | null;
  /** Who this replica connects as; null in a single-user workspace. */
  member: TeamMember | null;
}

/** How to reach a team database. */
export interface TeamConnectionInput {
  /** postgres://role@host:port/database (a password in it is taken out and never stored in the workspace). */
  url: string;
  password?: string;
  /** TLS is required unless the person turns it off (a loopback or lab server). */
  tls: boolean;
}

/** One line of the sync log: a change this replica sent or received. */
export interface SyncLogEntry {
  /** The team change-log number; null while the change waits to be sent. */
  seq: number | null;
  direction: 'sent' | 'received' | 'waiting';
  at: string;
  actor: string;
  table: string;
  /** The record's code or name where it has one. */
  recordLabel: string;
  field: string;
  outcome: 'applied' | 'conflict' | 'renamed' | 'waiting' | 'skipped';
  /** Why it was renamed or skipped, for a person. */
  note: string | null;
}

/** A field two people changed from the same starting value: both values are kept. */
export interface TeamConflictView {
  id: number;
  table: string;
  rowKey: string;
  recordLabel: string;
  field: string;
  /** The value the team has now. */
  currentValue: unknown;
  /** The value proposed from an older version. */
  proposedValue: unknown;
  proposedBy: string;
  at: string;
}

/** A person's resolution: keep the team's value, take the proposed one, or type another. */
export type ConflictResolution = { keep: 'current' } | { keep: 'proposed' } | { keep: 'other'; value: unknown };

/** A member of a team workspace as Settings ▸ Team lists them. */
export interface TeamMemberView {
  /** The PostgreSQL role they log in as. */
  role: string;
  displayName: string;
  access: TeamAccess;
  /** The person record this role is, when linked and this copy has that person. */
  person: { id: number; name: string } | null;
  /** Linked to a person record (its team-wide key), whether or not this copy has received it yet. */
  linked: boolean;
  /** ISO instants. */
  addedAt: string;
  addedBy: string;
  /** Removed members stay listed: the sync log still names them. */
  removedAt: string | null;
  /** The role this copy connects as. */
  isYou: boolean;
}

/** The members list, and whether this copy may change it (only the publisher, who owns the team database, may). */
export interface TeamMembersView {
  members: TeamMemberView[];
  canManage: boolean;
}

/** Adding a member: their login role, its password (left out for a role that already exists on the server), access and person. */
export interface NewTeamMemberInput {
  role: string;
  password?: string | undefined;
  access: TeamAccess;
  /** A person in this workspace (local id), or null/left out. */
  personId?: number | null | undefined;
  /** Shown in the members list; the person's name (else the role) when left out. */
  displayName?: string | undefined;
}

/** What a single-user workspace answers: no team at all. */
export function singleUserStatus(): TeamStatus {
  return {
    mode: 'single',
    teamUrl: null,
    workspaceId: null,
    connection: 'offline',
    problem: null,
    waiting: 0,
    openConflicts: 0,
    lastSyncedAt: null,
    lastReceivedSeq: null,
    member: null,
  };
}
