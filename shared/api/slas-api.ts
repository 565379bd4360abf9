import { z } from 'zod';
import { defineMethod } from './define-method';
import { idSchema, noInput, optionalText } from './common-schemas';
import type { ServiceHours } from '../domain/service-hours';
import { entitySchema } from '../entity/field-descriptor';
import type { ErrorBudget } from '../domain/sla-availability';
import { isPeriod } from '../domain/sla-periods';
import type { BreachStreak, Direction, ResultStatus } from '../domain/sla-status';
import { normaliseTarget, PRIORITIES, TARGET_KINDS, targetProblems, type Priority, type TargetDefinition, type TargetKind } from '../domain/sla-targets';
import { SLA_READS } from './data-domains';

import { SLA_STATUSES, slaEntity, type SlaStatus } from '../entity/sla-entity';

export { SLA_STATUSES, type SlaStatus };

/** A target of an SLA or of a contract/OLA. */
export interface SlaTarget {
  id: number;
  kind: TargetKind;
  label: string;
  priority: Priority | null;
  timeLimitMinutes: number | null;
  unit: string;
  direction: Direction;
  target: number;
  warning: number | null;
  sortOrder: number;
  /** Months with a recorded value (all time). */
  measurementCount: number;
}

/** One target in one month. */
export interface MeasurementCell {
  period: string;
  value: number | null;
  /** The volume behind the figure (tickets, survey answers), when recorded. */
  workload: number | null;
  notes: string;
  status: ResultStatus | null;
  source: 'entered' | 'imported' | 'outages' | null;
  /**
   * Availability targets only: service minutes in the month (within service hours and validity),
   * the downtime the target allows, and the error budget when a value is recorded.
   */
  availability: { serviceMinutes: number; allowedDowntimeMinutes: number; budget: ErrorBudget | null } | null;
}

/** A target and its results over some months. */
export interface TargetResults {
  target: SlaTarget;
  /** One cell per period of the surrounding answer, in the same order. */
  cells: MeasurementCell[];
  /** The run of breached months ending at the last period, when the last recorded month is a breach. */
  breach: BreachStreak | null;
  counts: { met: number; atRisk: number; breached: number };
}

/** An SLA as the SLA list shows it. */
export interface SlaSummary {
  id: number;
  code: string;
  name: string;
  customer: string;
  status: SlaStatus;
  serviceId: number;
  serviceCode: string;
  serviceName: string;
  validFrom: string | null;
  validTo: string | null;
  reviewDate: string | null;
  reviewOverdue: boolean;
  targetCount: number;
  /** The last complete month: the month the current status is about. */
  currentPeriod: string;
  /** The worst result of the targets measured in the current period; null when none was measured. */
  currentStatus: ResultStatus | null;
  measuredTargets: number;
  updatedAt: string;
}

/** A past SLA review, for the SLA page. */
export interface SlaReviewRef {
  id: number;
  reviewedOn: string;
  reviewerName: string | null;
  outcome: string;
  period: string | null;
  nextReviewDate: string | null;
}

/** Everything the SLA page shows. */
export interface SlaDetail extends SlaSummary {
  exceptions: string;
  /** The SLA's own service hours, or null when it follows its service's. */
  serviceHours: ServiceHours | null;
  /** The hours availability is counted in: the SLA's own, else the service's. */
  effectiveServiceHours: ServiceHours;
  serviceHoursText: string;
  serviceHoursSource: 'sla' | 'service';
  /** The last twelve complete months, oldest first. */
  periods: string[];
  targets: TargetResults[];
  reviews: SlaReviewRef[];
  openActions: number;
  createdAt: string;
}

/** Periods × targets of an SLA or contract, for the entry grid and the trend charts. */
export interface MeasurementGrid {
  owner: { kind: 'sla' | 'contract'; id: number; code: string | null; title: string };
  periods: string[];
  rows: TargetResults[];
}

