import { DEFAULT_RISK_MATRIX, band, score } from '../../shared/domain/risk-matrix';

/** A likelihood and an impact on the default 5×5 matrix (1–5 each). */
export type Score = readonly [likelihood: number, impact: number];

export interface DemoRisk {
  /** A readable key the actions refer to; codes RSK-001… follow the order of the list. */
  key: string;
  title: string;
  category: 'Availability' | 'Security' | 'Supplier' | 'Capacity' | 'Compliance' | 'People' | 'Data';
  owner: string;
  supplier?: string;
  services: string[];
  cause: string;
  event: string;
  consequence: string;
  controls: string;
  treatment: 'avoid' | 'mitigate' | 'transfer' | 'accept' | null;
  rationale: string;
  status: 'identified' | 'assessed' | 'treating' | 'monitored' | 'closed';
  /** The latest assessment; earlier ones are derived from the trend. */
  inherent: Score;
  residual: Score;
  target: Score | null;
  trend: 'improving' | 'worsening' | 'stable';
  assessments: 2 | 3 | 4 | 5;
  /** Days from now of the next review; null for closed risks. */
  nextReviewIn: number | null;
  /** Days ago of the latest assessment, for closed risks (open ones follow from the cadence). */
  closedDaysAgo?: number;
  /** Why the latest assessment scored what it did. */
  note: string;
}

/** The score of a position on the default matrix (the workspace's matrix version 1). */
export function scoreOf([likelihood, impact]: Score): number {
  return score(DEFAULT_RISK_MATRIX, likelihood, impact);
}

/** The band of a position on the default matrix, in lower case: low, medium, high or critical. */
export function bandOf([likelihood, impact]: Score): 'low' | 'medium' | 'high' | 'critical' {
  return band(DEFAULT_RISK_MATRIX, likelihood, impact).name.toLowerCase() as 'low' | 'medium' | 'high' | 'critical';
}

/** How often a risk in each band is reviewed, in days. */
export const reviewCadenceDays = { critical: 60, high: 90, medium: 180, low: 365 } as const;
