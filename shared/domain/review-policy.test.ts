import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_POLICY, cadenceFor, needsApproval, policyProblems, type ReviewPolicy } from './review-policy';

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
});
