import type Database from 'better-sqlite3';
import type { Actor } from '../repositories/audit-repository';
import { createPerson } from '../repositories/people-repository';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface ResolvedPeople {
  /** Names (or emails) not known to the workspace, first spelling kept, in order of appearance. */
  unknown: string[];
  /** Names of the people created (when asked to create). */
  created: string[];
  idOf(text: string): number | undefined;
}

/**
 * Match people named in an import by name or email, ignoring case. With `create`, the unknown
 * ones are added as people (audited), so a register from Excel can name people never seen before.
 */
export function resolvePeople(
  db: Database.Database,
  texts: ReadonlyArray<string | null>,
  options: { create?: false } | { create: true; actor: Actor; now: string } = {},
): ResolvedPeople {
  const known = new Map<string, number>();
  for (const person of db.prepare('SELECT id, name, email FROM people').all() as Array<{ id: number; name: string; email: string | null }>) {
    known.set(person.name.toLowerCase(), person.id);
    if (person.email) known.set(person.email.toLowerCase(), person.id);
  }
  const unknown: string[] = [];
  // A set, not a scan of the list: a 100,000-row register names each of its owners thousands of times.
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const key = text.trim().toLowerCase();
    if (known.has(key) || seen.has(key)) continue;
    seen.add(key);
    unknown.push(text.trim());
  }
  const created: string[] = [];
  if (options.create) {
    for (const text of unknown) {
      const isEmail = EMAIL.test(text);
      const person = createPerson(db, options.actor, { name: text, email: isEmail ? text : null, role: null }, options.now);
      known.set(text.toLowerCase(), person.id);
      created.push(person.name);
    }
  }
  return { unknown, created, idOf: (text) => known.get(text.trim().toLowerCase()) };
}
