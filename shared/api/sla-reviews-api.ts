import { z } from 'zod';
import { defineMethod } from './define-method';
import { idSchema, isoDate } from './common-schemas';
import type { BreachStreak, Direction, ResultStatus } from '../domain/sla-status';
import type { TargetKind } from '../domain/sla-targets';
import { periodSchema, type SlaReviewRef, type SlaStatus } from './slas-api';
import { ACTION_READS, SLA_READS } from './data-domains';

import { ACTION_STATUSES, actionEntity, type ActionStatus } from '../entity/action-entity';
import { entitySchema } from '../entity/field-descriptor';

export { ACTION_STATUSES, type ActionStatus };

/** An action's own fields and rules, from its descriptor (shared/entity/action-entity.ts). */
const actionFields = entitySchema(actionEntity);

export const SLA_REVIEW_OUTCOMES = ['confirmed', 'changed'] as const;
export type SlaReviewOutcome = (typeof SLA_REVIEW_OUTCOMES)[number];

/** An improvement or treatment action, as the actions list shows it. */
export interface ActionSummary {
  id: number;
  title: string;
  description: string;
  ownerId: number | null;
  ownerName: string | null;
  dueDate: string | null;
  status: ActionStatus;
  /** Open or in progress, and due before today. */
  overdue: boolean;
  progressNotes: string;
  /** The day it was completed (done actions only). */
  completedOn: string | null;
  sla: { id: number; code: string; name: string } | null;
  risk: { id: number; code: string; title: string } | null;
  service: { id: number; code: string; name: string } | null;
  /** The review that raised it, when one did. */
  reviewId: number | null;
  /** The management review whose decision it tracks, when one does. */
  managementReview: { id: number; title: string } | null;
  createdAt: string;
  updatedAt: string;
}

/** One target in an SLA review: the month's actual against the target, and how the months since the last review went. */
export interface SlaReviewLine {
  targetId: number;
  label: string;
  kind: TargetKind;
  unit: string;
  direction: Direction;
  target: number;
  warning: number | null;
  /** The result of the reviewed month. */
  actual: number | null;
  status: ResultStatus | null;
  workload: number | null;
  notes: string;
  /** Over the review window. */
  measuredMonths: number;
  met: number;
  atRisk: number;
  breached: number;
  /** The months of the window that were breached. */
  breachedPeriods: string[];
  /** The worst value of the window (lowest when higher is better, highest otherwise). */
  worst: number | null;
  /** The unbroken run of breaches up to the reviewed month, possibly begun before the window. */
  breach: BreachStreak | null;
}

/** What an SLA review starts from: target vs actual, workload vs limits, breaches since when. */
export interface SlaReviewPrefill {
  sla: {
    id: number;
    code: string;
    name: string;
    customer: string;
    status: SlaStatus;
    serviceCode: string;
    serviceName: string;
    validFrom: string | null;
    validTo: string | null;
    reviewDate: string | null;
    serviceHoursText: string;
    exceptions: string;
  };
  /** The reviewed month. */
  period: string;
  /** The months the review covers: after the previous reviewed month (at most 12), up to `period`. */
  window: { from: string; to: string };
  lastReview: SlaReviewRef | null;
  /** Availability, response, resolution and custom targets. */
  targets: SlaReviewLine[];
  /** Workload limits. */
  workload: SlaReviewLine[];
  /** Targets breached in the window; `breach` says whether it is still going and since when. */
  breaches: Array<{
    targetId: number;
    label: string;
    breachedPeriods: string[];
    since: string | null;
    months: number;
    latestValue: number | null;
    target: number;
  }>;
  /** Open actions of this SLA, to follow up. */
  openActions: ActionSummary[];
}

/** A recorded SLA review. */
export interface SlaReview {
  id: number;
  slaId: number;
  slaCode: string;
  period: string;
  reviewedOn: string;
  reviewerId: number | null;
  reviewerName: string | null;
  outcome: string;
  notes: string;
  customerComments: string;
  exceptionsApplied: string;
  nextReviewDate: string | null;
  /** The target-vs-actual table as shown when the review was recorded. */
  snapshot: Pick<SlaReviewPrefill, 'window' | 'targets' | 'workload' | 'breaches'> | null;
  actions: ActionSummary[];
  createdAt: string;
}

const longText = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(max, `must be at most ${max.toLocaleString('en-GB')} characters`);

