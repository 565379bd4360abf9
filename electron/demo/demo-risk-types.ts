/** A likelihood and an impact on the 5×5 matrix (1–5 each). */
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

/** The product score rule of the default 5×5 matrix. */
export function scoreOf([likelihood, impact]: Score): number {
  return likelihood * impact;
}

/** Bands of the default matrix: low 1–4, medium 5–9, high 10–16, critical 20–25. */
export function bandOf(score: number): 'low' | 'medium' | 'high' | 'critical' {
  if (score >= 20) return 'critical';
  if (score >= 10) return 'high';
  if (score >= 5) return 'medium';
  return 'low';
}

/** How often a risk in each band is reviewed, in days. */
export const reviewCadenceDays = { critical: 60, high: 90, medium: 180, low: 365 } as const;
