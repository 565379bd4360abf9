import { z } from 'zod';
import { defineMethod } from './define-method';
import { noInput } from './common-schemas';
import type { HeatmapCell } from '../domain/risk-matrix';
import type { SlaDashboardFigures } from './slas-api';
import { EVERY_DOMAIN } from './data-domains';

export type RecordKind = 'service' | 'sla' | 'risk' | 'person' | 'supplier';

/** One hit of the command palette's record search. */
export interface SearchHit {
  kind: RecordKind;
  id: number;
  code: string | null;
  title: string;
  subtitle: string | null;
}

/** Something whose review date has come or is coming. */
export interface DueReview {
  kind: 'service' | 'sla' | 'risk';
  id: number;
  code: string | null;
  title: string;
  dueDate: string;
  ownerName: string | null;
  overdue: boolean;
}

/** The dashboard's risk figures. */
export interface DashboardRisks {
  matrixVersion: number;
  /** Residual heat map of the risks not closed, highest likelihood first. */
  residual: HeatmapCell[][];
  scored: number;
  unscored: number;
  /** Open risks whose residual score is above the appetite. */
  aboveAppetite: number;
  /** Open risks whose next review date has passed. */
  overdueReviews: number;
  /** Open or in-progress treatment actions past their due date. */
  overdueActions: number;
  /** Open risks above the appetite with no treatment, or to be accepted without an approval that covers them. */
  decisionsDue: number;
}

export interface DashboardSummary {
  organisationName: string;
  counts: {
    services: number;
    liveServices: number;
    slas: number;
    agreedSlas: number;
    openRisks: number;
    people: number;
    openActions: number;
    overdueActions: number;
  };
  reviews: { overdue: number; dueSoon: number; items: DueReview[] };
  catalogue: {
    byLifecycle: { pipeline: number; live: number; retired: number };
    /** Live and pipeline services per criticality tier 1–4. */
    byTier: Array<{ tier: number; count: number }>;
    /** Contracts and OLAs ending within 90 days (or ended, still linked to live services). */
    contractsEnding: Array<{ id: number; title: string; supplierName: string | null; endDate: string; daysToEnd: number }>;
  };
  risks: DashboardRisks;
  /** Agreed SLAs met, at risk and breached in the last complete month. */
  slas: SlaDashboardFigures;
}

export const overviewApi = {
  'search.records': defineMethod<SearchHit[]>()({
    input: z
      .object({
        text: z.string().trim().min(1, 'type something to search for').max(200, 'must be at most 200 characters'),
        limit: z.number().int().min(1).max(50).default(20),
      })
      .strict(),
    effect: 'read',
    domains: ['services', 'slas', 'risks', 'suppliers', 'people'],
    summary: 'Find services, SLAs, risks, suppliers and people by code or name.',
  }),
  'dashboard.summary': defineMethod<DashboardSummary>()({
    input: noInput,
    effect: 'read',
    domains: EVERY_DOMAIN,
    summary: 'Figures for the dashboard and the reviews due in the next 30 days or overdue.',
  }),
};
