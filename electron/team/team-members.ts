import { createHash, createHmac, pbkdf2Sync, randomBytes } from 'node:crypto';
import type { ClientBase } from 'pg';
import { teamGroupRoles } from './pg-roles';

/**
 * The members of a team workspace: each a PostgreSQL login role in the workspace's reader or
 * editor group (see pg-roles.ts), with a row in `sl_members`. Adding, changing and removing run
 * on the publisher's connection (owner of the tables, CREATEROLE); listing and "who am I" on any
 * member's. Each change is one transaction: the role, its group and its row change together.
 */

export type MemberAccess = 'edit' | 'read';

export interface TeamMember {
  /** The PostgreSQL role the person logs in as. */
  role: string;
  /** The person record in the workspace this member is (its sync row key), when linked. */
  personRowKey: string | null;
  displayName: string;
  access: MemberAccess;
  /** ISO instant. */
  addedAt: string;
  addedBy: string;
  /** ISO instant; a removed member keeps their row so the log's pushed_by still names them. */
  removedAt: string | null;
}

export interface NewMember {
  role: string;
  /**
   * The new role's password. Leave it out to add a role that already exists on the server (a
   * member of another team workspace, or one removed earlier): its password stays as it is.
   */
  password?: string;
  access: MemberAccess;
  personRowKey?: string | null;
  displayName: string;
}

/** Bad input for a member: names the field, and nothing was changed. */
export class TeamMemberError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'TeamMemberError';
  }
}

const ROLE_PATTERN = /^[a-z][a-z0-9_]{0,47}$/;
const MIN_PASSWORD = 12;
const MAX_PASSWORD = 256;

/** A member role name: 1 to 48 lowercase letters, digits and underscores, starting with a letter. */
export function checkRoleName(role: unknown): string {
  if (typeof role !== 'string' || role.length === 0) throw new TeamMemberError('role', 'give the PostgreSQL role name the person will log in as.');
  if (role.length > 48) throw new TeamMemberError('role', `at most 48 characters (${role.length} given).`);
  if (!ROLE_PATTERN.test(role)) {
    throw new TeamMemberError('role', `"${role}" may only use lowercase letters a-z, digits and underscores, and must start with a letter.`);
  }
  if (role.startsWith('pg_') || role.startsWith('sl_')) {
    throw new TeamMemberError(
      'role',
      `"${role}" starts with ${role.slice(0, 3)}, which is kept for ${role.startsWith('pg_') ? 'PostgreSQL' : "ServiceLedger's group roles"}.`,
    );
  }
  return role;
}

function checkAccess(access: unknown): MemberAccess {
  if (access !== 'edit' && access !== 'read') throw new TeamMemberError('access', `must be "edit" or "read" (${JSON.stringify(access)} given).`);
  return access;
}

function checkPassword(password: unknown, role: string): string {
  if (typeof password !== 'string') throw new TeamMemberError('password', 'must be text.');
  if (password.length < MIN_PASSWORD) throw new TeamMemberError('password', `at least ${MIN_PASSWORD} characters (${password.length} given).`);
  if (password.length > MAX_PASSWORD) throw new TeamMemberError('password', `at most ${MAX_PASSWORD} characters (${password.length} given).`);
  if (/[\u0000-\u001f\u007f]/.test(password)) throw new TeamMemberError('password', 'may not contain control characters (line breaks, tabs, NUL).');
  if (password.toLowerCase().includes(role)) throw new TeamMemberError('password', 'may not contain the role name.');
  return password;
}

function checkDisplayName(name: unknown): string {
  if (typeof name !== 'string' || name.trim() === '') throw new TeamMemberError('displayName', 'give the name colleagues know this person by.');
  if (name.length > 200) throw new TeamMemberError('displayName', `at most 200 characters (${name.length} given).`);
  return name;
}

function checkPersonRowKey(key: unknown): string | null {
  if (key === undefined || key === null) return null;
  if (typeof key !== 'string' || key.trim() === '' || key.length > 100)
    throw new TeamMemberError('personRowKey', 'must be a person row key (1 to 100 characters) or left out.');
  return key;
}

/**
 * The password as PostgreSQL stores it (a SCRAM-SHA-256 verifier), computed here so the clear
 * password never travels in a statement a server log or pg_stat_activity could show. PostgreSQL
 * normalises non-ASCII passwords (SASLprep) before hashing; for those we send the password itself
 * (escaped) and let the server hash it, rather than risk a verifier that never matches.
 */
