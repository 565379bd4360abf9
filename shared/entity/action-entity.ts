import { z } from 'zod';
import { idSchema, optionalIsoDate, requiredText } from '../api/common-schemas';
import { defineEntity, field, fieldLabels } from './field-descriptor';

/** The states of an action; open and in progress ones can be overdue. */
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const longText = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(max, `must be at most ${max.toLocaleString('en-GB')} characters`);

const link = idSchema.nullable();

/**
 * An action (table `actions`): an improvement action raised by an SLA review, a treatment action of
 * a risk, or the action tracking a management review's decision: one record, declared once. The
 * API schemas (actions.update, riskActions.*), the repositories' column map, row reading and audit
 * snapshot, the audit trail's labels, the action dialogs' labels and the actions lists' headers
 * derive from it. Actions are neither imported nor exported.
 *
 * In the lists, the description and the progress notes show under the title, the completion day
 * under the due date and the links (risk, SLA, service, review, management review) together in a
 * "Raised for" column, so they are `list: false` here rather than columns of their own.
 */
export const actionEntity = defineEntity({
  entity: 'action',
  table: 'actions',
  fields: {
    title: field({ column: 'title', label: 'Title', schema: requiredText(300) }),
    description: field({ column: 'description', label: 'Description', schema: longText(10_000), list: false }),
    ownerId: field({ column: 'owner_id', label: 'Owner', schema: idSchema.nullable(), list: 'person' }),
    dueDate: field({ column: 'due_date', label: 'Due date', schema: optionalIsoDate, list: 'date' }),
    status: field({
      column: 'status',
      label: 'Status',
      schema: z.enum(ACTION_STATUSES, { error: 'must be open, in_progress, done or cancelled' }),
      list: 'enum',
    }),
    progressNotes: field({ column: 'progress_notes', label: 'Progress notes', schema: longText(20_000), list: false }),
    /** The instant it was marked done (the API may take just the day: `completedOn`). */
    completedAt: field({ column: 'completed_at', label: 'Completed at', schema: z.string().nullable(), list: false }),
    riskId: field({ column: 'risk_id', label: 'Risk', schema: link, list: false }),
    slaId: field({ column: 'sla_id', label: 'SLA', schema: link, list: false }),
    serviceId: field({ column: 'service_id', label: 'Service', schema: link, list: false }),
    reviewId: field({ column: 'review_id', label: 'Review', schema: link, list: false }),
    managementReviewId: field({ column: 'management_review_id', label: 'Management review', schema: link, list: false }),
  },
});

/** "Title", "Due date": the words the action dialogs, the actions lists and the audit trail all use. */
export const ACTION_FIELD_LABELS = fieldLabels(actionEntity);
