import { formatDate } from '../../lib/format';
import type { ReviewState } from '../../../../shared/domain/review-dates';
import { OUTCOME_LABELS, SUBJECT_KIND_LABELS, type ReviewSubjectKind } from '../../../../shared/domain/review-policy';

export const STATE_LABEL: Record<ReviewState, string> = { scheduled: 'Scheduled', due_soon: 'Due soon', overdue: 'Overdue', escalated: 'Escalated' };
export const STATE_COLOR: Record<ReviewState, string> = { scheduled: 'gray', due_soon: 'yellow', overdue: 'red', escalated: 'grape' };
export const KIND_COLOR: Record<ReviewSubjectKind, string> = { risk: 'orange', sla: 'cyan', service: 'indigo', supplier: 'teal' };
export const kindLabel = (kind: ReviewSubjectKind) => SUBJECT_KIND_LABELS[kind];
export const outcomeLabel = (outcome: string) => OUTCOME_LABELS[outcome] ?? outcome;

/** A recorded outcome as a sentence: an acceptance names its end date instead of "…". */
export function recordedOutcome(record: { outcome: string; acceptedUntil: string | null }): string {
  return record.acceptedUntil && record.outcome === 'accepted' ? `Accepted until ${formatDate(record.acceptedUntil)}` : outcomeLabel(record.outcome);
}

export const STATUS_LABEL: Record<string, string> = { done: 'Done', pending_approval: 'Waiting for approval', approved: 'Approved', rejected: 'Rejected' };
export const STATUS_COLOR: Record<string, string> = { done: 'green', pending_approval: 'yellow', approved: 'green', rejected: 'red' };

/** Where a subject's own page is. */
export function subjectPath(kind: ReviewSubjectKind, id: number): string {
  switch (kind) {
    case 'risk':
      return `/risks/${id}`;
    case 'sla':
      return `/slas/${id}`;
    case 'service':
      return `/services/${id}`;
    case 'supplier':
      return `/suppliers/${id}`;
  }
}

/** The review form of a subject. */
export const reviewFormPath = (kind: ReviewSubjectKind, id: number) => `/reviews/${kind}/${id}`;
