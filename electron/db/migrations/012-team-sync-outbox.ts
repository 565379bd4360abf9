import type { Migration } from './migration';

/**
 * Team workspace (issue 15): what a local replica needs to exchange its changes with the team's
 * PostgreSQL database. All tables stay empty in a single-user workspace: `sync_state` has a row
 * only once the workspace is published to or joined from a team, and only then are changes
 * captured (by per-connection triggers, electron/team/capture-triggers.ts), so a single-user
 * workspace works exactly as before.
 */
export const migration012TeamSyncOutbox: Migration = {
  version: 12,
  name: 'Team sync: replica state, row keys, field versions, outbox, received log and conflicts',
  up(db) {
    db.exec(`
      -- One row in a team workspace, none in a single-user one. team_url is kept without its
      -- password. pull_cursor is the last team change-log number this replica has applied.
      CREATE TABLE sync_state (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        team_url TEXT NOT NULL,
        tls INTEGER NOT NULL DEFAULT 1 CHECK (tls IN (0, 1)),
        team_workspace_id TEXT NOT NULL,
        replica_id TEXT NOT NULL,
        member_role TEXT NOT NULL,
        -- What the team database lets this member do (its PostgreSQL grants decide; this is
        -- what the app shows and refuses early): 'edit', or 'read' for an auditor.
        member_access TEXT NOT NULL DEFAULT 'edit' CHECK (member_access IN ('edit', 'read')),
        -- The person this member is ("I am"), by row key, as the team's members list links them.
        member_person_key TEXT,
        pull_cursor INTEGER NOT NULL DEFAULT 0 CHECK (pull_cursor >= 0),
        last_hlc TEXT,
        last_synced_at TEXT,
        joined_at TEXT NOT NULL
      ) STRICT;

      -- A key unique across replicas (random, 32 hex digits) for each record with a local integer
      -- id, which two offline people can both hand out. version is the team change that created
      -- the record (0 while its creation waits to be sent): the base of an edit of a field that
      -- was never edited since.
      CREATE TABLE sync_row_keys (
        table_name TEXT NOT NULL,
        local_id INTEGER NOT NULL,
        row_key TEXT NOT NULL UNIQUE,
        version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
        PRIMARY KEY (table_name, local_id)
      ) WITHOUT ROWID, STRICT;

      -- The team version of each field edited after its record was created: the base an edit is
      -- made from. Records with natural keys keep their creation version here under field '*row'.
      CREATE TABLE sync_field_versions (
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        field TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 0),
        PRIMARY KEY (table_name, row_key, field)
      ) WITHOUT ROWID, STRICT;

      -- Changes waiting to be sent, written by the capture triggers in the same transaction as
      -- the edit. field is a column name, '*insert' (value: the whole row) or '*delete'. Values
      -- are as stored locally; references become row keys when sent. A later edit of a field
      -- whose earlier edit (or whose record's creation) still waits names it (base_outbox_id), so
      -- a replica never conflicts with itself. resolves_conflict marks a person's resolution of a
      -- conflict; pushed_seq and outcome are the team's answer.
      CREATE TABLE sync_outbox (
        id INTEGER PRIMARY KEY,
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        field TEXT NOT NULL,
        value_json TEXT,
        base_version INTEGER NOT NULL CHECK (base_version >= 0),
        base_outbox_id INTEGER,
        at TEXT,
        resolves_conflict INTEGER,
        pushed_seq INTEGER,
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('applied', 'conflict', 'renamed', 'skipped'))
      ) STRICT;
      CREATE INDEX sync_outbox_waiting ON sync_outbox (table_name, row_key, field) WHERE pushed_seq IS NULL;

      -- The most recent changes received from others, for the sync log (older ones are pruned).
      CREATE TABLE sync_received (
        seq INTEGER PRIMARY KEY,
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        field TEXT NOT NULL,
        actor TEXT NOT NULL,
        at TEXT NOT NULL,
        outcome TEXT NOT NULL,
        note TEXT
      ) STRICT;

      -- The team's open conflicts as last fetched, so the inbox reads offline too.
      CREATE TABLE sync_conflicts (
        id INTEGER PRIMARY KEY,
        change_seq INTEGER NOT NULL,
        table_name TEXT NOT NULL,
        row_key TEXT NOT NULL,
        field TEXT NOT NULL,
        current_value_json TEXT,
        proposed_value_json TEXT,
        proposed_by TEXT NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
