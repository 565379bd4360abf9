import { z } from 'zod';
import { defineMethod } from './define-method';
import { idSchema, isoDate } from './common-schemas';
import { REVIEW_SUBJECT_KINDS, type ReviewPolicy, type ReviewSubjectKind } from '../domain/review-policy';
import type { ReviewState } from '../domain/review-dates';
import type { EntityValues } from '../entity/field-descriptor';
import type { reviewRecord, SubjectSnapshot } from '../entity/review-record';
import { REVIEW_READS, REVIEW_WRITES } from './data-domains';

// The review workflow's API. Records live in `reviews` (see shared/entity/review-record.ts);
// due dates live on the subjects (risks.next_review_date, services.next_review_date,
// slas.review_date, suppliers.next_review_date), so the register, forms, bulk changes and
// imports that already set them stay the one source of "when is it due".

export const subjectKindSchema = z.enum(REVIEW_SUBJECT_KINDS, { error: 'must be risk, sla, service or supplier' });

/** One approve/reject decision, with the subject as it stood at that moment. */
export interface ReviewDecision {
  id: number;
  decision: 'approved' | 'rejected';
  decidedById: number;
  decidedByName: string;
  decidedAt: string;
  comment: string;
  subjectState: SubjectSnapshot;
}

/** A review record as screens (and the management review) read it. */
export type ReviewRecord = EntityValues<typeof reviewRecord.fields> & {
  id: number;
  subjectCode: string;
  subjectTitle: string;
  reviewerName: string | null;
  requestedByName: string | null;
  approverName: string | null;
  /** Days after the planned date it was done (0: on time or early, or nothing planned). */
  daysLate: number;
  decisions: ReviewDecision[];
};

/** A review that is due: the subject, its due date and where it stands today. */
export interface InboxItem {
  kind: ReviewSubjectKind;
  subjectId: number;
  code: string;
  title: string;
  dueOn: string;
  state: ReviewState;
  reviewerId: number | null;
  reviewerName: string | null;
  /** A risk's residual band name. */
  band: string | null;
}

export interface InboxCounts {
  /** Past the due date (escalated included). */
  overdue: number;
  /** Overdue by more than the policy's escalation days. */
  escalated: number;
  /** Due today or in the next six days. */
  dueThisWeek: number;
  /** Due within the policy's "due soon" days (this week included). */
  dueSoon: number;
  /** Reviews waiting for this person's approval. */
  awaitingApproval: number;
}

const inboxFilter = {
  /** Whose reviews: a person, or null for all people. */
  personId: idSchema.nullable(),
  kinds: z.array(subjectKindSchema).max(4).optional(),
  /** A risk band name: only risks of that residual band. */
  band: z.string().trim().min(1).max(60).optional(),
  /** Reviews of this service, its SLAs, its risks and its suppliers' reviews. */
  serviceId: idSchema.optional(),
};

export const inboxSchema = z
  .object({ ...inboxFilter, offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(1000, 'must be at most 1,000').default(200) })
  .strict();
export type InboxInput = z.output<typeof inboxSchema>;
export const countsSchema = z.object(inboxFilter).strict();
export type CountsInput = z.output<typeof countsSchema>;

/** What the review form shows beside itself: the subject's key facts, its schedule and past reviews. */
export interface ReviewSubject {
  kind: ReviewSubjectKind;
  id: number;
  code: string;
  title: string;
  ownerId: number | null;
  ownerName: string | null;
  /** Who the policy's reviewer rule suggests (for a role rule: me when I hold it); the form's default. */
  reviewerId: number | null;
  reviewerName: string | null;
  /** The rule in words: "each risk’s owner", "Samira Haddad", "anyone with the role Head of IT". */
  reviewerRule: string;
  dueOn: string | null;
  state: ReviewState | null;
  cadenceMonths: number;
  /** Today + cadence: the next date the form proposes when the review is done today. */
  proposedNext: string;
  facts: SubjectSnapshot;
  outcomes: string[];
  approvalFor: string[];
  /** A risk acceptance may run at most this many months. */
  acceptanceMaxMonths: number;
  history: ReviewRecord[];
}

