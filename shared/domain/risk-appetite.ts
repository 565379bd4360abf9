/**
 * Where a risk stands against the risk appetite (ISO/IEC 20000-1 6.1): a risk whose residual
 * position is above the appetite needs treatment or an acceptance approved by someone with the
 * authority to accept it. An approval covers the position it was given for: it lapses when it
 * expires, when the residual score rises above the approved one, or when the matrix changes
 * (scales and bands then mean something else, so the decision has to be taken again).
 */

export type AppetiteStatus = 'not-scored' | 'within' | 'untreated' | 'treating' | 'awaiting-approval' | 'accepted';

export type Treatment = 'avoid' | 'mitigate' | 'transfer' | 'accept';

/** The approval in force, as the rule needs it. */
export interface ApprovalCoverage {
  /** The approved residual position scored on the current matrix; null when the matrix changed since. */
  approvedScore: number | null;
  approvedOn: string;
  expiresOn: string | null;
}

export interface AppetiteInput {
  residualScore: number | null;
  exceedsAppetite: boolean;
  treatment: Treatment | null;
  approval: ApprovalCoverage | null;
  today: string;
}

export interface AppetiteVerdict {
  status: AppetiteStatus;
  /** One sentence a risk owner can act on. */
  reason: string;
}

/** Why an approval no longer covers the risk, or null when it does. */
export function approvalLapse(approval: ApprovalCoverage, residualScore: number, today: string): string | null {
  if (approval.approvedScore === null) return 'The risk matrix changed after the acceptance was approved.';
  if (approval.expiresOn !== null && approval.expiresOn < today) return `The approved acceptance expired on ${approval.expiresOn}.`;
  if (residualScore > approval.approvedScore)
    return `The residual score rose to ${residualScore} after an acceptance at ${approval.approvedScore} was approved.`;
  return null;
}

export function appetiteVerdict(input: AppetiteInput): AppetiteVerdict {
  const { residualScore, exceedsAppetite, treatment, approval, today } = input;
  if (residualScore === null) return { status: 'not-scored', reason: 'The residual risk has not been assessed yet.' };
  if (!exceedsAppetite) return { status: 'within', reason: 'The residual risk is within the risk appetite.' };
  if (treatment === null) return { status: 'untreated', reason: 'Above the risk appetite with no treatment chosen: treat it or have its acceptance approved.' };
  if (treatment !== 'accept') return { status: 'treating', reason: `Above the risk appetite; the chosen treatment is to ${treatment} it.` };
  if (approval === null) return { status: 'awaiting-approval', reason: 'Above the risk appetite and to be accepted: the acceptance needs approval.' };
  const lapse = approvalLapse(approval, residualScore, today);
  if (lapse) return { status: 'awaiting-approval', reason: `${lapse} The acceptance needs approval again.` };
  return {
    status: 'accepted',
    reason: `Above the risk appetite; acceptance approved on ${approval.approvedOn}${approval.expiresOn ? ` until ${approval.expiresOn}` : ''}.`,
  };
}
