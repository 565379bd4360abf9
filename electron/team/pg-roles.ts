import type { ClientBase } from 'pg';

/**
 * People are real accounts: every member of a team workspace connects as their own PostgreSQL
 * role, and the database itself refuses what their access does not allow. Installed right after
 * the team schema (TEAM_SCHEMA_SQL) by the publishing role, which owns the sl_ tables and needs
 * CREATEROLE (it creates the two group roles below and, later, the members' login roles).
 *
 * - Two group roles per team database, named from the database so that two team databases on one
 *   server never share them: `sl_<database>_reader` and `sl_<database>_editor` (`sl_team_role()`).
 * - Nobody but the owner writes the tables: PUBLIC loses every privilege on them, readers and
 *   editors get SELECT only. Editors may also EXECUTE `sl_push`, which runs as its owner
 *   (SECURITY DEFINER, with a fixed search_path so a member cannot slip in their own objects) —
 *   the only way a change reaches the log.
 * - Only members' groups may CONNECT to the database: a role of another team database on the same
 *   server is refused at the door.
 * - The log names the real pusher: under SECURITY DEFINER `current_user` is the owner, so
 *   `sl_change_log.pushed_by` defaults to `session_user` (the member who logged in).
 *
 * Idempotent: run it again after any schema upgrade to re-apply the grants to the tables as they
 * are then. Functions are owner-only unless listed in MEMBER_FUNCTIONS (secure by default: a new
 * write function is never callable by readers by accident).
 */

/** The sl_ functions members may call, and who. Everything else stays owner-only. */
export const MEMBER_FUNCTIONS: Readonly<Record<string, 'editor' | 'reader'>> = {
  sl_push: 'editor',
  sl_push_new_records: 'editor',
  sl_team_role: 'reader',
};

