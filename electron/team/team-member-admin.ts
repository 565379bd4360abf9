import type Database from 'better-sqlite3';
import type { ClientBase } from 'pg';
import { AppError } from '../../shared/api/errors';
import type { TeamMemberView } from '../../shared/team/team-types';
import { describeConnectionError } from './connection-errors';
import { TeamMemberError, type TeamMember } from './team-members';

/**
 * The glue between the members list in the team database (team-members.ts, row keys) and what
 * Settings ▸ Team shows and takes (this workspace's people, by local id). TeamService connects;
 * these translate and explain.
 */

export const ONLY_THE_PUBLISHER = 'Only the person who published the team workspace can manage its members.';

/** The team-wide key of a person in this workspace, for linking a role to them. */
export function personRowKey(db: Database.Database, personId: number): string {
  const key = db
    .prepare("SELECT k.row_key FROM people p JOIN sync_row_keys k ON k.table_name = 'people' AND k.local_id = p.id WHERE p.id = ?")
    .pluck()
    .get(personId) as string | undefined;
  if (key === undefined) throw new AppError('invalid_input', `There is no person with id ${personId} in this workspace.`, 'personId');
  return key;
}

/** The person's name, to name a member after when no name is given. */
export function personName(db: Database.Database, personId: number): string | undefined {
  return db.prepare('SELECT name FROM people WHERE id = ?').pluck().get(personId) as string | undefined;
}

/** The members as this copy shows them: each linked role with the local person it is, when this copy has them. */
export function memberViews(db: Database.Database, members: TeamMember[], myRole: string): TeamMemberView[] {
  const personOf = db.prepare("SELECT p.id, p.name FROM people p JOIN sync_row_keys k ON k.table_name = 'people' AND k.local_id = p.id WHERE k.row_key = ?");
  return members.map((member) => ({
    role: member.role,
    displayName: member.displayName,
    access: member.access,
    person: member.personRowKey ? ((personOf.get(member.personRowKey) as { id: number; name: string } | undefined) ?? null) : null,
    linked: member.personRowKey !== null,
    addedAt: member.addedAt,
    addedBy: member.addedBy,
    removedAt: member.removedAt,
    isYou: member.role === myRole,
  }));
}

/**
 * Whether the connected role owns the team's tables (or is in the role that does): only the
 * owner may write `sl_members` and, holding CREATEROLE, create and move members' roles.
 */
export async function ownsTeamDatabase(client: ClientBase): Promise<boolean> {
  const { rows } = await client.query<{ owner: boolean }>(
    "SELECT pg_has_role(session_user, c.relowner, 'MEMBER') AS owner FROM pg_class c WHERE c.oid = to_regclass('sl_members')",
  );
  return rows[0]?.owner === true;
}

/**
 * A failure of a members change in words the person can act on: bad input names its field, a
 * refusal by PostgreSQL (42501, insufficient privilege) means "not the publisher", anything else
 * is the team database being out of reach or in trouble.
 */
export function memberAdminError(error: unknown, action: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof TeamMemberError) return new AppError('invalid_input', error.message, error.field);
  if ((error as { code?: unknown }).code === '42501') return new AppError('forbidden', ONLY_THE_PUBLISHER);
  return new AppError('conflict', `${action}: ${describeConnectionError(error)}`);
}
