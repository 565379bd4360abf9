import type { FormErrors } from '@mantine/form';
import type { MethodInput } from '../../../../../shared/api/contract';
import { serviceCreateSchema, serviceUpdateSchema, type ServiceDetail } from '../../../../../shared/api/services-api';
import { formValues, type EntityFormValues } from '../../../../../shared/entity/field-descriptor';
import { DEPENDS_ON_LABEL, serviceEntity, serviceFieldLabels } from '../../../../../shared/entity/service-entity';
import { errorBody } from '../../../api/api-errors';
import { labelledResolver } from '../../../lib/form-resolver';

/**
 * The form holds the API's own shape (empty text as ''), so the shared schema validates it as it
 * is: the service descriptor's fields, derived from it, plus the dependencies.
 */
export type ServiceFormValues = EntityFormValues<typeof serviceEntity.fields> & { dependsOn: number[] };

// The service descriptor's labels: the same words as the catalogue, the history, the import and the export.
export const FIELD_LABELS: Record<keyof ServiceFormValues, string> = { ...serviceFieldLabels, dependsOn: DEPENDS_ON_LABEL };

const FORM_FIELDS = Object.keys(FIELD_LABELS) as Array<keyof ServiceFormValues>;

/** A new service: every field's declared initial value (the API's defaults), and the suggested code. */
export function newServiceValues(code: string): ServiceFormValues {
  return { ...formValues(serviceEntity, null), code, dependsOn: [] };
}

/** An existing service as the form edits it. */
export function serviceValues(service: ServiceDetail): ServiceFormValues {
  return { ...formValues(serviceEntity, service), dependsOn: service.dependsOn.map((ref) => ref.id) };
}

export function toCreateInput(values: ServiceFormValues): MethodInput<'services.create'> {
  return { ...values };
}

/** Only the fields that changed: the audit trail then shows exactly what this edit did. */
export function toUpdateInput(id: number, values: ServiceFormValues, initial: ServiceFormValues): MethodInput<'services.update'> {
  const input: Record<string, unknown> = { id };
  for (const field of FORM_FIELDS) {
    if (JSON.stringify(values[field]) !== JSON.stringify(initial[field])) input[field] = values[field];
  }
  return input as MethodInput<'services.update'>;
}

/** The shared schemas say "is required"; under an input that reads "Name is required", "To must end after it starts". */
function serviceLabelOf(path: string): string | undefined {
  const time = /^serviceHours\.windows\.\d+\.(from|to)$/.exec(path);
  if (time) return time[1] === 'from' ? 'From' : 'To';
  if (path === 'serviceHours.windows') return FIELD_LABELS.serviceHours;
  return FIELD_LABELS[path as keyof ServiceFormValues];
}

const createResolver = labelledResolver(serviceCreateSchema, serviceLabelOf);
const updateResolver = labelledResolver(serviceUpdateSchema, serviceLabelOf);

/** Client-side validation with the API's schemas: create for a new service, update (with its id) for an edit. */
export function validateService(values: ServiceFormValues, id: number | null): FormErrors {
  return id === null ? createResolver({ ...values }) : updateResolver({ ...values, id });
}

/** The form path the API blamed, when the form has such an input (nested service-hours paths included). */
export function formPathOf(error: unknown): string | null {
  const field = errorBody(error).field;
  if (!field) return null;
  const top = field.split('.')[0] as keyof ServiceFormValues;
  return FORM_FIELDS.includes(top) ? field : null;
}
