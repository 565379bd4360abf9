import type { Migration } from './migration';

/**
 * Team workspace foundation (issue 15): what a local replica needs to send its edits to the team's
 * PostgreSQL database. All four tables stay empty in a single-user workspace: `sync_state` has a
 * row only once the workspace is published to or joined from a team, and only then do writes
 * record their field-level changes in `sync_outbox` (electron/team/outbox.ts).
 */
export const migration012TeamSyncOutbox: Migration = {
  version: 12,
  name: 'Team sync: outbox, replica state, row keys and field versions',
  up(db) {
    db.exec(`
      -- One row in a team workspace, none in a single-user one. The connection string is kept
      -- without its password (that belongs in the OS keychain). pull_cursor is the last team
      -- change-log sequence number this replica has applied; last_hlc its hybrid logical clock.
      CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        team_url TEXT NOT NULL,
        team_workspace_id TEXT NOT NULL,
        replica_id TEXT NOT NULL,
        pull_cursor INTEGER NOT NULL DEFAULT 0 CHECK (pull_cursor >= 0),
        last_hlc TEXT,
        joined_at TEXT NOT NULL
      ) STRICT;

      -- Keys unique across replicas (UUIDs) beside the local integer ids, which two offline
      -- people can both hand out.
      CREATE TABLE sync_row_keys (
        table_name TEXT NOT NULL,
        local_id INTEGER NOT NULL,
        row_key TEXT NOT NULL UNIQUE,
        PRIMARY KEY (table_name, local_id)
      ) WITHOUT ROWID, STRICT;

      -- The team version (change-log sequence number) each field was last seen at: the base an
      -- edit is made from.
      CREATE TABLE sync_field_versions (
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        field TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 0),
        PRIMARY KEY (table_name, row_key, field)
      ) WITHOUT ROWID, STRICT;

      -- Field-level changes waiting to be sent, written in the same transaction as the edit.
      -- field is the entity descriptor's field key; value_json the new value as the API has it.
      -- A second edit of a field before the first was sent is based on that first edit
      -- (base_outbox_id), not on a team version, so it never conflicts with its own replica.
      -- pushed_seq is the team change-log number once the team database has accepted it.
      CREATE TABLE sync_outbox (
        id INTEGER PRIMARY KEY,
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        field TEXT NOT NULL,
        value_json TEXT NOT NULL,
        base_version INTEGER NOT NULL CHECK (base_version >= 0),
        base_outbox_id INTEGER REFERENCES sync_outbox (id),
        actor TEXT NOT NULL,
        hlc TEXT NOT NULL,
        pushed_seq INTEGER
      ) STRICT;
      CREATE INDEX sync_outbox_waiting ON sync_outbox (id) WHERE pushed_seq IS NULL;
    `);
  },
};
