import { z } from 'zod';
import { idSchema, isoDate } from '../api/common-schemas';
import { defineEntity, field, fieldLabels } from './field-descriptor';
import { REVIEW_SUBJECT_KINDS } from '../domain/review-policy';

export const REVIEW_STATUSES = ['done', 'pending_approval', 'approved', 'rejected'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

const json = <T>(stored: unknown): T | null => (typeof stored === 'string' ? (JSON.parse(stored) as T) : null);

/** The key values of a subject as the reviewer saw them (scores, band, attainment…), label → value. */
export type SubjectSnapshot = Record<string, string | number | null>;

/**
 * A review record (table `reviews`): one review of one risk, SLA, service or supplier. Read by the
 * management review (issue 12) as evidence: planned vs done date, reviewer, outcome, approval.
 */
export const reviewRecord = defineEntity({
  entity: 'review',
  table: 'reviews',
  fields: {
    subjectKind: field({ column: 'subject_kind', label: 'Subject kind', schema: z.enum(REVIEW_SUBJECT_KINDS) }),
    subjectId: field({ column: 'subject_id', label: 'Subject', schema: idSchema }),
    status: field({ column: 'status', label: 'Status', schema: z.enum(['done', 'pending_approval', 'approved', 'rejected']) }),
    plannedOn: field({ column: 'planned_on', label: 'Planned date', schema: isoDate.nullable() }),
    reviewedOn: field({ column: 'reviewed_on', label: 'Done on', schema: isoDate }),
    reviewerId: field({ column: 'reviewer_id', label: 'Reviewer', schema: idSchema.nullable() }),
    outcome: field({ column: 'outcome', label: 'Outcome', schema: z.string() }),
    notes: field({ column: 'notes', label: 'Notes', schema: z.string() }),
    nextReviewDate: field({ column: 'next_review_date', label: 'Next review', schema: isoDate.nullable() }),
    acceptedUntil: field({ column: 'accepted_until', label: 'Accepted until', schema: isoDate.nullable() }),
    snapshot: field({
      column: 'snapshot_json',
      label: 'Subject at review',
      schema: z.record(z.string(), z.union([z.string(), z.number(), z.null()])).nullable(),
      fromColumn: (stored) => json<SubjectSnapshot>(stored),
      toColumn: (value) => (value ? JSON.stringify(value) : null),
      format: (value) =>
        value
          ? Object.entries(value)
              .map(([k, v]) => `${k}: ${v ?? '—'}`)
              .join('; ')
          : '',
    }),
    requestedById: field({ column: 'requested_by_id', label: 'Approval requested by', schema: idSchema.nullable() }),
    approverId: field({ column: 'approver_id', label: 'Approved by', schema: idSchema.nullable() }),
    approvedAt: field({ column: 'approved_at', label: 'Approved at', schema: z.string().nullable() }),
    createdAt: field({ column: 'created_at', label: 'Recorded at', schema: z.string(), audited: false }),
  },
});

export const reviewRecordLabels = fieldLabels(reviewRecord);
