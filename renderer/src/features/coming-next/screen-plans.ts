import type { DashboardSummary } from '../../../../shared/api/overview-api';
import type { ScreenId } from '../../app/screens';
import { plural } from '../../lib/format';

export interface ScreenPlan {
  /** What the screen is for, in one paragraph. */
  summary: string;
  /** What it will let people do (from DESIGN.md). */
  features: string[];
  /** What this workspace already holds for it, from real figures; null when nothing does. */
  existing: (summary: DashboardSummary) => string | null;
}

type PlannedScreen = Exclude<ScreenId, 'dashboard' | 'suppliers' | 'actions' | 'settings' | 'management-review'>;

/** The screens still to be built, described honestly so nobody mistakes them for finished ones. */
export const screenPlans: Record<PlannedScreen, ScreenPlan> = {
  services: {
    summary:
      'The service catalogue (ISO/IEC 20000-1 clause 8.2): every service the team provides, who owns it, who uses it and what it depends on.',
    features: [
      'Services with a code (SVC-001), name, description, category, kind (customer-facing or supporting) and criticality tier',
      'Lifecycle from pipeline to live to retired, with owner, customers, service hours and support contact',
      'Dependencies between services as a graph, and the suppliers, contracts, OLAs and underpinning contracts behind each',
      'A next review date per service, feeding the reviews due on the dashboard',
    ],
    existing: ({ counts }) =>
      counts.services > 0 ? `This workspace already holds ${plural(counts.services, 'service')} (${counts.liveServices} live); they will be listed here.` : null,
  },
  slas: {
    summary:
      'Service level agreements per service and customer, with their targets and the results measured every month (ISO/IEC 20000-1 clause 8.3.3).',
    features: [
      'Status (draft, agreed, expired), validity period and review date',
      'Targets: availability %, response and resolution times per priority, custom metrics; workload limits and exceptions',
      'Monthly measurements with attainment, breaches, trend and error budget',
    ],
    existing: ({ counts }) =>
      counts.slas > 0 ? `This workspace already holds ${plural(counts.slas, 'SLA')} (${counts.agreedSlas} agreed); they will be listed here.` : null,
  },
  risks: {
    summary: "The risk register, scored on this workspace's risk matrix, with treatments, score history and heat maps.",
    features: [
      'Risks with a code (RSK-001), cause → event → consequence, category, owner and linked services',
      'Inherent, residual and target scores on a configurable likelihood × impact matrix with bands and an appetite line',
      'Heat maps and score trends: every assessment is kept as a dated row',
      'Treatment (avoid, mitigate, transfer, accept) with actions, owners and due dates',
    ],
    existing: ({ counts }) =>
      counts.openRisks > 0 ? `This workspace already holds ${plural(counts.openRisks, 'open risk')}; they will be listed and mapped here.` : null,
  },
  reviews: {
    summary: 'The "my reviews" inbox: what is due or overdue for review, and the record of every review done.',
    features: [
      'Due and overdue reviews of services, SLAs and risks, for you and for everyone',
      'Recording a review: reviewer, outcome, notes and the next date',
      'Risk acceptances and re-scores sent to an approver',
      'Treatment and improvement actions tracked to done',
    ],
    existing: ({ reviews, counts }) => {
      const parts: string[] = [];
      if (reviews.overdue + reviews.dueSoon > 0) {
        parts.push(`${plural(reviews.overdue, 'review')} overdue and ${reviews.dueSoon} due within 30 days (the dashboard lists them today)`);
      }
      if (counts.openActions > 0) parts.push(`${plural(counts.openActions, 'open action')}, ${counts.overdueActions} overdue`);
      return parts.length ? `This workspace has ${parts.join('; ')}.` : null;
    },
  },
};
