import { OUTCOME_LABELS } from '../domain/review-policy';
import type { AuditLookups } from './audit-diff';

// A review's audit entries are kept under the kind "review"; on its subject's History they read as
// one sentence each, so an auditor sees what was concluded, when the next one is and who decided.

type Snapshot = Record<string, unknown> | null;

const asRecord = (value: unknown): Snapshot => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null);
const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** "Re-scored" → "re-scored"; "Accepted until …" is written out with its date. */
function outcomeWords(after: Record<string, unknown>): string {
  const outcome = text(after.outcome) ?? 'recorded';
  if (outcome === 'accepted') return `accepted until ${text(after.acceptedUntil) ?? '(no date)'}`;
  const label = OUTCOME_LABELS[outcome] ?? outcome.replace(/_/g, ' ');
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * "Review completed: still valid, next 2027-03-01 by Samira Haddad"; "Review waiting for approval:
 * accepted until 2027-06-30, by Samira Haddad"; "Review approved: fine for a year". Null for an
 * entry that is not a review's.
 */
export function reviewAuditSummary(
  entity: string,
  action: string,
  beforeValue: unknown,
  afterValue: unknown,
  lookups: Pick<AuditLookups, 'person'>,
): string | null {
  if (entity !== 'review') return null;
  const after = asRecord(afterValue);
  const before = asRecord(beforeValue);
  if (action === 'create' && after) {
    const reviewerId = typeof after.reviewerId === 'number' ? after.reviewerId : null;
    const reviewer = reviewerId === null ? null : (lookups.person(reviewerId) ?? `person #${reviewerId}`);
    const by = reviewer ? ` by ${reviewer}` : '';
    const next = text(after.nextReviewDate);
    if (after.status === 'pending_approval') return `Review waiting for approval: ${outcomeWords(after)}${next ? `, next ${next}` : ''}${by}`;
    return `Review completed: ${outcomeWords(after)}${next ? `, next ${next}` : ''}${by}`;
  }
  if (action === 'update' && after && (after.status === 'approved' || after.status === 'rejected')) {
    const comment = text(after.comment);
    return `Review ${after.status}${comment ? `: ${comment}` : ''}`;
  }
  if (action === 'delete' || (before && !after)) return 'Review deleted';
  return null;
}
