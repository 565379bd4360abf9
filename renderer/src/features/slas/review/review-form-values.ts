import type { FormErrors } from '@mantine/form';
import { slaReviewCreateSchema, type SlaReviewCreateInput, type SlaReviewOutcome, type SlaReviewPrefill } from '../../../../../shared/api/sla-reviews-api';
import { errorBody } from '../../../api/api-errors';
import { labelledResolver } from '../../../lib/form-resolver';
import { localToday } from '../../../lib/format';

/** One improvement action being written; `key` keeps React rows stable while rows are removed. */
export interface ActionDraft {
  key: string;
  title: string;
  description: string;
  ownerId: number | null;
  dueDate: string;
  /** The breached target this action was raised for, from "Add an action for this breach"; not sent. */
  breachTargetId: number | null;
}

/** The review form holds the API's shape (plus row keys), so the shared schema validates it as is. */
export interface ReviewFormValues {
  reviewedOn: string;
  reviewerId: number | null;
  outcome: SlaReviewOutcome | null;
  notes: string;
  customerComments: string;
  exceptionsApplied: string;
  nextReviewDate: string;
  actions: ActionDraft[];
}

const FIELD_LABELS: Record<string, string> = {
  period: 'Period',
  reviewedOn: 'Review date',
  reviewerId: 'Reviewer',
  outcome: 'Outcome',
  notes: 'Notes',
  customerComments: 'Customer comments',
  exceptionsApplied: 'Exceptions applied',
  nextReviewDate: 'Next review',
  actions: 'Actions',
  title: 'Title',
  description: 'Description',
  ownerId: 'Owner',
  dueDate: 'Due date',
};

let nextKey = 0;
/** A fresh key for a new action row. */
export function actionKey(): string {
  nextKey += 1;
  return `action-${nextKey}`;
}

/** YYYY-MM-DD `months` after `from` (the day clamped to 28 so every month has it). */
export function addMonths(from: string, months: number): string {
  const [year, month, day] = from.split('-').map(Number) as [number, number, number];
  return localToday(new Date(year, month - 1 + months, Math.min(day, 28)));
}

/** Today's review, by the person this computer says "I am", next one in six months (the usual SLA cadence). */
export function initialReviewValues(currentPersonId: number | null, today: string = localToday()): ReviewFormValues {
  return {
    reviewedOn: today,
    reviewerId: currentPersonId,
    outcome: null,
    notes: '',
    customerComments: '',
    exceptionsApplied: '',
    nextReviewDate: addMonths(today, 6),
    actions: [],
  };
}

/** A new action row; a breach row pre-fills the title and the owner defaults to the reviewer. */
export function newActionDraft(values: ReviewFormValues, title = '', breachTargetId: number | null = null): ActionDraft {
  return { key: actionKey(), title, description: '', ownerId: values.reviewerId, dueDate: addMonths(values.reviewedOn || localToday(), 1), breachTargetId };
}

/** The title offered for a breached target: what broke, since when. */
export function breachActionTitle(breach: SlaReviewPrefill['breaches'][number]): string {
  return `Restore ${breach.label} to target`;
}

/** What the API receives: no row keys, no nulls where the schema wants a choice (it then says so). */
export function toCreateInput(slaId: number, period: string, values: ReviewFormValues): Record<string, unknown> {
  return {
    slaId,
    period,
    reviewedOn: values.reviewedOn,
    reviewerId: values.reviewerId ?? undefined,
    outcome: values.outcome ?? undefined,
    notes: values.notes,
    customerComments: values.customerComments,
    exceptionsApplied: values.exceptionsApplied,
    nextReviewDate: values.nextReviewDate,
    actions: values.actions.map(({ title, description, ownerId, dueDate }) => ({ title, description, ownerId, dueDate })),
  } satisfies Partial<Record<keyof SlaReviewCreateInput, unknown>>;
}

/** "Due date: must not be before the review date", the same form as the API's own messages; rows are labelled by their field. */
const lastField = (path: string) =>
  path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .at(-1) ?? path;
const resolver = labelledResolver(slaReviewCreateSchema, (path) => FIELD_LABELS[lastField(path)] ?? lastField(path), ': ');

/** Clearer words than the schema's for a missing choice. */
const MISSING: Record<string, string> = {
  reviewerId: 'Reviewer: choose who did the review',
  outcome: 'Outcome: choose whether the targets stay or change',
};

/** A missing choice gets clearer words than the schema's. */
function withClearerMissing(errors: FormErrors, values: ReviewFormValues): FormErrors {
  for (const path of Object.keys(MISSING)) {
    if (errors[path] && values[path as 'reviewerId' | 'outcome'] === null) errors[path] = MISSING[path]!;
  }
  return errors;
}

/** The message the API gives when breached targets get neither an action nor a note; checked here first. */
export function breachWithoutAction(values: ReviewFormValues, prefill: SlaReviewPrefill): string | null {
  if (prefill.breaches.length === 0 || values.actions.length > 0 || values.notes.trim() !== '') return null;
  const labels = prefill.breaches.map((breach) => `"${breach.label}"`).join(', ');
  return `Actions: ${labels} ${prefill.breaches.length === 1 ? 'was' : 'were'} breached; add an improvement action, or say in the notes why none is needed.`;
}

/** Client-side validation with the API's own schema, plus the breach rule. */
export function validateReview(values: ReviewFormValues, prefill: SlaReviewPrefill): FormErrors {
  const errors = withClearerMissing(resolver(toCreateInput(prefill.sla.id, prefill.period, values)), values);
  const breach = breachWithoutAction(values, prefill);
  if (breach && !errors.actions) errors.actions = breach;
  return errors;
}

/** Form fields the API may blame; anything else is shown in the failure notification only. */
export function formPathOf(error: unknown): string | null {
  const field = errorBody(error).field;
  if (!field) return null;
  const top = field.split('.')[0]!;
  return ['reviewedOn', 'reviewerId', 'outcome', 'notes', 'customerComments', 'exceptionsApplied', 'nextReviewDate', 'actions', 'period'].includes(top)
    ? field
    : null;
}
