import { z } from 'zod';
import { defineMethod } from './define-method';
import { idSchema, isoDate, requiredText } from './common-schemas';
import type { AppetiteStatus } from '../domain/risk-appetite';
import type { ScoredRiskPosition } from './risks-api';
import { RISK_READS } from './data-domains';

export type { AppetiteStatus };

/** One approval of a risk's acceptance above the appetite. */
export interface RiskAcceptance {
  id: number;
  approverId: number;
  approverName: string;
  approvedOn: string;
  expiresOn: string | null;
  rationale: string;
  /** The residual position approved, scored on the matrix version it was approved on. */
  approvedPosition: ScoredRiskPosition | null;
  matrixVersion: number;
  revokedOn: string | null;
  revokeReason: string | null;
}

/** Where a risk stands against the appetite, and every approval it has had. */
export interface RiskAppetiteInfo {
  riskId: number;
  code: string;
  status: AppetiteStatus;
  /** One sentence a risk owner can act on. */
  reason: string;
  /** The approval in force (not revoked), even when it has lapsed; null when none. */
  current: RiskAcceptance | null;
  /** Newest first, revoked ones included. */
  history: RiskAcceptance[];
}

export const approveAcceptanceSchema = z
  .object({
    riskId: idSchema,
    /** Who approves; the person chosen as "I am" when left out. */
    approverId: idSchema.optional(),
    /** Today when left out; never in the future. */
    approvedOn: isoDate.optional(),
    /** When the acceptance must be decided again; must be after the approval. */
    expiresOn: isoDate.nullable().optional(),
    rationale: requiredText(5000),
  })
  .strict()
  .refine((value) => !value.expiresOn || !value.approvedOn || value.expiresOn > value.approvedOn, {
    message: 'must be after the approval date',
    path: ['expiresOn'],
  });

export type ApproveAcceptanceInput = z.output<typeof approveAcceptanceSchema>;

export const riskAcceptanceApi = {
  'risks.appetite': defineMethod<RiskAppetiteInfo>()({
    input: z.object({ riskId: idSchema }).strict(),
    effect: 'read',
    domains: RISK_READS,
    summary: 'Where a risk stands against the risk appetite (within, treating, accepted, awaiting approval…) and its acceptance approvals.',
  }),
  'risks.approveAcceptance': defineMethod<RiskAppetiteInfo>()({
    input: approveAcceptanceSchema,
    effect: 'write',
    domains: ['risks', 'reviews'],
    summary:
      'Approve accepting a risk above the appetite (treatment must be accept): approver, date, optional expiry and rationale; replaces the approval in force.',
  }),
  'risks.revokeAcceptance': defineMethod<RiskAppetiteInfo>()({
    input: z.object({ riskId: idSchema, reason: requiredText(2000) }).strict(),
    effect: 'write',
    domains: ['risks', 'reviews'],
    summary: 'Revoke the approval in force; the row is kept with the date and reason.',
  }),
};