export const completeReviewSchema = z
  .object({
    subjectKind: subjectKindSchema,
    subjectId: idSchema,
    reviewedOn: isoDate,
    reviewerId: idSchema,
    outcome: z.string({ error: 'choose an outcome' }).trim().min(1, 'choose an outcome').max(40),
    notes: z.string({ error: 'must be text' }).trim().max(20_000, 'must be at most 20,000 characters').default(''),
    nextReviewDate: isoDate,
    /** Risk outcome "accepted": until when. */
    acceptedUntil: isoDate.nullable().default(null),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.nextReviewDate <= value.reviewedOn)
      context.addIssue({ code: 'custom', message: `must be after the review date (${value.reviewedOn})`, path: ['nextReviewDate'] });
    if (value.acceptedUntil !== null && value.acceptedUntil <= value.reviewedOn)
      context.addIssue({ code: 'custom', message: 'must be after the review date', path: ['acceptedUntil'] });
  });
export type CompleteReviewInput = z.output<typeof completeReviewSchema>;

export const bulkCompleteSchema = z
  .object({
    subjects: z
      .array(z.object({ kind: subjectKindSchema, id: idSchema }).strict())
      .min(1, 'choose at least one review')
      .max(500, 'may have at most 500 reviews'),
    reviewedOn: isoDate,
    outcome: z.string().trim().min(1, 'choose an outcome').max(40),
    notes: z.string().trim().max(20_000).default(''),
  })
  .strict();

export const decideSchema = z
  .object({
    reviewId: idSchema,
    decision: z.enum(['approved', 'rejected'], { error: 'must be approved or rejected' }),
    comment: z.string({ error: 'must be text' }).trim().max(5_000, 'must be at most 5,000 characters').default(''),
  })
  .strict()
  .refine((value) => value.decision === 'approved' || value.comment.length > 0, { message: 'say why it is rejected', path: ['comment'] });
export type DecideInput = z.output<typeof decideSchema>;

const months = z.number({ error: 'must be a number of months' });
const days = z.number({ error: 'must be a number of days' });
const approverSchema = z.object({ personId: idSchema.nullable(), role: z.string().trim().max(120).nullable() }).strict();
const reviewerSchema = z
  .object({
    by: z.enum(['owner', 'person', 'role'], { error: 'must be the owner, a person or a role' }),
    personId: idSchema.nullable(),
    role: z.string().trim().max(120, 'must be at most 120 characters').nullable(),
  })
  .strict();
const kindRule = {
  cadenceMonths: months,
  dueSoonDays: days,
  escalateAfterDays: days,
  approvalFor: z.array(z.string().max(40)).max(10),
  approver: approverSchema,
  // Absent in policies written before reviewer rules: the owner reviews, as it did then.
  reviewer: reviewerSchema.default({ by: 'owner', personId: null, role: null }),
};
/** Types only: the rules (no zero cadence…) are `policyProblems`, whose messages name each field in words. */
export const reviewPolicySchema: z.ZodType<ReviewPolicy> = z
  .object({
    risk: z.object({ ...kindRule, cadenceByBand: z.record(z.string().max(60), months) }).strict(),
    sla: z.object(kindRule).strict(),
    service: z.object({ ...kindRule, cadenceByTier: z.object({ '1': months, '2': months, '3': months, '4': months }).strict() }).strict(),
    supplier: z.object(kindRule).strict(),
    acceptance: z.object({ maxMonths: months }).strict(),
  })
  .strict();

export interface ReviewPolicyInfo {
  policy: ReviewPolicy;
  /** The risk matrix's band names, lowest first: the policy's risk cadences are by band. */
  bands: string[];
  /** null while the built-in defaults are in force. */
  updatedAt: string | null;
  updatedBy: string | null;
}

/** One subject in a policy-change preview. */
export interface PreviewLine {
  kind: ReviewSubjectKind;
  id: number;
  code: string;
  title: string;
  from: string;
  to: string;
}

export interface PolicyChangePreviewResult {
  /** Dates that follow the policy in force and move with it. */
  moves: PreviewLine[];
  movesTotal: number;
  /** Dates set by a person: kept unless they are explicitly moved; `to` is what the new policy would give. */
  keptSetByHand: PreviewLine[];
  keptTotal: number;
  /** Subjects never reviewed here or not planned: the new cadence applies from their next review. */
  noBasis: number;
  /** Kinds whose reviewer changes: who reviews now and after saving ("each risk’s owner" → "Samira Haddad"). */
  reviewerChanges: Array<{ kind: ReviewSubjectKind; from: string; to: string; openSubjects: number }>;
}

export interface IcsExport {
  fileName: string;
  text: string;
  events: number;
}

