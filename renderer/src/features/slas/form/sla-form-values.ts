import type { FormErrors } from '@mantine/form';
import type { MethodInput } from '../../../../../shared/api/contract';
import { slaCreateSchema, type SlaDetail, type SlaStatus } from '../../../../../shared/api/slas-api';
import type { ServiceHours } from '../../../../../shared/domain/service-hours';
import { SLA_FIELD_LABELS } from '../../../../../shared/entity/sla-entity';
import { errorBody } from '../../../api/api-errors';
import { editorPathOf, targetFieldMessage, unfinishedRowProblems } from '../targets/target-validation';
import { targetRowOf, toTargetInput, type TargetInput, type TargetRow } from '../targets/target-rows';

/** The form's values: the SLA's fields as typed, its own hours kept while "same as the service" is chosen. */
export interface SlaFormValues {
  serviceId: number | null;
  code: string;
  name: string;
  customer: string;
  status: SlaStatus;
  validFrom: string;
  validTo: string;
  reviewDate: string;
  /** False: availability is counted in the service's hours. */
  ownHours: boolean;
  serviceHours: ServiceHours;
  exceptions: string;
  targets: TargetRow[];
}

type SlaField = Exclude<keyof SlaFormValues, 'targets' | 'ownHours'>;

/** The labels of the SLA's descriptor: the same words as the list, the history and the errors. */
export const FIELD_LABELS: Record<SlaField, string> = SLA_FIELD_LABELS;

const DEFAULT_WEEKLY_HOURS: ServiceHours = {
  mode: 'weekly',
  windows: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, from: '08:00', to: '18:00' })),
};

/** A new SLA: a draft, following the service's hours, with the suggested code. */
export function newSlaValues(code: string, serviceId: number | null): SlaFormValues {
  return {
    serviceId,
    code,
    name: '',
    customer: '',
    status: 'draft',
    validFrom: '',
    validTo: '',
    reviewDate: '',
    ownHours: false,
    serviceHours: DEFAULT_WEEKLY_HOURS,
    exceptions: '',
    targets: [],
  };
}

export function slaValues(sla: SlaDetail): SlaFormValues {
  return {
    serviceId: sla.serviceId,
    code: sla.code,
    name: sla.name,
    customer: sla.customer,
    status: sla.status,
    validFrom: sla.validFrom ?? '',
    validTo: sla.validTo ?? '',
    reviewDate: sla.reviewDate ?? '',
    ownHours: sla.serviceHours !== null,
    serviceHours: sla.serviceHours ?? sla.effectiveServiceHours,
    exceptions: sla.exceptions,
    targets: sla.targets.map((row) => targetRowOf(row.target)),
  };
}

function fieldsOf(values: SlaFormValues) {
  return {
    serviceId: values.serviceId ?? 0,
    code: values.code,
    name: values.name,
    customer: values.customer,
    status: values.status,
    validFrom: values.validFrom || null,
    validTo: values.validTo || null,
    reviewDate: values.reviewDate || null,
    serviceHours: values.ownHours ? values.serviceHours : null,
    exceptions: values.exceptions,
  };
}

export function targetInputs(values: SlaFormValues): TargetInput[] {
  return values.targets.map(toTargetInput);
}

export function toCreateInput(values: SlaFormValues): MethodInput<'slas.create'> {
  return { ...fieldsOf(values), targets: targetInputs(values) };
}

/** Only the fields that changed, so the audit trail shows exactly what this edit did; null when none did. */
export function toUpdateInput(id: number, values: SlaFormValues, initial: SlaFormValues): MethodInput<'slas.update'> | null {
  const now = fieldsOf(values);
  const before = fieldsOf(initial);
  const changed = (Object.keys(now) as Array<keyof typeof now>).filter((field) => JSON.stringify(now[field]) !== JSON.stringify(before[field]));
  if (changed.length === 0) return null;
  return { id, ...Object.fromEntries(changed.map((field) => [field, now[field]])) } as MethodInput<'slas.update'>;
}

/** True when the targets as edited differ from the saved ones (order included). */
export function targetsChanged(values: SlaFormValues, initial: SlaFormValues): boolean {
  return JSON.stringify(targetInputs(values)) !== JSON.stringify(targetInputs(initial));
}

/** An API path as the form's path. */
export const formPathOfApiField = editorPathOf;

/** "Target must be …", "Valid to must not be …": the field's name in front of the schema's message. */
function labelled(path: string, message: string): string {
  const time = /^serviceHours\.windows\.\d+\.(from|to)$/.exec(path);
  if (time) return `${time[1] === 'from' ? 'From' : 'To'} ${message}`;
  const target = /^targets\.\d+\.(\w+)$/.exec(path);
  if (target) return targetFieldMessage(target[1]!, message);
  if (path === 'serviceHours.windows' || path === 'serviceHours') return `Service hours ${message}`;
  if (path === 'targets') return `Targets: ${message}`;
  const label = FIELD_LABELS[path as SlaField];
  return label ? `${label} ${message}` : message;
}

/**
 * Client-side validation with the API's create schema (the update is checked against the same
 * rules, so an edit is told about an end before its start too). The first problem of a field is
 * the one shown: an empty target "is required", not "must be a number".
 */
export function validateSla(values: SlaFormValues): FormErrors {
  const errors: Record<string, string> = {};
  const add = (path: string, message: string) => {
    if (!(path in errors)) errors[path] = labelled(path, message);
  };
  if (values.serviceId === null) add('serviceId', 'is required: pick the service this SLA is for');
  for (const [path, message] of unfinishedRowProblems(values.targets)) add(path, message);
  const parsed = slaCreateSchema.safeParse({ ...toCreateInput(values), code: values.code });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formPathOfApiField(issue.path.map(String).join('.'));
      if (path === 'serviceId' && values.serviceId === null) continue;
      add(path, issue.message);
    }
  }
  return errors;
}

/** Where the API's refusal belongs in the form, and its message; null when it names no field here. */
export function formErrorOf(error: unknown): { path: string; message: string } | null {
  const body = errorBody(error);
  if (!body.field) return null;
  const path = formPathOfApiField(body.field);
  const top = path.split('.')[0]!;
  if (top !== 'targets' && !(top in FIELD_LABELS)) return null;
  return { path, message: body.message };
}
