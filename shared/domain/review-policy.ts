// The review policy: how often each kind of subject is reviewed, who reviews, when it shows as
// due soon and escalates, and which outcomes need someone else's approval. Stored in the
// workspace (table review_policy); these are the defaults a small team accepts on day one.

/** Subjects that get reviewed. Checked in code (and by the review_subject_kinds table), never by a CHECK. */
export const REVIEW_SUBJECT_KINDS = ['risk', 'sla', 'service', 'supplier'] as const;
export type ReviewSubjectKind = (typeof REVIEW_SUBJECT_KINDS)[number];

export const SUBJECT_KIND_LABELS: Record<ReviewSubjectKind, string> = { risk: 'Risk', sla: 'SLA', service: 'Service', supplier: 'Supplier' };

/** Outcomes a review may record, per kind of subject. `accepted` carries an "accepted until" date. */
export const REVIEW_OUTCOMES = {
  risk: ['still_valid', 'rescored', 'treatment_changed', 'accepted'],
  // `confirmed` and `changed` are the outcomes SLA reviews recorded before this workflow; kept as they are.
  sla: ['confirmed', 'changed', 'improvement_raised'],
  service: ['still_valid', 'changes_needed'],
  supplier: ['targets_met', 'changes_agreed', 'improvement_raised'],
} as const satisfies Record<ReviewSubjectKind, readonly string[]>;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[ReviewSubjectKind][number];

export const OUTCOME_LABELS: Record<string, string> = {
  still_valid: 'Still valid',
  rescored: 'Re-scored',
  treatment_changed: 'Treatment changed',
  accepted: 'Accepted until …',
  confirmed: 'Targets met / confirmed',
  changed: 'Changes agreed',
  improvement_raised: 'Improvement raised',
  changes_needed: 'Changes needed',
  targets_met: 'Targets met',
  changes_agreed: 'Changes agreed',
};

/** Who may approve: a named person, or anyone whose role matches (e.g. "Head of IT"). */
export interface ApproverRule {
  personId: number | null;
  role: string | null;
}

/**
 * Who reviews a kind of subject: its owner (the default; an SLA's service owner, a supplier's
 * manager), one named person, or anyone holding a role (e.g. "Head of IT"). The person and role
 * are matched exactly as an approver's are (`fitsRule`: the role compared case-insensitively).
 */
export interface ReviewerRule extends ApproverRule {
  by: 'owner' | 'person' | 'role';
}

export const OWNER_REVIEWS: ReviewerRule = { by: 'owner', personId: null, role: null };

export interface KindRule {
  /** Months between reviews (for risks: when the band has no cadence of its own; for services: when the tier has none). */
  cadenceMonths: number;
  /** Shows as "due soon" this many days before the due date. */
  dueSoonDays: number;
  /** Escalates to the approver this many days after the due date. */
  escalateAfterDays: number;
  /** Outcomes that wait for an approver before they count. */
  approvalFor: string[];
  approver: ApproverRule;
  /** Who reviews; the owner unless the policy names a person or a role. */
  reviewer: ReviewerRule;
}

export interface ReviewPolicy {
  risk: KindRule & { cadenceByBand: Record<string, number> };
  sla: KindRule;
  service: KindRule & { cadenceByTier: Record<'1' | '2' | '3' | '4', number> };
  supplier: KindRule;
  /** A risk accepted at review always has an expiry, at most this many months after the review. */
  acceptance: { maxMonths: number };
}

const noApprover: ApproverRule = { personId: null, role: 'Head of IT' };

export const DEFAULT_REVIEW_POLICY: ReviewPolicy = {
  risk: {
    cadenceMonths: 12,
    cadenceByBand: { Critical: 1, High: 3, Medium: 6, Low: 12 },
    dueSoonDays: 14,
    escalateAfterDays: 14,
    approvalFor: ['accepted'],
    approver: noApprover,
    reviewer: OWNER_REVIEWS,
  },
  sla: { cadenceMonths: 12, dueSoonDays: 30, escalateAfterDays: 30, approvalFor: ['changed'], approver: noApprover, reviewer: OWNER_REVIEWS },
  service: {
    cadenceMonths: 12,
    cadenceByTier: { '1': 3, '2': 6, '3': 12, '4': 12 },
    dueSoonDays: 30,
    escalateAfterDays: 30,
    approvalFor: [],
    approver: noApprover,
    reviewer: OWNER_REVIEWS,
  },
  supplier: { cadenceMonths: 12, dueSoonDays: 30, escalateAfterDays: 30, approvalFor: ['changes_agreed'], approver: noApprover, reviewer: OWNER_REVIEWS },
  acceptance: { maxMonths: 12 },
};

/**
 * A stored policy as this version reads it: policies saved before reviewer rules existed have
 * none, and their reviews stay with the owners (what they did then).
 */
