import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import { REVIEW_SUBJECT_KINDS, type ReviewPolicy, type ReviewSubjectKind, type ReviewerRule } from '../../../shared/domain/review-policy';
import { statement } from '../risks/statements';
import { fitsRule } from './review-approvers';
import { SUBJECT_SQL } from './review-subjects';

/**
 * The reviewer of a subject as an SQL expression over the kind's `from`: the owner column, the
 * named person's id, or NULL when anyone holding a role reviews (no single person is assigned).
 * `personId` is a validated integer id, so it is written into the SQL as a number.
 */
export function reviewerSql(kind: ReviewSubjectKind, rule: ReviewerRule): string {
  if (rule.by === 'person' && rule.personId !== null) return String(Math.trunc(rule.personId));
  if (rule.by === 'role') return 'NULL';
  return SUBJECT_SQL[kind].reviewer;
}

/**
 * Which subjects of a kind are a person's to review under the rule: those they own ('owned'),
 * every one (the rule names them or their role: 'all'), or none.
 */
export function personReviews(db: Database.Database, rule: ReviewerRule, personId: number): 'owned' | 'all' | 'none' {
  if (rule.by === 'owner') return 'owned';
  const person = statement(db, 'SELECT id, role FROM people WHERE id = ?').get(personId) as { id: number; role: string | null } | undefined;
  if (!person) return 'none';
  return fitsRule(rule.by === 'person' ? { personId: rule.personId, role: null } : { personId: null, role: rule.role }, person) ? 'all' : 'none';
}

const OWNER_WORDS: Record<ReviewSubjectKind, string> = {
  risk: 'each risk’s owner',
  sla: 'the owner of each SLA’s service',
  service: 'each service’s owner',
  supplier: 'each supplier’s manager',
};

/** "each risk's owner", "Samira Haddad", "anyone with the role Head of IT": for the preview and the inbox. */
export function describeReviewer(db: Database.Database, kind: ReviewSubjectKind, rule: ReviewerRule): string {
  if (rule.by === 'person' && rule.personId !== null) {
    return (statement(db, 'SELECT name FROM people WHERE id = ?').pluck().get(rule.personId) as string | undefined) ?? `person #${rule.personId}`;
  }
  if (rule.by === 'role') return `anyone with the role ${rule.role?.trim() ?? ''}`;
  return OWNER_WORDS[kind];
}

/**
 * The person the reviewer rule suggests for one subject, for the review form: the owner (`ownerId`:
 * a supplier's manager, an SLA's service owner), the named person, or for a role rule the current
 * person when they hold the role (they are the one filling the form), else the first active holder
 * by name. Null when the rule finds nobody (no owner, nobody holds the role).
 */
export function suggestedReviewer(db: Database.Database, rule: ReviewerRule, ownerId: number | null, meId: number | null): { id: number; name: string } | null {
  const byId = (id: number | null) =>
    id === null ? null : ((statement(db, 'SELECT id, name FROM people WHERE id = ?').get(id) as { id: number; name: string } | undefined) ?? null);
  if (rule.by === 'owner') return byId(ownerId);
  if (rule.by === 'person') return byId(rule.personId);
  const roleRule = { personId: null, role: rule.role };
  // Roles match in JavaScript exactly as `fitsRule` does (trimmed, any case), not with SQLite's ASCII-only lower().
  const holders = (
    statement(db, 'SELECT id, name, role FROM people WHERE active = 1 AND role IS NOT NULL ORDER BY name COLLATE NOCASE, id').all() as Array<{
      id: number;
      name: string;
      role: string | null;
    }>
  ).filter((person) => fitsRule(roleRule, person));
  const holder = holders.find((person) => person.id === meId) ?? holders[0];
  return holder ? { id: holder.id, name: holder.name } : null;
}

const KIND_WORDS: Record<ReviewSubjectKind, string> = { risk: 'Risk reviews', sla: 'SLA reviews', service: 'Service reviews', supplier: 'Supplier reviews' };

/** People a policy names (reviewers and approvers) must exist; the error names the field. */
export function assertPolicyPeople(db: Database.Database, policy: ReviewPolicy): void {
  const exists = (id: number) => statement(db, 'SELECT 1 FROM people WHERE id = ?').get(id) !== undefined;
  for (const kind of REVIEW_SUBJECT_KINDS) {
    const { reviewer, approver } = policy[kind];
    if (reviewer.by === 'person' && reviewer.personId !== null && !exists(reviewer.personId)) {
      throw new AppError('not_found', `${KIND_WORDS[kind]}, reviewer: there is no person with id ${reviewer.personId}.`, `policy.${kind}.reviewer`);
    }
    if (approver.personId !== null && !exists(approver.personId)) {
      throw new AppError('not_found', `${KIND_WORDS[kind]}, approver: there is no person with id ${approver.personId}.`, `policy.${kind}.approver`);
    }
  }
}
