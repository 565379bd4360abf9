import { z } from 'zod';
import { defineMethod } from './define-method';
import { idSchema, isoDate, noInput, requiredText } from './common-schemas';
import { RISK_BASES, type HeatmapCell, type RiskBasis, type RiskMatrix } from '../domain/risk-matrix';
import { ACTION_READS, RISK_READS } from './data-domains';
import { SERVICE_SORT_KEYS } from '../domain/service-risk-order';
import { ACTION_STATUSES, actionEntity } from '../entity/action-entity';
import { entitySchema } from '../entity/field-descriptor';
import { RISK_STATUSES, RISK_TREATMENTS, riskEntity, riskLevel, type RiskEditableValues, type RiskStatus, type RiskTreatment } from '../entity/risk-entity';

export { RISK_STATUSES, RISK_TREATMENTS, type RiskStatus, type RiskTreatment };
/** The states of a treatment action; open and in progress ones can be overdue. */
export const RISK_ACTION_STATUSES = ACTION_STATUSES;
export type RiskActionStatus = (typeof RISK_ACTION_STATUSES)[number];
export type { RiskBasis, RiskMatrix, HeatmapCell };

/** A likelihood × impact pair with its score and band on the matrix it was scored on. */
export interface ScoredRiskPosition {
  likelihood: number;
  impact: number;
  score: number;
  band: string;
  /** 0 = the lowest band. */
  bandRank: number;
  colour: string;
}

/** A risk as the register shows it. */
export interface RiskSummary {
  id: number;
  code: string;
  title: string;
  category: string | null;
  ownerId: number | null;
  ownerName: string | null;
  supplierId: number | null;
  supplierName: string | null;
  status: RiskStatus;
  treatment: RiskTreatment | null;
  inherent: ScoredRiskPosition | null;
  residual: ScoredRiskPosition | null;
  target: ScoredRiskPosition | null;
  /** The residual position is above the matrix's appetite: it needs treatment or an approved acceptance. */
  exceedsAppetite: boolean;
  serviceCodes: string[];
  nextReviewDate: string | null;
  /** The next review date has passed and the risk is not closed. */
  reviewOverdue: boolean;
  openActions: number;
  overdueActions: number;
  updatedAt: string;
}

/** A treatment action of a risk. */
export interface RiskAction {
  id: number;
  riskId: number;
  riskCode: string;
  title: string;
  description: string;
  ownerId: number | null;
  ownerName: string | null;
  dueDate: string | null;
  status: RiskActionStatus;
  progressNotes: string;
  completedAt: string | null;
  /** Open or in progress, and the due date has passed. */
  overdue: boolean;
  createdAt: string;
  updatedAt: string;
}

/** One dated assessment, scored on the matrix version it was made with. */
export interface RiskAssessment {
  id: number;
  assessedAt: string;
  assessorId: number | null;
  assessorName: string | null;
  /** assessment: by a person; remap: re-scored by a matrix change; import: from an imported register. */
  kind: 'assessment' | 'remap' | 'import';
  matrixVersion: number;
  inherent: ScoredRiskPosition | null;
  residual: ScoredRiskPosition | null;
  target: ScoredRiskPosition | null;
  rationale: string;
}

/** Everything the risk page shows: the register row, every plain field of the descriptor, and more. */
export interface RiskDetail extends RiskSummary, RiskEditableValues {
  services: Array<{ id: number; code: string; name: string }>;
  /** Oldest first: the score history and its chart. */
  assessments: RiskAssessment[];
  actions: RiskAction[];
  matrixVersion: number;
  createdAt: string;
}

/** Every column the register can sort on. */
export const RISK_SORT_COLUMNS = [
  'code',
  'title',
  'category',
  'owner',
  'supplier',
  'status',
  'treatment',
  'inherentScore',
  'residualScore',
  'targetScore',
  'residualBand',
  'nextReviewDate',
  'overdueActions',
  'createdAt',
  'updatedAt',
] as const;
export type RiskSortColumn = (typeof RISK_SORT_COLUMNS)[number];

const level = riskLevel;

/** A likelihood × impact pair as typed; the handler checks it against the current matrix. */
export const positionInput = z.object({ likelihood: level, impact: level }, { error: 'must be a likelihood and an impact' }).strict();

const basis = z.enum(RISK_BASES, { error: 'must be inherent, residual or target' });

