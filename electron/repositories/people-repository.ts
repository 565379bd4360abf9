import type Database from 'better-sqlite3';
import { AppError } from '../../shared/api/errors';
import type { Person } from '../../shared/api/people-api';
import { recordAudit, type Actor } from './audit-repository';
import { containsPattern } from './sql-helpers';

interface PersonRow {
  id: number;
  name: string;
  email: string | null;
  role: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    active: row.active === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** One person, or a not_found error naming the id. */
export function getPerson(db: Database.Database, id: number, field = 'id'): Person {
  const row = db.prepare('SELECT * FROM people WHERE id = ?').get(id) as PersonRow | undefined;
  if (!row) throw new AppError('not_found', `There is no person with id ${id}.`, field);
  return toPerson(row);
}

/** People sorted by name; active only unless asked. */
export function listPeople(db: Database.Database, options: { search?: string | undefined; includeInactive: boolean }): Person[] {
  const where: string[] = [];
  const params: string[] = [];
  if (!options.includeInactive) where.push('active = 1');
  if (options.search) {
    where.push("(name LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\' OR role LIKE ? ESCAPE '\\')");
    const pattern = containsPattern(options.search);
    params.push(pattern, pattern, pattern);
  }
  const sql = `SELECT * FROM people ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY name COLLATE NOCASE`;
  return (db.prepare(sql).all(...params) as PersonRow[]).map(toPerson);
}

function assertNameFree(db: Database.Database, name: string, exceptId: number | null): void {
  const clash = db.prepare('SELECT id FROM people WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(name, exceptId);
  if (clash) throw new AppError('conflict', `Name: "${name}" is already in use by another person.`, 'name');
}

/** Add a person and record it in the audit trail. */
export function createPerson(db: Database.Database, actor: Actor, input: { name: string; email: string | null; role: string | null }, now: string): Person {
  assertNameFree(db, input.name, null);
  const { lastInsertRowid } = db
    .prepare('INSERT INTO people (name, email, role, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)')
    .run(input.name, input.email, input.role, now, now);
  const person = getPerson(db, Number(lastInsertRowid));
  recordAudit(db, actor, { entity: 'person', entityId: person.id, action: 'create', after: person }, now);
  return person;
}

/** Change some fields of a person and record before/after. */
export function updatePerson(
  db: Database.Database,
  actor: Actor,
  input: { id: number; name?: string | undefined; email?: string | null | undefined; role?: string | null | undefined; active?: boolean | undefined },
  now: string,
): Person {
  const before = getPerson(db, input.id);
  const next = {
    name: input.name ?? before.name,
    email: input.email !== undefined ? input.email : before.email,
    role: input.role !== undefined ? input.role : before.role,
    active: input.active ?? before.active,
  };
  if (next.name !== before.name) assertNameFree(db, next.name, before.id);
  db.prepare('UPDATE people SET name = ?, email = ?, role = ?, active = ?, updated_at = ? WHERE id = ?').run(
    next.name,
    next.email,
    next.role,
    next.active ? 1 : 0,
    now,
    before.id,
  );
  const after = getPerson(db, before.id);
  recordAudit(db, actor, { entity: 'person', entityId: after.id, action: 'update', before, after }, now);
  return after;
}