/** Services × months, each cell the worst result of the service's SLAs that month. */
export interface SlaPortfolio {
  periods: string[];
  rows: Array<{
    serviceId: number;
    serviceCode: string;
    serviceName: string;
    slaCount: number;
    /** The service's matching SLA when it has exactly one, so a cell can open it directly. */
    slaId: number | null;
    cells: Array<ResultStatus | null>;
  }>;
  /** Per period: how many services met, were at risk, breached. */
  totals: Array<{ period: string; met: number; atRisk: number; breached: number }>;
  /** The customers of SLAs in the chosen statuses (before the other filters), for a customer filter. */
  customers: string[];
}

/** A target whose latest result is a breach. */
export interface SlaBreach {
  slaId: number | null;
  slaCode: string | null;
  slaName: string | null;
  contractId: number | null;
  contractTitle: string | null;
  serviceId: number | null;
  serviceCode: string | null;
  serviceName: string | null;
  customer: string | null;
  targetId: number;
  targetLabel: string;
  kind: TargetKind;
  unit: string;
  direction: Direction;
  target: number;
  warning: number | null;
  period: string;
  value: number;
  /** The first month of the run of breached months ending at `period`. */
  since: string;
  months: number;
}

/** SLA figures of the dashboard: agreed SLAs by their worst result in the last complete month. */
export interface SlaDashboardFigures {
  period: string;
  agreed: number;
  met: number;
  atRisk: number;
  breached: number;
  /** Agreed SLAs with no result recorded for the month. */
  notMeasured: number;
  /** Targets of agreed SLAs breached in the month. */
  breachedTargets: number;
}

/** A calendar month "YYYY-MM". */
export const periodSchema = z.string({ error: 'must be a month like 2026-03' }).refine(isPeriod, 'must be a month like 2026-03');

const labelText = optionalText(200);

/** The stored definition of a target as entered: the kind's fixed settings applied, the label defaulted. */
export function targetDefinitionOf(input: {
  kind: TargetKind;
  label?: string | null | undefined;
  priority?: Priority | null | undefined;
  timeLimitMinutes?: number | null | undefined;
  unit?: string | null | undefined;
  direction?: Direction | null | undefined;
  target: number;
  warning?: number | null | undefined;
}): TargetDefinition {
  return normaliseTarget({
    kind: input.kind,
    label: input.label ?? undefined,
    priority: input.priority ?? null,
    timeLimitMinutes: input.timeLimitMinutes ?? null,
    unit: input.unit ?? undefined,
    direction: input.direction ?? undefined,
    target: input.target,
    warning: input.warning ?? null,
  });
}

/** A target as written in the editor: the kind's fixed settings are applied, the label defaults. */
export const targetInputSchema = z
  .object({
    id: idSchema.optional(),
    kind: z.enum(TARGET_KINDS, { error: 'must be availability, response, resolution, custom or workload' }),
    label: labelText,
    priority: z.enum(PRIORITIES, { error: 'must be P1, P2, P3 or P4' }).nullish(),
    timeLimitMinutes: z
      .number({ error: 'must be a number of minutes' })
      .int('must be whole minutes')
      .positive('must be more than 0 minutes')
      .max(525_600, 'must be at most a year')
      .nullish(),
    unit: optionalText(20),
    direction: z.enum(['higher', 'lower'], { error: 'must be higher or lower (is better)' }).nullish(),
    target: z.number({ error: 'must be a number' }),
    warning: z.number({ error: 'must be a number' }).nullish(),
  })
  .strict()
  .superRefine((value, context) => {
    for (const problem of targetProblems(targetDefinitionOf(value))) {
      context.addIssue({ code: 'custom', message: problem.message, path: [problem.field] });
    }
  });

export type TargetInput = z.output<typeof targetInputSchema>;

export const targetList = z.array(targetInputSchema, { error: 'must be a list of targets' }).max(50, 'may have at most 50 targets');

/** The SLA's own fields, from its descriptor (shared/entity/sla-entity.ts); the code is suggested when left out. */
const slaFields = entitySchema(slaEntity).omit({ code: true });