/** The register's filters, shared by the list, the heat maps, bulk changes and the export. */
export const riskFilterFields = {
  search: z.string().trim().max(200, 'must be at most 200 characters').optional(),
  statuses: z
    .array(z.enum(RISK_STATUSES, { error: 'must be identified, assessed, treating, monitored or closed' }))
    .max(10, 'must list at most 10 items')
    .optional(),
  treatments: z
    .array(z.enum(RISK_TREATMENTS, { error: 'must be avoid, mitigate, transfer or accept' }))
    .max(10, 'must list at most 10 items')
    .optional(),
  ownerIds: z.array(idSchema).max(1000).optional(),
  serviceIds: z.array(idSchema).max(1000).optional(),
  supplierIds: z.array(idSchema).max(1000).optional(),
  categories: z.array(z.string().trim().max(100)).max(200).optional(),
  /** Band names of the current matrix, on `bandBasis` (residual unless said). */
  bands: z.array(z.string().trim().min(1).max(40)).max(10).optional(),
  bandBasis: basis.optional(),
  aboveAppetite: z.boolean().optional(),
  /** Above the appetite with no treatment, or to be accepted without an approval that covers it: a decision is due. */
  needsDecision: z.boolean().optional(),
  reviewOverdue: z.boolean().optional(),
  actionOverdue: z.boolean().optional(),
  /** One heat-map cell: the register filtered to a click on the grid. */
  cell: z.object({ basis, likelihood: level, impact: level }).strict().optional(),
};
export const riskFilterSchema = z.object(riskFilterFields).strict();
export type RiskFilter = z.output<typeof riskFilterSchema>;

/** risks.list: the filters, a sort, and a window (offset, limit) of the virtualized table. */
export const riskListSchema = z
  .object({
    ...riskFilterFields,
    sort: z.object({ column: z.enum(RISK_SORT_COLUMNS), direction: z.enum(['asc', 'desc']) }).default({ column: 'code', direction: 'asc' }),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(2000, 'must be at most 2,000 (page through the register)').default(200),
  })
  .strict();
export type RiskListInput = z.output<typeof riskListSchema>;

const longText = (max: number) => z.string({ error: 'must be text' }).max(max, `must be at most ${max.toLocaleString('en')} characters`);

/**
 * The editable fields as the descriptor declares them, without defaults, so an update that leaves a
 * field out never resets it. The ratings are left out (they change through risks.assess, as
 * positions); the linked services are not a plain field and are added here.
 */
const riskFields = entitySchema(riskEntity)
  .omit({
    code: true,
    inherentLikelihood: true,
    inherentImpact: true,
    residualLikelihood: true,
    residualImpact: true,
    targetLikelihood: true,
    targetImpact: true,
  })
  .extend({ serviceIds: z.array(idSchema, { error: 'must be a list of services' }).max(200, 'may have at most 200 services') });
const codeField = entitySchema(riskEntity).shape.code;

const scoredOnlyByAssess = z.undefined({ error: 'is changed with risks.assess, so every change is kept in the history' }).optional();

/** risks.create: every field, defaults for the optional ones, and an optional first assessment. */
export const riskCreateSchema = riskFields
  .extend({
    code: codeField.optional(),
    // Optional on create (the descriptor's rules turn "left out" into null, but its types do not say so).
    category: riskFields.shape.category.default(null),
    nextReviewDate: riskFields.shape.nextReviewDate.default(null),
    cause: riskFields.shape.cause.default(''),
    event: riskFields.shape.event.default(''),
    consequence: riskFields.shape.consequence.default(''),
    ownerId: riskFields.shape.ownerId.default(null),
    serviceIds: riskFields.shape.serviceIds.default([]),
    supplierId: riskFields.shape.supplierId.default(null),
    controls: riskFields.shape.controls.default(''),
    treatment: riskFields.shape.treatment.default(null),
    treatmentRationale: riskFields.shape.treatmentRationale.default(''),
    /** Left out: "assessed" when a first assessment is given, else "identified". */
    status: riskFields.shape.status.optional(),
    /** A first assessment: inherent and residual together, target optional. */
    inherent: positionInput.optional(),
    residual: positionInput.optional(),
    target: positionInput.nullable().optional(),
    rationale: longText(5000).optional(),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.inherent && !value.residual)
      context.addIssue({ code: 'custom', path: ['residual'], message: 'is required with the inherent score (a first assessment has both)' });
    if (!value.inherent && (value.residual || value.target))
      context.addIssue({ code: 'custom', path: ['inherent'], message: 'is required with the residual or target score' });
  });

/** risks.update: any of the fields, without defaults; scores are refused (they go through risks.assess). */
export const riskUpdateSchema = riskFields
  .partial()
  .extend({ id: idSchema, code: codeField.optional(), inherent: scoredOnlyByAssess, residual: scoredOnlyByAssess, target: scoredOnlyByAssess })
  .strict();

