import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ClientBase } from 'pg';
import { installCaptureTriggers, recordPayloadSql, rowKeySql } from './capture-triggers';
import { syncTables } from './sync-tables';
import { installTeamSchema } from './team-database';
import { addMember } from './team-members';

/** The local side of being in a team: one sync_state row. */
export interface TeamIdentity {
  url: string;
  tls: boolean;
  workspaceId: string;
  memberRole: string;
}

/** Write the replica's team identity (publish and join). A new replica id is made here. */
function enterTeamMode(db: Database.Database, team: TeamIdentity, now: string): string {
  const replicaId = randomUUID();
  db.prepare('INSERT INTO sync_state (id, team_url, tls, team_workspace_id, replica_id, member_role, joined_at) VALUES (1, ?, ?, ?, ?, ?, ?)').run(
    team.url,
    team.tls ? 1 : 0,
    team.workspaceId,
    replicaId,
    team.memberRole,
    now,
  );
  return replicaId;
}

/**
 * Every record already in the workspace becomes a creation waiting to be sent (publish), parents
 * before children, in one SQL statement per table.
 */
function queueExistingRecords(db: Database.Database, now: string): number {
  const tables = syncTables(db);
  const byName = new Map(tables.map((table) => [table.name, table]));
  let queued = 0;
  for (const table of tables) {
    const quoted = `"${table.name}"`;
    if (table.kind === 'id') {
      db.prepare(`INSERT INTO sync_row_keys (table_name, local_id, row_key) SELECT ?, id, lower(hex(randomblob(16))) FROM ${quoted} ORDER BY id`).run(
        table.name,
      );
    }
    const payload = recordPayloadSql(table, 'NEW', byName);
    const rowKey = rowKeySql(table, 'NEW', byName);
    const order = table.kind === 'id' ? 'ORDER BY NEW.id' : '';
    queued += db
      .prepare(
        `INSERT INTO sync_outbox (table_name, row_key, field, value_json, base_version, at) SELECT ?, ${rowKey}, '*insert', ${payload}, 0, ? FROM ${quoted} AS NEW ${order}`,
      )
      .run(table.name, now).changes;
  }
  return queued;
}

/** The team database must be empty of ServiceLedger tables before a workspace is published to it. */
async function assertEmptyTeamDatabase(client: ClientBase): Promise<void> {
  const { rows } = await client.query<{ found: string | null }>("SELECT to_regclass('sl_team_meta')::text AS found");
  if (rows[0]?.found) {
    const { rows: meta } = await client.query<{ value: string }>("SELECT value FROM sl_team_meta WHERE key = 'organisation_name'");
    const name = meta[0]?.value;
    throw new Error(`This database already holds a team workspace${name ? ` (${name})` : ''}. Join it instead, or publish to an empty database.`);
  }
}

/**
 * Publish: install the team tables in an empty database and make the open workspace its first
 * replica, with every record queued to be sent. The caller then syncs to send them.
 */
export async function publishWorkspace(
  db: Database.Database,
  client: ClientBase,
  options: { url: string; tls: boolean; now: string; organisationName: string | null; schemaVersion: number; publisher?: { id: number | null; name: string } },
): Promise<{ workspaceId: string; queued: number }> {
  if (db.prepare('SELECT 1 FROM sync_state').get()) throw new Error('This workspace is already part of a team.');
  await assertEmptyTeamDatabase(client);
  const workspaceId = randomUUID();
  const { rows } = await client.query<{ role: string }>('SELECT session_user AS role');
  await installTeamSchema(client, workspaceId, { organisationName: options.organisationName, schemaVersion: options.schemaVersion });
  const role = rows[0]!.role;
  // The publisher is the first member, with edit access, linked to the person they chose here.
  await addMember(client, { role, access: 'edit', displayName: options.publisher?.name ?? role }, options.now);
  let queued = 0;
  let personKey: string | null = null;
  db.transaction(() => {
    enterTeamMode(db, { url: options.url, tls: options.tls, workspaceId, memberRole: role }, options.now);
    queued = queueExistingRecords(db, options.now);
    if (options.publisher?.id != null) {
      personKey =
        (db.prepare("SELECT row_key FROM sync_row_keys WHERE table_name = 'people' AND local_id = ?").pluck().get(options.publisher.id) as
          string | undefined) ?? null;
      db.prepare('UPDATE sync_state SET member_person_key = ? WHERE id = 1').run(personKey);
    }
  })();
  if (personKey) await client.query('UPDATE sl_members SET person_row_key = $1 WHERE role = $2', [personKey, role]);
  installCaptureTriggers(db);
  return { workspaceId, queued };
}

/**
 * Join: make a freshly created workspace file a replica of the team workspace (it then pulls
 * everything). Records the fresh file made for itself (the default review policy, matrix and
 * subject kinds) are named by their natural keys, so the team's versions replace them.
 */
export function joinAsReplica(db: Database.Database, team: TeamIdentity, now: string): void {
  db.transaction(() => {
    enterTeamMode(db, team, now);
  })();
  installCaptureTriggers(db);
}