/** Rules across fields, checked on create and on the merged values of an update. */
export function slaRules(value: { status?: SlaStatus; validFrom?: string | null; validTo?: string | null }, context: z.RefinementCtx): void {
  if (value.validFrom && value.validTo && value.validTo < value.validFrom) {
    context.addIssue({ code: 'custom', message: 'must not be before the start of validity', path: ['validTo'] });
  }
  if (value.status === 'agreed' && !value.validFrom) {
    context.addIssue({ code: 'custom', message: 'is required for an agreed SLA (the date it took effect)', path: ['validFrom'] });
  }
}

export const slaCreateSchema = slaFields
  .extend({
    code: slaEntity.fields.code.schema.optional(),
    status: slaFields.shape.status.default('draft'),
    // Optional dates: the field's own rule already reads absent as null; the default says so to the input type.
    validFrom: slaFields.shape.validFrom.default(null),
    validTo: slaFields.shape.validTo.default(null),
    reviewDate: slaFields.shape.reviewDate.default(null),
    serviceHours: slaFields.shape.serviceHours.default(null),
    exceptions: slaFields.shape.exceptions.default(''),
    targets: targetList.default([]),
  })
  .strict()
  .superRefine(slaRules);

export const slaUpdateSchema = slaFields.partial().extend({ id: idSchema, code: slaEntity.fields.code.schema.optional() }).strict();

export type SlaCreateInput = z.output<typeof slaCreateSchema>;
export type SlaUpdateInput = z.output<typeof slaUpdateSchema>;

/** Whose targets: an SLA's or a contract's, exactly one. */
const ownerFields = { slaId: idSchema.optional(), contractId: idSchema.optional() };
export function exactlyOneOwner(value: { slaId?: number | undefined; contractId?: number | undefined }, context: z.RefinementCtx): void {
  if ((value.slaId === undefined) === (value.contractId === undefined)) {
    context.addIssue({ code: 'custom', message: 'give either an SLA or a contract', path: ['slaId'] });
  }
}

export const slaListSchema = z
  .object({
    serviceId: idSchema.optional(),
    status: z
      .array(z.enum(SLA_STATUSES, { error: 'must be draft, agreed or expired' }))
      .max(10, 'must list at most 10 items')
      .optional(),
    customer: z.string().trim().max(200).optional(),
    search: z.string().trim().max(200).optional(),
  })
  .strict();

export type SlaListInput = z.output<typeof slaListSchema>;

export const rangeRule = (value: { from: string; to: string }, context: z.RefinementCtx) => {
  if (value.to < value.from) context.addIssue({ code: 'custom', message: 'must not be before the first month', path: ['to'] });
  else if (Number(value.to.slice(0, 4)) * 12 + Number(value.to.slice(5)) - (Number(value.from.slice(0, 4)) * 12 + Number(value.from.slice(5))) >= 60) {
    context.addIssue({ code: 'custom', message: 'may span at most 60 months', path: ['to'] });
  }
};

export const gridInputSchema = z
  .object({ ...ownerFields, from: periodSchema, to: periodSchema })
  .strict()
  .superRefine((value, context) => {
    exactlyOneOwner(value, context);
    rangeRule(value, context);
  });

export const portfolioInputSchema = z
  .object({
    from: periodSchema,
    to: periodSchema,
    slaStatus: z.array(z.enum(SLA_STATUSES)).max(10, 'must list at most 10 items').default(['agreed']),
    customer: z.string().trim().max(200).optional(),
    search: z.string().trim().max(200).optional(),
    serviceIds: z.array(idSchema).max(10_000).optional(),
  })
  .strict()
  .superRefine(rangeRule);

export type PortfolioInput = z.output<typeof portfolioInputSchema>;

export const breachesInputSchema = z
  .object({
    /** The month "now" is about; defaults to the last complete month. */
    asOf: periodSchema.optional(),
    /** A target counts as currently breached when its latest result in this many months up to asOf is a breach. */
    lookbackMonths: z.number().int().min(1).max(24).default(3),
    serviceId: idSchema.optional(),
    slaId: idSchema.optional(),
    includeContracts: z.boolean().default(true),
  })
  .strict();