/** risks.assess: a dated assessment with rationale. */
export const riskAssessSchema = z
  .object({
    id: idSchema,
    inherent: positionInput,
    residual: positionInput,
    /** Left out: the current target is kept; null: no target. */
    target: positionInput.nullable().optional(),
    rationale: requiredText(5000),
    assessorId: idSchema.nullable().optional(),
    /** The day of the assessment; today unless said. */
    assessedOn: isoDate.optional(),
  })
  .strict();

export type RiskCreateInput = z.output<typeof riskCreateSchema>;
export type RiskUpdateInput = z.output<typeof riskUpdateSchema>;
export type RiskAssessInput = z.output<typeof riskAssessSchema>;

/** risks.bulkUpdate: ids or a filter, and an owner and/or next review date. */
export const riskBulkUpdateSchema = z
  .object({
    ids: z.array(idSchema).min(1, 'must name at least one risk').max(200_000).optional(),
    filter: riskFilterSchema.optional(),
    /** With a filter: risks it matches that are left out (unticked after "select all matching"). */
    exceptIds: z.array(idSchema).max(200_000).optional(),
    ownerId: idSchema.nullable().optional(),
    /** A date, or null to clear it; left out: not changed. */
    nextReviewDate: z.union([isoDate, z.null()]).optional(),
  })
  .strict()
  .superRefine((value, context) => {
    if ((value.ids === undefined) === (value.filter === undefined))
      context.addIssue({ code: 'custom', path: ['ids'], message: 'give either the risk ids or the filter, not both or neither' });
    if (value.exceptIds !== undefined && value.filter === undefined)
      context.addIssue({ code: 'custom', path: ['exceptIds'], message: 'only go with a filter' });
    if (value.ownerId === undefined && value.nextReviewDate === undefined)
      context.addIssue({ code: 'custom', path: ['ownerId'], message: 'choose an owner or a next review date to change' });
  });
export type RiskBulkUpdateInput = z.output<typeof riskBulkUpdateSchema>;

/** Risks per cell of the likelihood × impact grid. */
export interface RiskHeatmap {
  basis: RiskBasis;
  /** The date of a period comparison, or null for now. */
  asOf: string | null;
  matrixVersion: number;
  /** Highest likelihood first, as drawn. */
  grid: HeatmapCell[][];
  /** Risks counted in the grid. */
  total: number;
  /** Risks matching the filters without a score on this basis (not scored yet, or off the matrix). */
  unscored: number;
}

/** Counts of risks per move from an inherent cell to a residual or target cell. */
export interface RiskMovement {
  from: 'inherent';
  to: 'residual' | 'target';
  moves: Array<{ from: { likelihood: number; impact: number }; to: { likelihood: number; impact: number }; count: number }>;
  total: number;
}

/** Each service's risks per residual band (counts in band order, lowest first). */
export interface RiskByService {
  bands: Array<{ name: string; colour: string }>;
  /** The window asked for (every service without `limit`), in the order asked for. */
  services: Array<{ id: number; code: string; name: string; total: number; unscored: number; byBand: number[]; aboveAppetite: number }>;
  /** How many services have matching risks (the length of the whole list). */
  total: number;
  /** The largest service total in the whole list: the bars are drawn as shares of it. */
  largestTotal: number;
}

/** risks.byService: the filters, the inherited switch, an order, and an optional window of the list. */
export const riskByServiceInputSchema = riskFilterSchema.extend({
  // includeInherited: count, for each service, also the risks of every service it depends on (directly or not).
  includeInherited: z.boolean().default(false),
  sort: z.enum(SERVICE_SORT_KEYS, { error: 'must be worst, above, total or code' }).default('worst'),
  offset: z.number().int().min(0).default(0),
  // Without a limit, every service from `offset` on.
  limit: z.number().int().min(1).max(5000).optional(),
});
export type RiskByServiceInput = z.output<typeof riskByServiceInputSchema>;

/** What a treatment action's form edits, from the action descriptor (shared/entity/action-entity.ts). */
const actionFields = entitySchema(actionEntity).pick({ title: true, description: true, ownerId: true, dueDate: true, status: true, progressNotes: true });

/** riskActions.create: a treatment action of a risk. */
export const riskActionCreateSchema = actionFields
  .extend({
    riskId: idSchema,
    description: actionFields.shape.description.default(''),
    ownerId: actionFields.shape.ownerId.default(null),
    dueDate: actionFields.shape.dueDate.default(null),
    status: actionFields.shape.status.default('open'),
    progressNotes: actionFields.shape.progressNotes.default(''),
  })
  .strict();
/** riskActions.update: any of the action's fields. */
export const riskActionUpdateSchema = actionFields.partial().extend({ id: idSchema }).strict();
export type RiskActionCreateInput = z.output<typeof riskActionCreateSchema>;
export type RiskActionUpdateInput = z.output<typeof riskActionUpdateSchema>;

