import type Database from 'better-sqlite3';

/** One schema step. `up` runs inside a transaction that also bumps `user_version`. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
  /**
   * The step rebuilds a table that others reference. It then runs with foreign keys off (SQLite's
   * documented way: otherwise dropping the old table would cascade into its children) and
   * `foreign_key_check` must find nothing before the step commits.
   */
  rebuildsReferencedTable?: boolean;
}