/** The group role names never leave 63 bytes (PostgreSQL's limit), and stay distinct per database. */
export const TEAM_ROLES_SQL = `
-- The group role of this team database for an access level ('edit' or 'read'). A long database
-- name is cut and made distinct again by a hash of the whole name.
CREATE OR REPLACE FUNCTION sl_team_role(p_access text) RETURNS name
LANGUAGE sql STABLE AS $fn$
  SELECT CASE
    WHEN octet_length(base) <= 63 THEN base::name
    ELSE ('sl_' || left(current_database(), CASE WHEN octet_length(current_database()) = length(current_database()) THEN 40 ELSE 10 END)
          || '_' || left(md5(current_database()), 8) || '_' || suffix)::name
  END
  FROM (SELECT suffix, 'sl_' || current_database() || '_' || suffix AS base
          FROM (SELECT CASE p_access WHEN 'edit' THEN 'editor' WHEN 'read' THEN 'reader' END AS suffix) s
         WHERE suffix IS NOT NULL) b
$fn$;

-- Who may use this team workspace: one row per member's PostgreSQL role, kept after removal
-- (removed_at) so the log's pushed_by always names someone known.
CREATE TABLE IF NOT EXISTS sl_members (
  role name PRIMARY KEY,
  person_row_key text,
  display_name text NOT NULL,
  access text NOT NULL CHECK (access IN ('edit', 'read')),
  added_at timestamptz NOT NULL,
  added_by name NOT NULL DEFAULT session_user,
  removed_at timestamptz
);

DO $roles$
DECLARE
  reader name := sl_team_role('read');
  editor name := sl_team_role('edit');
  rel record;
  fn record;
  grantee text;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = reader) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', reader);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = editor) THEN
    EXECUTE format('CREATE ROLE %I NOLOGIN', editor);
  END IF;
  -- A new team database under the name of a dropped one finds its groups still there, with the old
  -- members in them: they are not members of this one.
  IF NOT EXISTS (SELECT 1 FROM sl_members) THEN
    FOR rel IN
      SELECT g.rolname AS grp, m.rolname AS member FROM pg_auth_members a
        JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member
       WHERE g.rolname IN (reader, editor)
    LOOP
      EXECUTE format('REVOKE %I FROM %I', rel.grp, rel.member);
    END LOOP;
  END IF;

  -- sl_push runs as its owner: nobody else may create objects in its schema (a function there with
  -- a better-matching signature would run with the owner's rights). PostgreSQL 15 already revokes
  -- that on a new database; a database carried over from an older version may still allow it.
  IF EXISTS (SELECT 1 FROM pg_namespace n, aclexplode(n.nspacl) a
              WHERE n.nspname = current_schema() AND a.grantee = 0 AND a.privilege_type = 'CREATE') THEN
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
  END IF;

  -- Only members (through their group) may connect; PUBLIC may by default.
  EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I, %I', current_database(), reader, editor);

  -- Tables, views and sequences: SELECT for members, writes for the owner alone.
  FOR rel IN
    SELECT c.oid::regclass AS name, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relname LIKE 'sl\\_%' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
  LOOP
    EXECUTE format('REVOKE ALL ON %s FROM PUBLIC, %I, %I', rel.name, reader, editor);
    IF rel.relkind <> 'S' THEN
      EXECUTE format('GRANT SELECT ON %s TO %I, %I', rel.name, reader, editor);
    END IF;
  END LOOP;

  -- Functions: owner-only unless listed; sl_push runs as its owner with a fixed search_path.
  FOR fn IN
    SELECT p.oid::regprocedure AS signature, p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = current_schema() AND p.proname LIKE 'sl\\_%'
  LOOP
    EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC, %I, %I', fn.signature, reader, editor);
    grantee := CASE fn.proname ${Object.entries(MEMBER_FUNCTIONS)
      .map(([name, who]) => `WHEN '${name}' THEN ${who === 'editor' ? 'quote_ident(editor)' : "quote_ident(reader) || ', ' || quote_ident(editor)"}`)
      .join(' ')} END;
    IF grantee IS NOT NULL THEN
      EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %s', fn.signature, grantee);
    END IF;
    IF fn.proname IN ('sl_push', 'sl_push_new_records') THEN
      EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = %I, pg_temp', fn.signature, current_schema());
    END IF;
  END LOOP;
  -- Functions this role creates later start owner-only too.
  ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

  -- The log names the member who logged in, not the function's owner.
  IF EXISTS (SELECT 1 FROM information_schema.columns
              WHERE table_schema = current_schema() AND table_name = 'sl_change_log' AND column_name = 'pushed_by') THEN
    ALTER TABLE sl_change_log ALTER COLUMN pushed_by SET DEFAULT session_user;
  END IF;
END
$roles$;
`;

/**
 * Create (or refresh) the group roles, the members table and the grants, inside the caller's
 * transaction (installTeamSchema's, right after TEAM_SCHEMA_SQL). Run by the publishing role
 * (owner of the sl_ tables, with CREATEROLE); a missing right is named in words.
 */
export async function applyTeamRoles(client: ClientBase): Promise<void> {
  try {
    await client.query(TEAM_ROLES_SQL);
  } catch (error) {
    if ((error as { code?: string }).code === '42501') throw publisherRightsError(error as Error);
    throw error;
  }
}

/** applyTeamRoles in a transaction of its own: for a team database whose schema is already there. */
export async function installTeamRoles(client: ClientBase): Promise<void> {
  await client.query('BEGIN');
  try {
    await applyTeamRoles(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** What the publishing role lacks, in words its database administrator can act on. */
function publisherRightsError(cause: Error): Error {
  return new Error(
    'The role publishing this team workspace needs the right to create roles and must own the team database ' +
      '(as a superuser: ALTER ROLE <publisher> CREATEROLE; ALTER DATABASE <team database> OWNER TO <publisher>; ' +
      `and, for a database from before PostgreSQL 15, ALTER SCHEMA public OWNER TO <publisher>). PostgreSQL said: ${cause.message}`,
    { cause },
  );
}

/** The group roles of the connected team database: `{ read: 'sl_<db>_reader', edit: 'sl_<db>_editor' }`. */
export async function teamGroupRoles(client: ClientBase): Promise<{ read: string; edit: string }> {
  const { rows } = await client.query<{ read: string; edit: string }>("SELECT sl_team_role('read') AS read, sl_team_role('edit') AS edit");
  return rows[0]!;
}