export const slaReviewCreateSchema = z
  .object({
    slaId: idSchema,
    period: periodSchema,
    reviewedOn: isoDate,
    reviewerId: idSchema,
    outcome: z.enum(SLA_REVIEW_OUTCOMES, { error: 'must be confirmed (targets stay) or changed (targets to change)' }),
    notes: longText(20_000).default(''),
    customerComments: longText(20_000).default(''),
    exceptionsApplied: longText(20_000).default(''),
    nextReviewDate: isoDate,
    actions: z
      .array(
        actionFields
          .pick({ title: true })
          .extend({
            description: actionFields.shape.description.default(''),
            ownerId: actionFields.shape.ownerId.default(null),
            // A review's action always gets a due date.
            dueDate: isoDate,
          })
          .strict(),
        { error: 'must be a list of actions' },
      )
      .max(50, 'may have at most 50 actions')
      .default([]),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.nextReviewDate <= value.reviewedOn) context.addIssue({ code: 'custom', message: 'must be after the review date', path: ['nextReviewDate'] });
    if (value.period > value.reviewedOn.slice(0, 7)) context.addIssue({ code: 'custom', message: 'cannot be after the month of the review', path: ['period'] });
    value.actions.forEach((action, index) => {
      if (action.dueDate < value.reviewedOn)
        context.addIssue({ code: 'custom', message: 'must not be before the review date', path: ['actions', index, 'dueDate'] });
    });
  });

export type SlaReviewCreateInput = z.output<typeof slaReviewCreateSchema>;

export const actionListSchema = z
  .object({
    status: z
      .array(z.enum(ACTION_STATUSES, { error: 'must be open, in_progress, done or cancelled' }))
      .max(10, 'must list at most 10 items')
      .optional(),
    overdue: z.boolean().optional(),
    slaId: idSchema.optional(),
    riskId: idSchema.optional(),
    /** Actions of the service itself or of its SLAs. */
    serviceId: idSchema.optional(),
    ownerId: idSchema.optional(),
    /** The decisions of one management review. */
    managementReviewId: idSchema.optional(),
    /** sla: improvement actions of SLAs; risk: treatment actions of risks (an action may be both); management_review: decisions of management reviews. */
    raisedFor: z.enum(['sla', 'risk', 'management_review'], { error: 'must be sla, risk or management_review' }).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(5_000, 'must be at most 5,000').default(500),
  })
  .strict();

export type ActionListInput = z.output<typeof actionListSchema>;

/** A page of the actions list; `total` and `overdue` count every matching action, not just the page. */
export interface ActionPage {
  rows: ActionSummary[];
  total: number;
  /** Matching actions that are open or in progress and due before today. */
  overdue: number;
}

export const actionUpdateSchema = actionFields
  .pick({ title: true, description: true, ownerId: true, dueDate: true, status: true, progressNotes: true })
  .partial()
  .extend({
    id: idSchema,
    /** The day a done action was completed; today when it is marked done without one. */
    completedOn: isoDate.nullable().optional(),
  })
  .strict();

export type ActionUpdateInput = z.output<typeof actionUpdateSchema>;

export const slaReviewsApi = {
  'slaReviews.prefill': defineMethod<SlaReviewPrefill>()({
    input: z.object({ slaId: idSchema, period: periodSchema.optional() }).strict(),
    effect: 'read',
    domains: SLA_READS,
    summary:
      'What an SLA review starts from (ISO/IEC 20000-1 8.3.3): target vs actual, workload vs limits, breaches and since when, open actions. The month defaults to the last complete one.',
  }),
  'slaReviews.create': defineMethod<SlaReview>()({
    input: slaReviewCreateSchema,
    effect: 'write',
    domains: ['slas', 'reviews', 'actions'],
    summary: 'Record an SLA review with its outcome, customer comments, exceptions applied and improvement actions; moves the SLA’s review date on.',
  }),
  'slaReviews.list': defineMethod<SlaReview[]>()({
    input: z.object({ slaId: idSchema }).strict(),
    effect: 'read',
    domains: SLA_READS,
    summary: 'The reviews of an SLA, newest first, each with the table it showed and the actions it raised.',
  }),
  'actions.list': defineMethod<ActionPage>()({
    input: actionListSchema,
    effect: 'read',
    domains: ACTION_READS,
    summary:
      'A page of actions by due date with owner names and an overdue flag, the total matching and how many of those are overdue; filtered by status, overdue, SLA, risk, service or owner.',
  }),
  'actions.update': defineMethod<ActionSummary>()({
    input: actionUpdateSchema,
    effect: 'write',
    domains: ['actions'],
    summary: 'Change an action: status, progress notes, completion date, owner, due date.',
  }),
};
