import type { ReviewPolicy, ReviewSubjectKind } from '../../../../../shared/domain/review-policy';

/** A copy of the policy with one value changed at a dotted path ("risk.cadenceByBand.High"). */
export function setAt(policy: ReviewPolicy, path: string, value: unknown): ReviewPolicy {
  const next = structuredClone(policy) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let target = next;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys[keys.length - 1]!] = value;
  return next as unknown as ReviewPolicy;
}

/** The policy's risk cadences for the matrix's bands (a band the policy does not name gets the default cadence). */
export function withBands(policy: ReviewPolicy, bands: string[]): ReviewPolicy {
  const cadenceByBand: Record<string, number> = {};
  for (const band of bands) cadenceByBand[band] = policy.risk.cadenceByBand[band] ?? policy.risk.cadenceMonths;
  return { ...policy, risk: { ...policy.risk, cadenceByBand } };
}

export const KIND_TITLES: Record<ReviewSubjectKind, string> = { risk: 'Risks', sla: 'SLAs', service: 'Services', supplier: 'Suppliers and contracts' };