export type BreachesInput = z.output<typeof breachesInputSchema>;

export const slasApi = {
  'slas.list': defineMethod<SlaSummary[]>()({
    input: slaListSchema,
    effect: 'read',
    domains: SLA_READS,
    summary: 'SLAs by code, filtered by service, status, customer or text, each with its status for the last complete month.',
  }),
  'slas.get': defineMethod<SlaDetail>()({
    input: z.object({ id: idSchema }).strict(),
    effect: 'read',
    domains: SLA_READS,
    summary: 'One SLA with its targets, the last 12 months of results (status, error budget), reviews and open actions.',
  }),
  'slas.suggestCode': defineMethod<{ code: string }>()({
    input: noInput,
    effect: 'read',
    domains: ['slas'],
    summary: 'The next free SLA code (SLA-001, SLA-002, …).',
  }),
  'slas.create': defineMethod<SlaDetail>()({
    input: slaCreateSchema,
    effect: 'write',
    domains: ['slas'],
    summary: 'Add an SLA for a service and customer, optionally with its targets. The code is suggested when left out.',
  }),
  'slas.update': defineMethod<SlaDetail>()({
    input: slaUpdateSchema,
    effect: 'write',
    domains: ['slas'],
    summary: 'Change some fields of an SLA (status, validity, review date, service hours, exceptions).',
  }),
  'slas.delete': defineMethod<{ deleted: { id: number; code: string; name: string } }>()({
    input: z.object({ id: idSchema }).strict(),
    effect: 'write',
    domains: ['slas'],
    summary: 'Delete an SLA with no measurements, reviews or actions; otherwise explains why (mark it expired instead).',
  }),
  'slas.setTargets': defineMethod<SlaDetail>()({
    input: z.object({ slaId: idSchema, targets: targetList, removeMeasuredTargets: z.boolean().default(false) }).strict(),
    effect: 'write',
    domains: ['slas'],
    summary: 'Replace an SLA’s targets in one go: targets with an id are kept (and their results), others added, missing ones removed.',
  }),
  'measurements.grid': defineMethod<MeasurementGrid>()({
    input: gridInputSchema,
    effect: 'read',
    domains: ['slas', 'suppliers'],
    summary: 'Months × targets of an SLA or contract with values, workload, notes, status and error budget.',
  }),
  'measurements.save': defineMethod<{
    created: number;
    updated: number;
    deleted: number;
    unchanged: number;
    cells: Array<{ targetId: number; period: string; status: ResultStatus | null }>;
  }>()({
    input: z
      .object({
        ...ownerFields,
        cells: z
          .array(
            z
              .object({
                targetId: idSchema,
                period: periodSchema,
                value: z.number({ error: 'must be a number, or null to clear the cell' }).nullable(),
                workload: z.number({ error: 'must be a number' }).nullish(),
                notes: z.string({ error: 'must be text' }).max(2_000, 'must be at most 2,000 characters').optional(),
              })
              .strict(),
            { error: 'must be a list of cells' },
          )
          .min(1, 'has nothing to save')
          .max(10_000, 'may have at most 10,000 cells at once'),
      })
      .strict()
      .superRefine(exactlyOneOwner),
    effect: 'write',
    domains: ['slas', 'suppliers'],
    summary: 'Save many grid cells in one transaction (null clears a cell); any bad cell is reported by its path and nothing is written.',
  }),
  'slas.portfolio': defineMethod<SlaPortfolio>()({
    input: portfolioInputSchema,
    effect: 'read',
    domains: SLA_READS,
    summary: 'Services × months, each cell the worst SLA result of the service that month (the attainment strip).',
  }),
  'slas.breaches': defineMethod<SlaBreach[]>()({
    input: breachesInputSchema,
    effect: 'read',
    domains: SLA_READS,
    summary: 'Targets whose latest result is a breach, with the value against the target and the month the breach run began.',
  }),
};
