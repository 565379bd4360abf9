import type { FormErrors } from '@mantine/form';
import type { ActionStatus, ActionSummary, ActionUpdateInput } from '../../../../shared/api/sla-reviews-api';

/** What the action dialog edits. */
export interface ActionFormValues {
  status: ActionStatus;
  ownerId: number | null;
  dueDate: string;
  progressNotes: string;
  /** Only for done actions; empty means "today" to the API. */
  completedOn: string;
}

export const ACTION_FIELDS = ['status', 'ownerId', 'dueDate', 'progressNotes', 'completedOn'] as const;

export function actionValues(action: ActionSummary): ActionFormValues {
  return {
    status: action.status,
    ownerId: action.ownerId,
    dueDate: action.dueDate ?? '',
    progressNotes: action.progressNotes,
    completedOn: action.completedOn ?? '',
  };
}

/** Only what changed, so the audit trail shows exactly this edit. A done action's empty completion date is left to the API (today). */
export function toUpdateInput(id: number, values: ActionFormValues, initial: ActionFormValues): Partial<ActionUpdateInput> & { id: number } {
  const input: Partial<ActionUpdateInput> & { id: number } = { id };
  if (values.status !== initial.status) input.status = values.status;
  if (values.ownerId !== initial.ownerId) input.ownerId = values.ownerId;
  if (values.dueDate !== initial.dueDate) input.dueDate = values.dueDate || null;
  if (values.progressNotes !== initial.progressNotes) input.progressNotes = values.progressNotes;
  if (values.status === 'done' && values.completedOn && values.completedOn !== initial.completedOn) input.completedOn = values.completedOn;
  return input;
}

/** Checks the API would make, said before the round trip. */
export function validateAction(values: ActionFormValues, today: string): FormErrors {
  const errors: FormErrors = {};
  if (values.status === 'done' && values.completedOn && values.completedOn > today) errors.completedOn = 'Completed on: is in the future.';
  if (values.progressNotes.length > 20_000) errors.progressNotes = 'Progress notes: must be at most 20,000 characters';
  return errors;
}
