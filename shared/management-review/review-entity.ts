import { z } from 'zod';
import { idSchema, isoDate, requiredText } from '../api/common-schemas';
import { defineEntity, field } from '../entity/field-descriptor';
import { SECTION_KEYS } from './sections';

export const REVIEW_STATUSES = ['planned', 'in_preparation', 'held', 'closed'] as const;
export type ManagementReviewStatus = (typeof REVIEW_STATUSES)[number];

export const DECISION_TYPES = ['improvement', 'sms_change', 'service_change', 'resource_need', 'action'] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

export const DECISION_TYPE_LABELS: Readonly<Record<DecisionType, string>> = {
  improvement: 'Improvement',
  sms_change: 'Change to the SMS',
  service_change: 'Change to services',
  resource_need: 'Resource need',
  action: 'Action',
};

export const STATUS_LABELS: Readonly<Record<ManagementReviewStatus, string>> = {
  planned: 'Planned',
  in_preparation: 'In preparation',
  held: 'Held',
  closed: 'Closed',
};

const nullableId = idSchema.nullable();
const nullableDate = z.union([isoDate, z.null()]);
const ids = z.array(idSchema, { error: 'must be a list of people' }).max(100, 'may have at most 100 people');

/** A management review: declared once; columns, audit snapshot and labels derive from it. */
export const managementReviewEntity = defineEntity({
  entity: 'management_review',
  table: 'management_reviews',
  fields: {
    title: field({ column: 'title', label: 'Title', schema: requiredText(200) }),
    periodFrom: field({ column: 'period_from', label: 'Period from', schema: isoDate }),
    periodTo: field({ column: 'period_to', label: 'Period to', schema: isoDate }),
    meetingDate: field({ column: 'meeting_date', label: 'Meeting date', schema: nullableDate }),
    chairId: field({ column: 'chair_id', label: 'Chair', schema: nullableId }),
    preparerId: field({ column: 'preparer_id', label: 'Preparer', schema: nullableId }),
    attendeeIds: field({
      column: 'attendee_ids_json',
      label: 'Attendees',
      schema: ids,
      toColumn: (value: number[]) => JSON.stringify(value),
      fromColumn: (stored) => JSON.parse(String(stored ?? '[]')) as number[],
      format: (value: number[]) => value.join(', '),
    }),
    independentChair: field({
      column: 'independent_chair',
      label: 'Chair must not be the preparer',
      schema: z.boolean({ error: 'must be true or false' }),
      toColumn: (value: boolean) => (value ? 1 : 0),
      fromColumn: (stored) => stored === 1,
    }),
  },
});

/** A decision (output) of a management review. */
export const reviewDecisionEntity = defineEntity({
  entity: 'management_review_decision',
  table: 'management_review_decisions',
  fields: {
    type: field({
      column: 'type',
      label: 'Type',
      schema: z.enum(DECISION_TYPES, { error: 'must be improvement, sms_change, service_change, resource_need or action' }),
    }),
    title: field({ column: 'title', label: 'Decision', schema: requiredText(300) }),
    description: field({
      column: 'description',
      label: 'Details',
      schema: z.string({ error: 'must be text' }).trim().max(10_000, 'must be at most 10,000 characters'),
    }),
    ownerId: field({ column: 'owner_id', label: 'Owner', schema: nullableId }),
    dueDate: field({ column: 'due_date', label: 'Due', schema: nullableDate }),
    inputKey: field({ column: 'input_key', label: 'Input', schema: z.enum(SECTION_KEYS, { error: 'must be one of the review’s sections' }).nullable() }),
  },
});
