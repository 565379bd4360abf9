import type { SlaReviewOutcome } from '../../../../../shared/api/sla-reviews-api';

/** The two outcomes of an SLA review, as the person choosing reads them. */
export const OUTCOME_LABEL: Record<SlaReviewOutcome, string> = {
  confirmed: 'Confirmed: the targets stay as agreed',
  changed: 'Changed: the targets are to be renegotiated',
};

/** Short words for a table cell; stored outcomes from older data are shown as they are. */
export function outcomeShort(outcome: string): string {
  if (outcome === 'confirmed') return 'Targets confirmed';
  if (outcome === 'changed') return 'Targets to change';
  return outcome;
}
