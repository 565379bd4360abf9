import type { AppetiteStatus } from '../../../../../shared/api/risk-acceptance-api';

/** How each appetite status is named and coloured wherever it appears. */
export const APPETITE_STATUS: Record<AppetiteStatus, { label: string; color: string }> = {
  'not-scored': { label: 'Not assessed', color: 'gray' },
  within: { label: 'Within appetite', color: 'teal' },
  untreated: { label: 'Needs treatment', color: 'red' },
  treating: { label: 'Being treated', color: 'blue' },
  'awaiting-approval': { label: 'Acceptance needs approval', color: 'orange' },
  accepted: { label: 'Acceptance approved', color: 'grape' },
};