function passwordForServer(password: string): string {
  if (!/^[\x20-\x7e]+$/.test(password)) return password;
  const salt = randomBytes(16);
  const iterations = 4096;
  const salted = pbkdf2Sync(password, salt, iterations, 32, 'sha256');
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  const storedKey = createHash('sha256').update(clientKey).digest();
  const serverKey = createHmac('sha256', salted).update('Server Key').digest();
  return `SCRAM-SHA-256$${iterations}:${salt.toString('base64')}$${storedKey.toString('base64')}:${serverKey.toString('base64')}`;
}

interface MemberRow {
  role: string;
  person_row_key: string | null;
  display_name: string;
  access: MemberAccess;
  added_at: Date;
  added_by: string;
  removed_at: Date | null;
}

const MEMBER_COLUMNS = 'role::text AS role, person_row_key, display_name, access, added_at, added_by::text AS added_by, removed_at';

function toMember(row: MemberRow): TeamMember {
  return {
    role: row.role,
    personRowKey: row.person_row_key,
    displayName: row.display_name,
    access: row.access,
    addedAt: row.added_at.toISOString(),
    addedBy: row.added_by,
    removedAt: row.removed_at ? row.removed_at.toISOString() : null,
  };
}

async function inTransaction<T>(client: ClientBase, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

async function memberRow(client: ClientBase, role: string): Promise<MemberRow | undefined> {
  const { rows } = await client.query<MemberRow>(`SELECT ${MEMBER_COLUMNS} FROM sl_members WHERE role = $1`, [role]);
  return rows[0];
}

async function roleExists(client: ClientBase, role: string): Promise<boolean> {
  const { rows } = await client.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
  return rows.length > 0;
}

/**
 * Add a person: creates their login role in the group of their access (or, with no password,
 * adds a role that already exists), and their members row. `now` is the app's clock (ISO instant).
 */
export async function addMember(admin: ClientBase, input: NewMember, now: string): Promise<TeamMember> {
  const role = checkRoleName(input.role);
  const access = checkAccess(input.access);
  const displayName = checkDisplayName(input.displayName);
  const personRowKey = checkPersonRowKey(input.personRowKey);
  const password = input.password === undefined ? undefined : checkPassword(input.password, role);
  return inTransaction(admin, async () => {
    const groups = await teamGroupRoles(admin);
    const existing = await memberRow(admin, role);
    if (existing && !existing.removed_at) throw new TeamMemberError('role', `${role} is already a member of this team workspace (${existing.access} access).`);
    const exists = await roleExists(admin, role);
    if (exists && password !== undefined) {
      throw new TeamMemberError(
        'role',
        `${role} already exists on this PostgreSQL server. Leave the password empty to add that role as it is, or choose another name.`,
      );
    }
    if (!exists && password === undefined) throw new TeamMemberError('password', `a new role (${role}) needs a password.`);
    const quotedRole = admin.escapeIdentifier(role);
    // CREATE ROLE takes no bind parameters: the name and password are escaped by the client.
    if (password !== undefined) {
      await admin.query(
        `CREATE ROLE ${quotedRole} LOGIN PASSWORD ${admin.escapeLiteral(passwordForServer(password))} IN ROLE ${admin.escapeIdentifier(groups[access])}`,
      );
    } else {
      await admin.query(`GRANT ${admin.escapeIdentifier(groups[access])} TO ${quotedRole}`);
    }
    const { rows } = await admin.query<MemberRow>(
      `INSERT INTO sl_members (role, person_row_key, display_name, access, added_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (role) DO UPDATE SET person_row_key = EXCLUDED.person_row_key, display_name = EXCLUDED.display_name,
         access = EXCLUDED.access, added_at = EXCLUDED.added_at, added_by = session_user, removed_at = NULL
       RETURNING ${MEMBER_COLUMNS}`,
      [role, personRowKey, displayName, access, now],
    );
    return toMember(rows[0]!);
  });
}

/** Everyone who is or was a member, current members first, then by name. */
export async function listMembers(client: ClientBase): Promise<TeamMember[]> {
  const { rows } = await client.query<MemberRow>(`SELECT ${MEMBER_COLUMNS} FROM sl_members ORDER BY removed_at IS NOT NULL, display_name, role`);
  return rows.map(toMember);
}

/** The member this connection logged in as (session_user); a clear error when it is none. */
export async function whoAmI(client: ClientBase): Promise<TeamMember> {
  const { rows } = await client.query<{ role: string }>('SELECT session_user::text AS role');
  const role = rows[0]!.role;
  let row: MemberRow | undefined;
  try {
    row = await memberRow(client, role);
  } catch (error) {
    // A role that may connect but has no grants (not in a members' group) cannot read the table.
    if ((error as { code?: string }).code !== '42501') throw error;
  }
  if (!row) throw new Error(`role ${role} is not a member of this team workspace. Ask the person who published it to add you.`);
  if (row.removed_at) throw new Error(`role ${role} was removed from this team workspace on ${row.removed_at.toISOString().slice(0, 10)}.`);
  return toMember(row);
}

async function currentMember(admin: ClientBase, role: string): Promise<MemberRow> {
  const row = await memberRow(admin, checkRoleName(role));
  if (!row) throw new TeamMemberError('role', `${role} is not a member of this team workspace.`);
  if (row.removed_at) throw new TeamMemberError('role', `${role} was removed from this team workspace; add them again instead.`);
  return row;
}

/** Move a member between read and edit access (their group and their row, together). */
export async function setMemberAccess(admin: ClientBase, role: string, access: MemberAccess): Promise<TeamMember> {
  const wanted = checkAccess(access);
  return inTransaction(admin, async () => {
    const row = await currentMember(admin, role);
    const groups = await teamGroupRoles(admin);
    const quotedRole = admin.escapeIdentifier(row.role);
    await admin.query(`REVOKE ${admin.escapeIdentifier(groups[row.access])} FROM ${quotedRole}`);
    await admin.query(`GRANT ${admin.escapeIdentifier(groups[wanted])} TO ${quotedRole}`);
    const { rows } = await admin.query<MemberRow>(`UPDATE sl_members SET access = $2 WHERE role = $1 RETURNING ${MEMBER_COLUMNS}`, [row.role, wanted]);
    return toMember(rows[0]!);
  });
}

/**
 * Give a member a new password (the publisher resets a forgotten one). The login role is
 * server-wide: the new password holds wherever that role logs in on this server. The role name
 * is quoted as an identifier and the password sent as a SCRAM verifier in an escaped literal, as
 * when the role was created.
 */
export async function setMemberPassword(admin: ClientBase, role: string, password: string): Promise<TeamMember> {
  const checkedRole = checkRoleName(role);
  const checked = checkPassword(password, checkedRole);
  return inTransaction(admin, async () => {
    const row = await currentMember(admin, checkedRole);
    // ALTER ROLE takes no bind parameters either.
    await admin.query(`ALTER ROLE ${admin.escapeIdentifier(row.role)} PASSWORD ${admin.escapeLiteral(passwordForServer(checked))}`);
    return toMember(row);
  });
}

/**
 * Take a member out: their role leaves both groups (the database refuses them from then on) and
 * their row stays, marked removed at `now`, so the log still names who pushed what. The login
 * role itself is kept: it may belong to other team workspaces on the same server.
 */
export async function removeMember(admin: ClientBase, role: string, now: string): Promise<TeamMember> {
  return inTransaction(admin, async () => {
    const row = await currentMember(admin, role);
    const groups = await teamGroupRoles(admin);
    await admin.query(`REVOKE ${admin.escapeIdentifier(groups.read)}, ${admin.escapeIdentifier(groups.edit)} FROM ${admin.escapeIdentifier(row.role)}`);
    const { rows } = await admin.query<MemberRow>(`UPDATE sl_members SET removed_at = $2 WHERE role = $1 RETURNING ${MEMBER_COLUMNS}`, [row.role, now]);
    return toMember(rows[0]!);
  });
}

/**
 * Link a member's role to the person record they are (its sync row key), or unlink it with null:
 * from then on, in that member's copy, "I am" is that person. Publisher only, like every change.
 */
export async function linkMemberPerson(admin: ClientBase, role: string, personRowKey: string | null): Promise<TeamMember> {
  const key = checkPersonRowKey(personRowKey);
  return inTransaction(admin, async () => {
    const row = await currentMember(admin, role);
    const { rows } = await admin.query<MemberRow>(`UPDATE sl_members SET person_row_key = $2 WHERE role = $1 RETURNING ${MEMBER_COLUMNS}`, [row.role, key]);
    return toMember(rows[0]!);
  });
}
