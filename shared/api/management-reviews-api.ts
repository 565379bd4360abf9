import { z } from 'zod';
import { defineMethod } from './define-method';
import { idSchema } from './common-schemas';
import { entitySchema } from '../entity/field-descriptor';
import { managementReviewEntity, reviewDecisionEntity, type DecisionType, type ManagementReviewStatus } from '../management-review/review-entity';
import type { ReviewContent } from '../management-review/review-content';
import { SECTION_KEYS, type SectionKey } from '../management-review/sections';
import { EVERY_DOMAIN } from './data-domains';

export interface ManagementReviewSummary {
  id: number;
  title: string;
  periodFrom: string;
  periodTo: string;
  meetingDate: string | null;
  status: ManagementReviewStatus;
  chairName: string | null;
  decisions: number;
  snapshotSha256: string | null;
}

export interface ReviewDecision {
  id: number;
  reviewId: number;
  type: DecisionType;
  title: string;
  description: string;
  ownerId: number | null;
  ownerName: string | null;
  dueDate: string | null;
  inputKey: SectionKey | null;
  /** The action that tracks it in the Actions list. */
  actionId: number | null;
  actionStatus: 'open' | 'in_progress' | 'done' | 'cancelled' | null;
}

export interface ManagementReview extends Omit<ManagementReviewSummary, 'chairName' | 'decisions'> {
  chairId: number | null;
  chairName: string | null;
  preparerId: number | null;
  preparerName: string | null;
  attendeeIds: number[];
  attendees: Array<{ id: number; name: string }>;
  independentChair: boolean;
  narratives: Partial<Record<SectionKey, string>>;
  decisions: ReviewDecision[];
  asOf: string | null;
  signedOffBy: { id: number; name: string } | null;
  signedOffAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const reviewFields = entitySchema(managementReviewEntity);

function periodInOrder(value: { periodFrom?: string | undefined; periodTo?: string | undefined }, context: z.RefinementCtx) {
  if (value.periodFrom !== undefined && value.periodTo !== undefined && value.periodTo < value.periodFrom) {
    context.addIssue({ code: 'custom', path: ['periodTo'], message: 'must not be before the start of the period' });
  }
}

export const managementReviewCreateSchema = reviewFields
  .extend({
    meetingDate: reviewFields.shape.meetingDate.default(null),
    chairId: reviewFields.shape.chairId.default(null),
    preparerId: reviewFields.shape.preparerId.default(null),
    attendeeIds: reviewFields.shape.attendeeIds.default([]),
    independentChair: reviewFields.shape.independentChair.default(true),
  })
  .strict()
  .superRefine(periodInOrder);
export type ManagementReviewCreateInput = z.output<typeof managementReviewCreateSchema>;

export const managementReviewUpdateSchema = reviewFields.partial().extend({ id: idSchema }).strict().superRefine(periodInOrder);
export type ManagementReviewUpdateInput = z.output<typeof managementReviewUpdateSchema>;

const decisionFields = entitySchema(reviewDecisionEntity);
export const decisionSaveSchema = decisionFields
  .extend({
    reviewId: idSchema,
    /** Absent: a new decision. */
    id: idSchema.optional(),
    description: decisionFields.shape.description.default(''),
    ownerId: decisionFields.shape.ownerId.default(null),
    dueDate: decisionFields.shape.dueDate.default(null),
    inputKey: decisionFields.shape.inputKey.default(null),
  })
  .strict();
export type DecisionSaveInput = z.output<typeof decisionSaveSchema>;

const reviewId = z.object({ id: idSchema }).strict();

export const managementReviewsApi = {
  'managementReviews.list': defineMethod<ManagementReviewSummary[]>()({
    input: z.object({}).strict(),
    effect: 'read',
    domains: ['managementReviews', 'people'],
    summary: 'Management reviews (ISO/IEC 20000-1 9.3), newest period first.',
  }),
  'managementReviews.get': defineMethod<ManagementReview>()({
    input: reviewId,
    effect: 'read',
    domains: ['managementReviews', 'people', 'actions'],
    summary: 'One management review with its narratives and decisions.',
  }),
  'managementReviews.create': defineMethod<ManagementReview>()({
    input: managementReviewCreateSchema,
    effect: 'write',
    domains: ['managementReviews'],
    summary: 'Plan a management review: title, period, meeting date, chair, preparer, attendees.',
  }),
  'managementReviews.update': defineMethod<ManagementReview>()({
    input: managementReviewUpdateSchema,
    effect: 'write',
    domains: ['managementReviews'],
    summary: 'Change a planned or in-preparation review’s title, period, meeting, chair, preparer or attendees.',
  }),
  'managementReviews.start': defineMethod<ManagementReview>()({
    input: reviewId,
    effect: 'write',
    domains: ['managementReviews'],
    summary: 'Move a planned review to "in preparation".',
  }),
  'managementReviews.setNarrative': defineMethod<ManagementReview>()({
    input: z
      .object({
        id: idSchema,
        section: z.enum(SECTION_KEYS, { error: 'must be one of the review’s sections' }),
        text: z.string({ error: 'must be text' }).max(50_000, 'must be at most 50,000 characters'),
      })
      .strict(),
    effect: 'write',
    domains: ['managementReviews'],
    summary: 'Write the team’s reading of one input section (until the review is held).',
  }),
  'managementReviews.content': defineMethod<ReviewContent>()({
    input: reviewId,
    effect: 'read',
    domains: EVERY_DOMAIN,
    summary: 'Every input of 9.3: compiled live while in preparation, the frozen snapshot once held.',
  }),
  'managementReviews.saveDecision': defineMethod<ManagementReview>()({
    input: decisionSaveSchema,
    effect: 'write',
    domains: ['managementReviews', 'actions'],
    summary: 'Add or change a decision (improvement, SMS change, service change, resource need, action); it is tracked as an action.',
  }),
  'managementReviews.deleteDecision': defineMethod<ManagementReview>()({
    input: z.object({ reviewId: idSchema, id: idSchema }).strict(),
    effect: 'write',
    domains: ['managementReviews', 'actions'],
    summary: 'Remove a decision (and its action) before the review is closed.',
  }),
  'managementReviews.hold': defineMethod<ManagementReview>()({
    input: reviewId,
    effect: 'write',
    domains: ['managementReviews'],
    summary: 'Mark the review held: freezes every compiled input and narrative as canonical JSON with its SHA-256.',
  }),
  'managementReviews.close': defineMethod<ManagementReview>()({
    input: z.object({ id: idSchema, signedOffById: idSchema }).strict(),
    effect: 'write',
    domains: ['managementReviews', 'actions'],
    summary: 'Close a held review: every decision needs an owner and a due date; the chair signs off.',
  }),
};
