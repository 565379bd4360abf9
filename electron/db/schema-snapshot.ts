import type Database from 'better-sqlite3';

/**
 * The schema a database has, as text that changes only when the schema does: every table, index,
 * trigger and view with its SQL, whitespace collapsed, sorted by kind and name. Committed beside
 * the migrations, it makes a schema change visible in review and an edited released migration
 * fail a test.
 */
export function describeSchema(db: Database.Database): string {
  const rows = db.prepare('SELECT type, name, tbl_name AS tableName, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name').all() as Array<{
    type: string;
    name: string;
    tableName: string;
    sql: string;
  }>;
  const objects = rows.map((row) => `-- ${row.type} ${row.name} (on ${row.tableName})\n${row.sql.replace(/\s+/g, ' ').trim()};`);
  return `${objects.join('\n\n')}\n`;
}