/** The risk register's methods. */
export const risksApi = {
  'risks.list': defineMethod<{ rows: RiskSummary[]; total: number }>()({
    input: riskListSchema,
    effect: 'read',
    domains: RISK_READS,
    summary: 'Risks matching the filters, sorted and paged (a window of the virtualized register), with the total.',
  }),
  'risks.facets': defineMethod<{ categories: string[]; owners: Array<{ id: number; name: string }>; suppliers: Array<{ id: number; name: string }> }>()({
    input: noInput,
    effect: 'read',
    domains: RISK_READS,
    summary: 'The categories, owners and suppliers in use in the register, for filters and suggestions.',
  }),
  'risks.get': defineMethod<RiskDetail>()({
    input: z.object({ id: idSchema }).strict(),
    effect: 'read',
    domains: RISK_READS,
    summary: 'One risk with its services, supplier, assessment history (scored on their matrix) and actions.',
  }),
  'risks.suggestCode': defineMethod<{ code: string }>()({
    input: noInput,
    effect: 'read',
    domains: ['risks'],
    summary: 'The next free risk code (RSK-001, RSK-002, …).',
  }),
  'risks.create': defineMethod<RiskDetail>()({
    input: riskCreateSchema,
    effect: 'write',
    domains: ['risks'],
    summary: 'Add a risk (code suggested when left out), optionally with a first assessment.',
  }),
  'risks.update': defineMethod<RiskDetail>()({
    input: riskUpdateSchema,
    effect: 'write',
    domains: ['risks'],
    summary: 'Change some fields of a risk; scores change only through risks.assess.',
  }),
  'risks.assess': defineMethod<RiskDetail>()({
    input: riskAssessSchema,
    effect: 'write',
    domains: ['risks'],
    summary: 'Record a dated assessment (inherent, residual, target) with assessor and rationale; positions off the matrix are refused.',
  }),
  'risks.delete': defineMethod<{ deleted: { id: number; code: string; title: string } }>()({
    input: z.object({ id: idSchema }).strict(),
    effect: 'write',
    domains: ['risks'],
    summary: 'Delete a risk with no history (assessments, actions, reviews); otherwise explains why and suggests closing it.',
  }),
  'risks.bulkUpdate': defineMethod<{ updated: number }>()({
    input: riskBulkUpdateSchema,
    effect: 'write',
    domains: ['risks'],
    summary: 'Change the owner and/or next review date of the given risks or of every risk matching a filter, in one audited transaction.',
  }),
  'risks.heatmap': defineMethod<RiskHeatmap>()({
    input: z.object({ ...riskFilterFields, basis: basis.default('residual'), asOf: isoDate.optional() }).strict(),
    effect: 'read',
    domains: RISK_READS,
    summary: 'Risks per likelihood × impact cell (inherent, residual or target), now or as they were on a date.',
  }),
  'risks.movement': defineMethod<RiskMovement>()({
    input: z.object({ ...riskFilterFields, to: z.enum(['residual', 'target']).default('residual') }).strict(),
    effect: 'read',
    domains: RISK_READS,
    summary: 'How many risks move from each inherent cell to each residual (or target) cell.',
  }),
  'risks.byService': defineMethod<RiskByService>()({
    input: riskByServiceInputSchema,
    effect: 'read',
    domains: RISK_READS,
    summary: 'Each service’s risks by residual band, most severe first (or by another order), a window at a time.',
  }),
  'riskActions.list': defineMethod<{ rows: RiskAction[]; total: number }>()({
    input: z
      .object({
        riskId: idSchema.optional(),
        ownerIds: z.array(idSchema).max(1000, 'must list at most 1000 items').optional(),
        statuses: z.array(z.enum(RISK_ACTION_STATUSES)).max(10, 'must list at most 10 items').optional(),
        overdue: z.boolean().optional(),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(2000).default(200),
      })
      .strict(),
    effect: 'read',
    domains: ACTION_READS,
    summary: 'Treatment actions of risks, soonest due first; optionally of one risk, owners, statuses or overdue only.',
  }),
  'riskActions.create': defineMethod<RiskAction>()({
    input: riskActionCreateSchema,
    effect: 'write',
    domains: ['actions'],
    summary: 'Add a treatment action to a risk.',
  }),
  'riskActions.update': defineMethod<RiskAction>()({
    input: riskActionUpdateSchema,
    effect: 'write',
    domains: ['actions'],
    summary: 'Change a treatment action; done dates its completion.',
  }),
  'riskActions.delete': defineMethod<{ deleted: { id: number; title: string } }>()({
    input: z.object({ id: idSchema }).strict(),
    effect: 'write',
    domains: ['actions'],
    summary: 'Delete a treatment action that is still open (done and cancelled ones are kept as evidence).',
  }),
};
