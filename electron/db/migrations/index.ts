import type { Migration } from './migration';
import { migration001Core } from './001-core';
import { migration002Domain } from './002-domain';
import { migration003SavedViews } from './003-saved-views';
import { migration004RiskMatrix } from './004-risk-matrix';
import { migration005SlaPerformance } from './005-sla-performance';
import { migration006RiskAcceptance } from './006-risk-acceptance';
import { migration007ReviewWorkflows } from './007-review-workflows';
import { migration008ManagementReviews } from './008-management-reviews';
import { migration009RiskSearch } from './009-risk-search';
import { migration010ManagementReviewSpeed } from './010-management-review-speed';
import { migration011AuditFilters } from './011-audit-filters';
import { migration012TeamSyncOutbox } from './012-team-sync-outbox';

/** Every migration in order. Append only: a released migration is never edited. */
export const migrations: readonly Migration[] = [
  migration001Core,
  migration002Domain,
  migration003SavedViews,
  migration004RiskMatrix,
  migration005SlaPerformance,
  migration006RiskAcceptance,
  migration007ReviewWorkflows,
  migration008ManagementReviews,
  migration009RiskSearch,
  migration010ManagementReviewSpeed,
  migration011AuditFilters,
  migration012TeamSyncOutbox,
];

/** The schema version this build writes; files above it are refused. */
export const latestSchemaVersion = migrations[migrations.length - 1]!.version;

export type { Migration };
