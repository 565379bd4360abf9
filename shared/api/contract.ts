import type { z } from 'zod';
import type { MethodDef } from './define-method';
import { auditApi, auditReadableApi } from './audit-api';
import { overviewApi } from './overview-api';
import { peopleApi } from './people-api';
import { servicesApi } from './services-api';
import { catalogueIoApi } from './catalogue-io-api';
import { viewsApi } from './views-api';
import { suppliersApi } from './suppliers-api';
import { risksApi } from './risks-api';
import { riskMatrixApi } from './risk-matrix-api';
import { risksIoApi } from './risks-io-api';
import { riskAcceptanceApi } from './risk-acceptance-api';
import { workspaceApi } from './workspace-api';
import { slasApi } from './slas-api';
import { slaIoApi } from './sla-io-api';
import { slaReviewsApi } from './sla-reviews-api';
import { contractPerformanceApi } from './contract-performance-api';
import { reviewsApi } from './reviews-api';
import { managementReviewsApi } from './management-reviews-api';
import { reviewPackApi } from './review-pack-api';
import { teamApi } from './team-api';

/**
 * The whole API: every method the renderer, the HTTP host and the CLI can call.
 * Adding a domain means adding its `<domain>-api.ts` here and its handlers in `electron/handlers`.
 */
export const contract = {
  ...workspaceApi,
  ...peopleApi,
  ...auditApi,
  ...auditReadableApi,
  ...overviewApi,
  ...servicesApi,
  ...suppliersApi,
  ...catalogueIoApi,
  ...viewsApi,
  ...riskMatrixApi,
  ...risksApi,
  ...risksIoApi,
  ...riskAcceptanceApi,
  ...slasApi,
  ...slaIoApi,
  ...slaReviewsApi,
  ...contractPerformanceApi,
  ...reviewsApi,
  ...managementReviewsApi,
  ...reviewPackApi,
  ...teamApi,
} as const;

export type ApiContract = typeof contract;
export type MethodName = keyof ApiContract;

type DefOf<M extends MethodName> = ApiContract[M];
/** What a caller passes (defaults may be left out). */
export type MethodInput<M extends MethodName> = DefOf<M> extends MethodDef<infer I, unknown> ? z.input<I> : never;
/** What a handler receives after validation (defaults filled in, text trimmed). */
export type ParsedInput<M extends MethodName> = DefOf<M> extends MethodDef<infer I, unknown> ? z.output<I> : never;
export type MethodResult<M extends MethodName> = DefOf<M> extends MethodDef<z.ZodType, infer R> ? R : never;
/** The methods whose effect is `import`: parsed first, then committed by the dispatcher in one transaction. */
export type ImportMethodName = { [M in MethodName]: DefOf<M>['effect'] extends 'import' ? M : never }[MethodName];

/** True when `name` is a method of the contract (for untyped transports). */
export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export const methodNames = Object.keys(contract) as MethodName[];
