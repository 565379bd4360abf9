import type Database from 'better-sqlite3';
import { statement } from '../risks/statements';
import { REVIEW_SUBJECT_KINDS, type ApproverRule, type ReviewPolicy, type ReviewSubjectKind } from '../../../shared/domain/review-policy';

/** Whether a person may approve under a rule: the named person, or anyone holding the role. */
export function fitsRule(rule: ApproverRule, person: { id: number; role: string | null }): boolean {
  if (rule.personId !== null) return rule.personId === person.id;
  return !!rule.role && !!person.role && rule.role.trim().toLowerCase() === person.role.trim().toLowerCase();
}

/** The kinds whose approvals a person may decide under the policy. */
export function approvableKinds(db: Database.Database, policy: ReviewPolicy, personId: number): ReviewSubjectKind[] {
  const person = statement(db, 'SELECT id, role FROM people WHERE id = ?').get(personId) as { id: number; role: string | null } | undefined;
  if (!person) return [];
  return REVIEW_SUBJECT_KINDS.filter((kind) => fitsRule(policy[kind].approver, person));
}

/** "Head of IT (role)" or the person's name, for messages. */
export function describeRule(db: Database.Database, rule: ApproverRule): string {
  if (rule.personId !== null)
    return (db.prepare('SELECT name FROM people WHERE id = ?').pluck().get(rule.personId) as string | undefined) ?? `person #${rule.personId}`;
  return rule.role ? `the ${rule.role} (role)` : 'nobody (no approver is set in the review policy)';
}