export function withReviewerRules(policy: ReviewPolicy): ReviewPolicy {
  const next = structuredClone(policy);
  for (const kind of REVIEW_SUBJECT_KINDS) next[kind].reviewer ??= { ...OWNER_REVIEWS };
  return next;
}

/** Two reviewer rules that pick the same people. */
export function sameReviewerRule(a: ReviewerRule, b: ReviewerRule): boolean {
  if (a.by !== b.by) return false;
  if (a.by === 'person') return a.personId === b.personId;
  if (a.by === 'role') return (a.role ?? '').trim().toLowerCase() === (b.role ?? '').trim().toLowerCase();
  return true;
}

/** What decides a subject's cadence: a risk's band name, a service's tier. */
export interface CadenceBasis {
  kind: ReviewSubjectKind;
  band?: string | null;
  tier?: number | null;
}

/** Months between reviews of a subject under the policy. */
export function cadenceFor(policy: ReviewPolicy, basis: CadenceBasis): number {
  if (basis.kind === 'risk' && basis.band) {
    const entry = Object.entries(policy.risk.cadenceByBand).find(([name]) => name.toLowerCase() === basis.band!.toLowerCase());
    if (entry) return entry[1];
  }
  if (basis.kind === 'service' && basis.tier) {
    const tier = policy.service.cadenceByTier[String(basis.tier) as '1'];
    if (tier) return tier;
  }
  return policy[basis.kind].cadenceMonths;
}

/** Whether an outcome of a kind waits for approval under the policy. */
export function needsApproval(policy: ReviewPolicy, kind: ReviewSubjectKind, outcome: string): boolean {
  return policy[kind].approvalFor.includes(outcome);
}

export interface PolicyProblem {
  field: string;
  message: string;
}

const KIND_WORDS: Record<ReviewSubjectKind, string> = { risk: 'Risk reviews', sla: 'SLA reviews', service: 'Service reviews', supplier: 'Supplier reviews' };

function checkMonths(problems: PolicyProblem[], field: string, what: string, months: number): void {
  if (!Number.isInteger(months) || months < 1)
    problems.push({ field, message: `${what}: the cadence must be at least 1 month (${months} would never plan a review).` });
  else if (months > 120) problems.push({ field, message: `${what}: the cadence must be at most 120 months.` });
}

function checkDays(problems: PolicyProblem[], field: string, what: string, days: number): void {
  if (!Number.isInteger(days) || days < 0 || days > 365) problems.push({ field, message: `${what}: must be a whole number of days from 0 to 365.` });
}

/** Every problem of a policy, each naming its field, in reading order; empty when it can be saved. */
export function policyProblems(policy: ReviewPolicy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  for (const kind of REVIEW_SUBJECT_KINDS) {
    const rule = policy[kind];
    const words = KIND_WORDS[kind];
    if (kind === 'risk') {
      for (const [band, months] of Object.entries(policy.risk.cadenceByBand))
        checkMonths(problems, `risk.cadenceByBand.${band}`, `${words}, ${band} band`, months);
    }
    if (kind === 'service') {
      for (const [tier, months] of Object.entries(policy.service.cadenceByTier))
        checkMonths(problems, `service.cadenceByTier.${tier}`, `${words}, tier ${tier}`, months);
    }
    checkMonths(
      problems,
      `${kind}.cadenceMonths`,
      kind === 'risk' ? `${words}, other bands and unscored risks` : kind === 'service' ? `${words}, other tiers` : words,
      rule.cadenceMonths,
    );
    checkDays(problems, `${kind}.dueSoonDays`, `${words}, due soon`, rule.dueSoonDays);
    checkDays(problems, `${kind}.escalateAfterDays`, `${words}, escalate after`, rule.escalateAfterDays);
    const allowed = REVIEW_OUTCOMES[kind] as readonly string[];
    const unknown = rule.approvalFor.filter((outcome) => !allowed.includes(outcome));
    if (unknown.length)
      problems.push({
        field: `${kind}.approvalFor`,
        message: `${words}, approval for: "${unknown.join('", "')}" is not an outcome of this kind (${allowed.join(', ')}).`,
      });
    if (rule.approvalFor.length && rule.approver.personId === null && !rule.approver.role) {
      problems.push({ field: `${kind}.approver`, message: `${words}, approver: outcomes need approval, so name a person or a role who approves.` });
    }
    const reviewer = rule.reviewer;
    if (reviewer.by === 'person' && reviewer.personId === null) {
      problems.push({ field: `${kind}.reviewer`, message: `${words}, reviewer: choose the person who reviews them.` });
    }
    if (reviewer.by === 'role' && !reviewer.role?.trim()) {
      problems.push({
        field: `${kind}.reviewer`,
        message: `${words}, reviewer: the role is empty; name the role whose holders review them (e.g. Head of IT).`,
      });
    }
  }
  checkMonths(problems, 'acceptance.maxMonths', 'Risk acceptance, longest acceptance', policy.acceptance.maxMonths);
  return problems;
}
