import type { Migration } from './migration';

/** Named filter/sort/column settings of a table screen, shared by everyone using the workspace. */
export const migration003SavedViews: Migration = {
  version: 3,
  name: 'saved views of table screens',
  up(db) {
    db.exec(`
      CREATE TABLE saved_views (
        id         INTEGER PRIMARY KEY,
        screen     TEXT NOT NULL,
        name       TEXT NOT NULL,
        state_json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX saved_views_screen_name ON saved_views (screen, name COLLATE NOCASE);
    `);
  },
};
