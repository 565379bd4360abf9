import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_POLICY, cadenceFor, needsApproval, policyProblems, sameReviewerRule, withReviewerRules, type ReviewPolicy } from './review-policy';

const copy = (): ReviewPolicy => structuredClone(DEFAULT_REVIEW_POLICY);

describe('review policy', () => {
  it('defaults: Critical monthly, High quarterly, Medium six-monthly, Low yearly; SLA and supplier yearly; tier 1 services quarterly', () => {
    expect(cadenceFor(DEFAULT_REVIEW_POLICY, { kind: 'risk', band: 'Critical' })).toBe(1);
    expect(cadenceFor(DEFAULT_REVIEW_POLICY, { kind: 'risk', band: 'high' })).toBe(3);
    expect(cadenceFor(DEFAULT_REVIEW_POLICY, { kind: 'risk', band: 'Medium' })).toBe(6);
    expect(cadenceFor(DEFAULT_REVIEW_POLICY, { kind: 'risk', band: 'Low' })).toBe(12);
    expect(cadenceFor(DEFAULT_REVIEW_POLICY, { kind: 'risk', band: null })).toBe(12);
    expect(cadenceFor(DEFAULT_REVIEW_POLICY, { kind: 'sla' })).toBe(12);
    expect(cadenceFor(DEFAULT_REVIEW_POLICY, { kind: 'supplier' })).toBe(12);
    expect(cadenceFor(DEFAULT_REVIEW_POLICY, { kind: 'service', tier: 1 })).toBe(3);
    expect(cadenceFor(DEFAULT_REVIEW_POLICY, { kind: 'service', tier: 4 })).toBe(12);
    expect(policyProblems(DEFAULT_REVIEW_POLICY)).toEqual([]);
  });
  it('accepting a risk needs approval by default; re-scoring does not', () => {
    expect(needsApproval(DEFAULT_REVIEW_POLICY, 'risk', 'accepted')).toBe(true);
    expect(needsApproval(DEFAULT_REVIEW_POLICY, 'risk', 'rescored')).toBe(false);
  });
  it('refuses a zero cadence, naming the field', () => {
    const policy = copy();
    policy.risk.cadenceByBand.High = 0;
    expect(policyProblems(policy)).toEqual([
      { field: 'risk.cadenceByBand.High', message: 'Risk reviews, High band: the cadence must be at least 1 month (0 would never plan a review).' },
    ]);
    const sla = copy();
    sla.sla.cadenceMonths = 0;
    expect(policyProblems(sla)[0]!.field).toBe('sla.cadenceMonths');
  });
  it('refuses approval without an approver and outcomes of another kind', () => {
    const policy = copy();
    policy.sla.approver = { personId: null, role: null };
    policy.service.approvalFor = ['accepted'];
    expect(policyProblems(policy).map((p) => p.field)).toEqual(['sla.approver', 'service.approvalFor']);
  });
  it('the owner reviews by default; a reviewer rule names a person or a non-empty role', () => {
    expect(DEFAULT_REVIEW_POLICY.supplier.reviewer).toEqual({ by: 'owner', personId: null, role: null });
    const policy = copy();
    policy.risk.reviewer = { by: 'person', personId: null, role: null };
    policy.supplier.reviewer = { by: 'role', personId: null, role: ' ' };
    expect(policyProblems(policy)).toEqual([
      { field: 'risk.reviewer', message: 'Risk reviews, reviewer: choose the person who reviews them.' },
      { field: 'supplier.reviewer', message: 'Supplier reviews, reviewer: the role is empty; name the role whose holders review them (e.g. Head of IT).' },
    ]);
  });
  it('compares reviewer rules as they pick people, and reads old policies as "the owner reviews"', () => {
    expect(sameReviewerRule({ by: 'role', personId: null, role: 'Head of IT' }, { by: 'role', personId: 3, role: ' head of it' })).toBe(true);
    expect(sameReviewerRule({ by: 'person', personId: 1, role: null }, { by: 'person', personId: 2, role: null })).toBe(false);
    expect(sameReviewerRule({ by: 'owner', personId: null, role: null }, { by: 'person', personId: 2, role: null })).toBe(false);
    const old = copy() as unknown as Record<string, Record<string, unknown>>;
    delete old.sla!.reviewer;
    expect(withReviewerRules(old as unknown as ReviewPolicy).sla.reviewer.by).toBe('owner');
  });
});
