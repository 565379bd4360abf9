import type { FormErrors } from '@mantine/form';
import type { MethodInput } from '../../../../../shared/api/contract';
import { riskCreateSchema, riskUpdateSchema, type RiskDetail } from '../../../../../shared/api/risks-api';
import { formValues, type EntityFormValues, type EntityValues } from '../../../../../shared/entity/field-descriptor';
import { RISK_EDITABLE_KEYS, RISK_LABELS, riskEntity, type RiskEditableKey, type RiskFields } from '../../../../../shared/entity/risk-entity';
import { maxTextLength } from '../../../../../shared/entity/text-limit';
import { errorBody } from '../../../api/api-errors';
import { labelledResolver } from '../../../lib/form-resolver';
import type { Position } from '../common/score-position';

/**
 * The form holds the API's shape: the risk descriptor's editable fields (empty text as ''), derived
 * from it, plus the linked services and, for a new risk only, its first assessment (positions as
 * pairs, null when not picked; later scores go through Re-assess).
 */
export type RiskFormValues = Pick<EntityFormValues<RiskFields>, RiskEditableKey> & {
  serviceIds: number[];
  inherent: Position | null;
  residual: Position | null;
  target: Position | null;
  rationale: string;
};

/** The descriptor's editable fields as the form holds them: their initial values, or the record's. */
const editableFormValues = (record: RiskDetail | null) => {
  const values = formValues(riskEntity, record as Partial<EntityValues<RiskFields>> | null);
  return Object.fromEntries(RISK_EDITABLE_KEYS.map((key) => [key, values[key]])) as Pick<EntityFormValues<RiskFields>, RiskEditableKey>;
};

/** The form's labels: the descriptor's for its fields (as the register, history, import and export show them), and the form's own for the rest. */
export const RISK_FIELD_LABELS: Record<keyof RiskFormValues, string> = {
  ...(Object.fromEntries(RISK_EDITABLE_KEYS.map((key) => [key, RISK_LABELS[key]])) as Record<RiskEditableKey, string>),
  serviceIds: 'Services',
  inherent: 'Inherent',
  residual: 'Residual',
  target: 'Target',
  rationale: 'Assessment rationale',
};

/** The longest text the API takes per field, for the inputs' maxLength: the descriptor's rules. */
export const MAX_LENGTH = {
  code: maxTextLength(riskEntity.fields.code.schema),
  title: maxTextLength(riskEntity.fields.title.schema),
  category: maxTextLength(riskEntity.fields.category.schema),
};

/** Fields an edit may change: the scores are not among them (they keep their history through risks.assess). */
const EDITABLE_FIELDS: ReadonlyArray<RiskEditableKey | 'serviceIds'> = [...RISK_EDITABLE_KEYS, 'serviceIds'];

const FORM_FIELDS = Object.keys(RISK_FIELD_LABELS) as Array<keyof RiskFormValues>;

/** A new risk: the descriptor's initial values, the suggested code, the person using the app as owner, nothing scored. */
export function newRiskValues(code: string, ownerId: number | null, serviceIds: number[] = []): RiskFormValues {
  return { ...editableFormValues(null), code, ownerId, serviceIds, inherent: null, residual: null, target: null, rationale: '' };
}

const pair = (position: RiskDetail['inherent']): Position | null => (position ? { likelihood: position.likelihood, impact: position.impact } : null);

export function riskValues(risk: RiskDetail): RiskFormValues {
  return {
    ...editableFormValues(risk),
    serviceIds: risk.services.map((service) => service.id),
    inherent: pair(risk.inherent),
    residual: pair(risk.residual),
    target: pair(risk.target),
    rationale: '',
  };
}

/**
 * The create input. Scores travel only when inherent or residual is picked (the schema then asks
 * for both). "Identified" is the form's default status; with a first assessment it is left out,
 * so the host marks the risk "assessed" as it would for any scored risk.
 */
export function toCreateInput(values: RiskFormValues): MethodInput<'risks.create'> {
  const { inherent, residual, target, rationale, status, ...fields } = values;
  const scored = inherent !== null || residual !== null;
  return {
    ...fields,
    ...(status === 'identified' && scored ? {} : { status }),
    ...(scored
      ? {
          ...(inherent ? { inherent } : {}),
          ...(residual ? { residual } : {}),
          ...(target ? { target } : {}),
          ...(rationale.trim() ? { rationale } : {}),
        }
      : {}),
  } as MethodInput<'risks.create'>;
}

/** Only the fields that changed: the audit trail then shows exactly what this edit did. */
export function toUpdateInput(id: number, values: RiskFormValues, initial: RiskFormValues): MethodInput<'risks.update'> {
  const input: Record<string, unknown> = { id };
  for (const field of EDITABLE_FIELDS) {
    if (JSON.stringify(values[field]) !== JSON.stringify(initial[field])) input[field] = values[field];
  }
  return input as MethodInput<'risks.update'>;
}

const createResolver = labelledResolver(riskCreateSchema, RISK_FIELD_LABELS);
const updateResolver = labelledResolver(riskUpdateSchema, RISK_FIELD_LABELS);

/** Client-side validation with the API's schemas: create for a new risk, update for an edit. */
export function validateRisk(values: RiskFormValues, id: number | null): FormErrors {
  if (id === null) return createResolver(toCreateInput(values));
  const editable = Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, values[field]]));
  return updateResolver({ ...editable, id });
}

/** The form field the API blamed, when the form has it ("inherent.likelihood" → "inherent"). */
export function formPathOf(error: unknown): keyof RiskFormValues | null {
  const field = errorBody(error).field;
  if (!field) return null;
  const top = field.split('.')[0] as keyof RiskFormValues;
  return FORM_FIELDS.includes(top) ? top : null;
}
