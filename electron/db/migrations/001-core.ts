import type { Migration } from './migration';

/** Workspace metadata, people and the audit trail: what every later table builds on. */
export const migration001Core: Migration = {
  version: 1,
  name: 'core: meta, people, audit trail',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE people (
        id         INTEGER PRIMARY KEY,
        name       TEXT NOT NULL,
        email      TEXT,
        role       TEXT,
        active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX people_name_unique ON people (name COLLATE NOCASE);

      CREATE TABLE audit_log (
        id          INTEGER PRIMARY KEY,
        at          TEXT NOT NULL,
        actor_id    INTEGER REFERENCES people (id) ON DELETE SET NULL,
        actor_name  TEXT NOT NULL,
        entity      TEXT NOT NULL,
        entity_id   TEXT NOT NULL,
        action      TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
        before_json TEXT,
        after_json  TEXT
      ) STRICT;
      CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);
    `);
  },
};
