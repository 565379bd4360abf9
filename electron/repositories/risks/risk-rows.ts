import type { RiskAction, RiskStatus, RiskSummary, RiskTreatment } from '../../../shared/api/risks-api';
import { actionEntity } from '../../../shared/entity/action-entity';
import { ACTION_COLUMNS } from '../actions/action-record';
import { exceedsAppetite, type RiskMatrix } from '../../../shared/domain/risk-matrix';
import { defineEntity, fromColumns, listColumns } from '../../../shared/entity/field-descriptor';
import { riskEntity, type RiskFieldKey, type RiskFields, type RiskRatingKey } from '../../../shared/entity/risk-entity';
import { scored } from './matrix-repository';

/** The plain fields a register row carries: those the descriptor lists as table columns (ratings included). */
type RegisterFieldKey = (keyof RiskSummary & RiskFieldKey) | RiskRatingKey;

/**
 * The risk descriptor narrowed to its listed fields: the register reads these for every row it
 * shows, and leaves the long texts (cause, controls…) to the risk page.
 */
export const riskRowEntity = defineEntity({
  ...riskEntity,
  fields: Object.fromEntries(listColumns(riskEntity).map(({ key }) => [key, riskEntity.fields[key]])) as Pick<RiskFields, RegisterFieldKey>,
});

/** A risks row with the register's joined and computed columns (RISK_ROW_SELECT). */
export interface RiskRow {
  id: number;
  code: string;
  title: string;
  category: string | null;
  owner_id: number | null;
  owner_name: string | null;
  supplier_id: number | null;
  supplier_name: string | null;
  status: RiskStatus;
  treatment: RiskTreatment | null;
  inherent_likelihood: number | null;
  inherent_impact: number | null;
  residual_likelihood: number | null;
  residual_impact: number | null;
  target_likelihood: number | null;
  target_impact: number | null;
  next_review_date: string | null;
  created_at: string;
  updated_at: string;
  service_codes: string | null;
  open_actions: number;
  overdue_actions: number;
}

/** A register row as the API returns it; positions are scored on the current matrix. */
export function toRiskSummary(row: RiskRow, matrix: RiskMatrix, today: string): RiskSummary {
  const { inherentLikelihood, inherentImpact, residualLikelihood, residualImpact, targetLikelihood, targetImpact, ...fields } = fromColumns(
    riskRowEntity,
    row as unknown as Record<string, unknown>,
  );
  const residual = scored(matrix, residualLikelihood, residualImpact);
  return {
    id: row.id,
    ...fields,
    ownerName: row.owner_name,
    supplierName: row.supplier_name,
    inherent: scored(matrix, inherentLikelihood, inherentImpact),
    residual,
    target: scored(matrix, targetLikelihood, targetImpact),
    exceedsAppetite: residual !== null && exceedsAppetite(matrix, residual.likelihood, residual.impact),
    serviceCodes: row.service_codes ? row.service_codes.split('; ') : [],
    reviewOverdue: fields.status !== 'closed' && fields.nextReviewDate !== null && fields.nextReviewDate < today,
    openActions: row.open_actions,
    overdueActions: row.overdue_actions,
    updatedAt: row.updated_at,
  };
}

/** An actions row (its own columns named by the action descriptor) with its risk code and owner name. */
export interface ActionRow {
  [column: string]: unknown;
  id: number;
  risk_code: string;
  owner_name: string | null;
  created_at: string;
  updated_at: string;
}

export const ACTION_SELECT = `
  SELECT a.id, ${ACTION_COLUMNS}, r.code AS risk_code, p.name AS owner_name, a.created_at, a.updated_at
    FROM actions a JOIN risks r ON r.id = a.risk_id LEFT JOIN people p ON p.id = a.owner_id`;

export function toRiskAction(row: ActionRow, today: string): RiskAction {
  const action = fromColumns(actionEntity, row);
  return {
    id: row.id,
    riskId: action.riskId!,
    riskCode: row.risk_code,
    title: action.title,
    description: action.description,
    ownerId: action.ownerId,
    ownerName: row.owner_name,
    dueDate: action.dueDate,
    status: action.status,
    progressNotes: action.progressNotes,
    completedAt: action.completedAt,
    overdue: (action.status === 'open' || action.status === 'in_progress') && action.dueDate !== null && action.dueDate < today,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
