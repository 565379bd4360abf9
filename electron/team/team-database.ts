import type { ClientBase } from 'pg';
import { applyTeamRoles } from './pg-roles';
import { SAME_RECORD_KEYS, TEAM_SCHEMA_SQL, TEAM_SCHEMA_VERSION, UNIQUE_COLUMNS } from './pg-schema';

/** What the team database answered for one pushed change. */
export interface PushOutcome {
  originSeq: number;
  seq: number;
  outcome: ChangeOutcome;
  /** The value the team applied (a taken code renamed, say). */
  value: unknown;
}

export type ChangeOutcome = 'applied' | 'conflict' | 'renamed' | 'skipped';

/** A change as a replica sends it: values in team form (references are row keys). */
export interface WireChange {
  originSeq: number;
  table: string;
  rowKey: string;
  field: string;
  value: unknown;
  baseVersion: number;
  baseOriginSeq: number | null;
  actor: string;
  at: string;
  resolvesConflict?: number;
}

/** A change of the team's log, as a replica pulls it. */
export interface TeamChange {
  seq: number;
  origin: string;
  originSeq: number;
  table: string;
  rowKey: string;
  field: string;
  value: unknown;
  actor: string;
  at: string;
  outcome: ChangeOutcome;
  note: string | null;
  /** For a conflict: the value the team kept. */
  currentValue: unknown;
}

/** An open conflict: the value the team had and the one proposed from an older version. */
export interface TeamConflict {
  id: number;
  changeSeq: number;
  table: string;
  rowKey: string;
  field: string;
  currentValue: unknown;
  proposedValue: unknown;
  proposedBy: string;
  at: string;
}

