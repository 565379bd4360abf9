import type Database from 'better-sqlite3';
import type { ServiceCreateInput } from '../../../shared/api/services-api';
import { cadenceFor } from '../../../shared/domain/review-policy';
import { addMonths } from '../../../shared/domain/review-dates';
import { getPolicy } from '../reviews/review-policy-repository';

/**
 * A new service's first review, when its creator left the date open: one cadence of its tier
 * after today, as the review policy sets it (a Tier 1 service is reviewed within three months by
 * default, not "not planned"). The date is stored like any other and never recomputed later;
 * a date the creator gave is kept, and a retired service plans no review.
 */
export function withFirstReviewFromPolicy(db: Database.Database, input: ServiceCreateInput, today: string): ServiceCreateInput {
  if (input.nextReviewDate || input.lifecycle === 'retired') return input;
  const months = cadenceFor(getPolicy(db), { kind: 'service', tier: input.criticality });
  return { ...input, nextReviewDate: addMonths(today, months) };
}
