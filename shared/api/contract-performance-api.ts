import { z } from 'zod';
import { defineMethod } from './define-method';
import { idSchema } from './common-schemas';
import type { ResultStatus } from '../domain/sla-status';
import type { ContractKind } from './suppliers-api';
import { periodSchema, rangeRule, targetList, type MeasurementGrid, type SlaStatus, type TargetResults } from './slas-api';
import { SUPPLIER_READS } from './data-domains';

/** An SLA that relies on a contract: on a service the contract covers, or on a service depending on one. */
export interface DependentSla {
  slaId: number;
  slaCode: string;
  slaName: string;
  status: SlaStatus;
  serviceId: number;
  serviceCode: string;
  serviceName: string;
  /** "covered": the contract covers the SLA's service; "depends": the service depends on a covered one. */
  relation: 'covered' | 'depends';
  /** Dependency steps from a covered service (0 when covered). */
  depth: number;
  /** The SLA's worst result per period. */
  cells: Array<ResultStatus | null>;
}

/** A contract's or OLA's results, next to the SLAs that depend on it. */
export interface ContractPerformance {
  contract: {
    id: number;
    kind: ContractKind;
    title: string;
    supplierId: number | null;
    supplierName: string | null;
    internalTeam: string | null;
    startDate: string | null;
    endDate: string | null;
  };
  targets: TargetResults[];
  /** The contract's worst target result per period. */
  worst: Array<ResultStatus | null>;
  /** Dependent SLAs, covered services first, nearest first; at most 200. */
  dependentSlas: DependentSla[];
  dependentSlaCount: number;
}

export const contractPerformanceApi = {
  'contracts.setTargets': defineMethod<MeasurementGrid>()({
    input: z.object({ contractId: idSchema, targets: targetList, removeMeasuredTargets: z.boolean().default(false) }).strict(),
    effect: 'write',
    domains: ['suppliers'],
    summary: 'Replace the targets of an underpinning contract or OLA, the same way as for an SLA.',
  }),
  'contracts.performance': defineMethod<{ periods: string[]; contracts: ContractPerformance[] }>()({
    input: z
      .object({
        contractId: idSchema.optional(),
        supplierId: idSchema.optional(),
        /** Contracts covering this service. */
        serviceId: idSchema.optional(),
        /** Leave out contracts without targets (default), unless one contract is asked for. */
        withTargetsOnly: z.boolean().default(true),
        from: periodSchema,
        to: periodSchema,
      })
      .strict()
      .superRefine(rangeRule),
    effect: 'read',
    domains: SUPPLIER_READS,
    summary: 'Supplier and OLA performance: each contract’s targets and results per month next to the SLAs that depend on it.',
  }),
};