export const reviewsApi = {
  'reviews.inbox': defineMethod<{ rows: InboxItem[]; total: number }>()({
    input: inboxSchema,
    effect: 'read',
    domains: REVIEW_READS,
    summary: 'Reviews due (overdue first, then this week, then soon) of a person or of everyone, filtered by kind, risk band or service; paged.',
  }),
  'reviews.counts': defineMethod<InboxCounts>()({
    input: countsSchema,
    effect: 'read',
    domains: REVIEW_READS,
    summary: 'How many reviews are overdue, escalated, due this week, due soon and awaiting approval: one indexed query.',
  }),
  'reviews.approvals': defineMethod<ReviewRecord[]>()({
    input: z.object({ personId: idSchema.nullable() }).strict(),
    effect: 'read',
    domains: REVIEW_READS,
    summary: 'Reviews waiting for approval that this person may decide (never their own requests); null: all waiting.',
  }),
  'reviews.recent': defineMethod<ReviewRecord[]>()({
    input: z
      .object({ personId: idSchema.nullable(), days: z.number().int().min(1).max(366).default(30), limit: z.number().int().min(1).max(500).default(50) })
      .strict(),
    effect: 'read',
    domains: REVIEW_READS,
    summary: 'Reviews done in the last days, newest first, by a person or by everyone.',
  }),
  'reviews.list': defineMethod<ReviewRecord[]>()({
    input: z.object({ subjectKind: subjectKindSchema, subjectId: idSchema }).strict(),
    effect: 'read',
    domains: REVIEW_READS,
    summary: 'Every review of one subject, newest first, with decisions: the evidence an auditor samples.',
  }),
  'reviews.subject': defineMethod<ReviewSubject>()({
    input: z.object({ kind: subjectKindSchema, id: idSchema }).strict(),
    effect: 'read',
    domains: REVIEW_READS,
    summary: 'A subject’s key facts, due date, state, cadence, allowed outcomes and past reviews, for the review form.',
  }),
  'reviews.complete': defineMethod<ReviewRecord>()({
    input: completeReviewSchema,
    effect: 'write',
    domains: REVIEW_WRITES,
    summary: 'Record a review (snapshot of the subject included) and store the next review date; outcomes the policy names wait for approval.',
  }),
  'reviews.completeMany': defineMethod<{ records: ReviewRecord[] }>()({
    input: bulkCompleteSchema,
    effect: 'write',
    domains: REVIEW_WRITES,
    summary: 'Complete several reviews with one outcome and note (each gets its own record and its policy next date); refuses outcomes that need approval.',
  }),
  'reviews.decide': defineMethod<ReviewRecord>()({
    input: decideSchema,
    effect: 'write',
    domains: REVIEW_WRITES,
    summary: 'Approve or reject a review waiting for approval, with a comment; the requester and the reviewer can never decide their own.',
  }),
  'reviews.evaluate': defineMethod<{ reopened: Array<{ riskId: number; code: string; expiredOn: string }> }>()({
    input: z.object({}).strict(),
    effect: 'write',
    domains: REVIEW_WRITES,
    summary: 'Apply what the passing of time changes: expired risk acceptances re-open a review of their risk (with an audit entry). Run on open and hourly.',
  }),
  'reviews.ics': defineMethod<IcsExport>()({
    input: z.object({ personId: idSchema }).strict(),
    effect: 'read',
    domains: REVIEW_READS,
    summary: 'An iCalendar (.ics) file of a person’s open reviews, one all-day event per due date, for Outlook or Google Calendar.',
  }),
  'reviewPolicy.get': defineMethod<ReviewPolicyInfo>()({
    input: z.object({}).strict(),
    effect: 'read',
    domains: ['reviews', 'riskMatrix', 'people'],
    summary: 'The review policy: cadences by risk band, service tier and kind, due-soon and escalation days, approvals.',
  }),
  'reviewPolicy.preview': defineMethod<PolicyChangePreviewResult>()({
    input: z.object({ policy: reviewPolicySchema }).strict(),
    effect: 'read',
    domains: REVIEW_READS,
    summary: 'Which stored due dates a policy change would move, and which dates set by hand it keeps.',
  }),
  'reviewPolicy.update': defineMethod<ReviewPolicyInfo>()({
    input: z.object({ policy: reviewPolicySchema, moveDates: z.boolean().default(true) }).strict(),
    effect: 'write',
    domains: REVIEW_WRITES,
    summary: 'Save the review policy; with moveDates, due dates that follow the old policy move to the new cadence (dates set by hand never move).',
  }),
};
