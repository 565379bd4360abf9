import { createHash } from 'node:crypto';

/** What `released-migrations.json` holds: each released migration file and the SHA-256 of its text. */
export type ReleaseLock = Record<string, string>;

/** The hash of a migration's source, the same on every checkout (line endings folded to \n). */
export function migrationHash(source: string): string {
  return createHash('sha256').update(source.replace(/\r\n/g, '\n')).digest('hex');
}

/**
 * What is wrong between the lock and the migration files: a released migration whose text
 * changed, one that disappeared, or one that is not in the lock yet. Each problem says what to do.
 */
export function releaseLockProblems(lock: ReleaseLock, sources: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [file, hash] of Object.entries(lock)) {
    const source = sources[file];
    if (source === undefined) problems.push(`${file} was released and is gone. Released migrations stay: restore it.`);
    else if (migrationHash(source) !== hash) {
      problems.push(
        `${file} was released and has been edited. Workspaces already upgraded by it will never run it again: undo the edit and add a new migration instead.`,
      );
    }
  }
  for (const file of Object.keys(sources)) {
    if (!(file in lock))
      problems.push(`${file} is not in released-migrations.json yet. Run \`npm run migrations:release\` to record it and refresh schema.snapshot.sql.`);
  }
  return problems;
}

/** The lock with every new migration added; entries already there are never changed. */
export function extendReleaseLock(lock: ReleaseLock, sources: Record<string, string>): ReleaseLock {
  const next: ReleaseLock = { ...lock };
  for (const [file, source] of Object.entries(sources)) if (!(file in next)) next[file] = migrationHash(source);
  return Object.fromEntries(Object.entries(next).sort(([a], [b]) => a.localeCompare(b)));
}