/** Create the team tables and push function in an empty database, marked with the workspace id. */
export async function installTeamSchema(
  client: ClientBase,
  workspaceId: string,
  details: { organisationName?: string | null; schemaVersion?: number } = {},
): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query(TEAM_SCHEMA_SQL);
    await client.query("INSERT INTO sl_team_meta (key, value) VALUES ('schema_version', $1), ('workspace_id', $2)", [String(TEAM_SCHEMA_VERSION), workspaceId]);
    if (details.organisationName) await client.query("INSERT INTO sl_team_meta (key, value) VALUES ('organisation_name', $1)", [details.organisationName]);
    if (details.schemaVersion) await client.query("INSERT INTO sl_team_meta (key, value) VALUES ('workspace_format', $1)", [String(details.schemaVersion)]);
    await applyTeamRoles(client);
    for (const [table, fields] of SAME_RECORD_KEYS) await client.query('INSERT INTO sl_same_record_keys (table_name, fields) VALUES ($1, $2)', [table, fields]);
    for (const [table, field] of UNIQUE_COLUMNS) await client.query('INSERT INTO sl_unique_columns (table_name, field) VALUES ($1, $2)', [table, field]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/**
 * Check the database is this workspace's team database in a format this build reads; throws a
 * message a person can act on otherwise. Call it before pushing or pulling.
 */
export async function checkTeamDatabase(client: ClientBase, workspaceId: string, localFormat?: number): Promise<void> {
  const { rows: tables } = await client.query<{ found: string | null }>("SELECT to_regclass('sl_team_meta')::text AS found");
  if (!tables[0]?.found) throw new Error('This database is not a ServiceLedger team workspace (it has no sl_team_meta table).');
  const { rows } = await client.query<{ key: string; value: string }>('SELECT key, value FROM sl_team_meta');
  const meta = new Map(rows.map((row) => [row.key, row.value]));
  const version = Number(meta.get('schema_version'));
  if (!(version >= 1)) throw new Error('This team database has no schema version: it was not set up by ServiceLedger.');
  if (version > TEAM_SCHEMA_VERSION) {
    throw new Error(
      `This team database uses team format ${version}; this version of ServiceLedger reads up to ${TEAM_SCHEMA_VERSION}. Update ServiceLedger to sync.`,
    );
  }
  if (meta.get('workspace_id') !== workspaceId) {
    throw new Error(`This team database belongs to another workspace (${meta.get('workspace_id')}), not to this one (${workspaceId}).`);
  }
  if (localFormat !== undefined) await checkWorkspaceFormat(client, Number(meta.get('workspace_format') ?? 0), localFormat);
}

/**
 * Members must run versions that agree on the workspace's tables. A member with a newer version
 * raises the team's format; one with an older version is told to update, and keeps working
 * offline with its changes waiting.
 */
async function checkWorkspaceFormat(client: ClientBase, teamFormat: number, localFormat: number): Promise<void> {
  if (teamFormat > localFormat) {
    throw new Error(
      `A team member uses a newer ServiceLedger (workspace format ${teamFormat}; this one has ${localFormat}). Update ServiceLedger to sync: your changes are kept and wait.`,
    );
  }
  if (teamFormat < localFormat) {
    await client.query(
      "INSERT INTO sl_team_meta (key, value) VALUES ('workspace_format', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE sl_team_meta.value::int < excluded.value::int",
      [String(localFormat)],
    );
  }
}

/**
 * Send one replica's waiting changes, in outbox order, in one PostgreSQL transaction (the
 * `sl_push` function). Sending the same changes again (a retry after a lost answer) logs nothing
 * new and answers as the first time.
 */
export async function pushChanges(client: ClientBase, origin: string, changes: readonly WireChange[]): Promise<PushOutcome[]> {
  if (changes.length === 0) return [];
  const payload = JSON.stringify(changes);
  type Row = { origin_seq: string; seq: string; outcome: ChangeOutcome; value: unknown };
  // New records only (a publish, an import): the set-based path, which answers nothing when it does not apply.
  let rows: Row[] = [];
  if (changes.every((change) => change.field === '*insert'))
    rows = (await client.query<Row>('SELECT * FROM sl_push_new_records($1, $2::jsonb)', [origin, payload])).rows;
  if (rows.length === 0) rows = (await client.query<Row>('SELECT * FROM sl_push($1, $2::jsonb)', [origin, payload])).rows;
  return rows.map((row) => ({ originSeq: Number(row.origin_seq), seq: Number(row.seq), outcome: row.outcome, value: row.value }));
}

/** The team's changes after `cursor` (a change-log number), oldest first, at most `limit`. */
export async function pullChanges(client: ClientBase, cursor: number, limit: number): Promise<TeamChange[]> {
  const { rows } = await client.query<{
    seq: string;
    origin: string;
    origin_seq: string;
    table_name: string;
    row_key: string;
    field: string;
    value: unknown;
    actor: string;
    at: string;
    outcome: ChangeOutcome;
    note: string | null;
    current_value: unknown;
  }>(
    `SELECT l.seq, l.origin, l.origin_seq, l.table_name, l.row_key, l.field, l.value, l.actor, l.at, l.outcome, l.note, c.current_value
       FROM sl_change_log l LEFT JOIN LATERAL (SELECT c.current_value FROM sl_conflicts c WHERE c.change_seq = l.seq AND c.field = l.field LIMIT 1) c ON true
      WHERE l.seq > $1 ORDER BY l.seq LIMIT $2`,
    [cursor, limit],
  );
  return rows.map((row) => ({
    seq: Number(row.seq),
    origin: row.origin,
    originSeq: Number(row.origin_seq),
    table: row.table_name,
    rowKey: row.row_key,
    field: row.field,
    value: row.value,
    actor: row.actor,
    at: row.at,
    outcome: row.outcome,
    note: row.note,
    currentValue: row.current_value,
  }));
}

/** Conflicts nobody has resolved yet, oldest first. */
export async function openConflicts(client: ClientBase): Promise<TeamConflict[]> {
  const { rows } = await client.query<{
    id: string;
    change_seq: string;
    table_name: string;
    row_key: string;
    field: string;
    current_value: unknown;
    proposed_value: unknown;
    proposed_by: string;
    at: string;
  }>(
    'SELECT id, change_seq, table_name, row_key, field, current_value, proposed_value, proposed_by, at FROM sl_conflicts WHERE resolved_seq IS NULL ORDER BY id',
  );
  return rows.map((row) => ({
    id: Number(row.id),
    changeSeq: Number(row.change_seq),
    table: row.table_name,
    rowKey: row.row_key,
    field: row.field,
    currentValue: row.current_value,
    proposedValue: row.proposed_value,
    proposedBy: row.proposed_by,
    at: row.at,
  }));
}
