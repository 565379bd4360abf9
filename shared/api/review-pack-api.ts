import { z } from 'zod';
import { defineMethod } from './define-method';
import { idSchema } from './common-schemas';
import type { ExportFile } from './catalogue-io-api';
import { EVERY_DOMAIN, NO_DOMAIN } from './data-domains';

export const PACK_FORMATS = ['pdf', 'docx', 'xlsx'] as const;
export type PackFormat = (typeof PACK_FORMATS)[number];
export const PAPER_SIZES = ['A4', 'LETTER'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export interface PackFile extends ExportFile {
  sha256: string;
}

export interface PackVerification {
  valid: boolean;
  /** One sentence: which review, or why not. */
  message: string;
  format: PackFormat | null;
  reviewId: number | null;
  reviewTitle: string | null;
  snapshotSha256: string | null;
}

export const reviewPackApi = {
  'managementReviews.pack': defineMethod<PackFile>()({
    input: z
      .object({
        id: idSchema,
        format: z.enum(PACK_FORMATS, { error: 'must be pdf, docx or xlsx' }),
        paper: z.enum(PAPER_SIZES, { error: 'must be A4 or LETTER' }).default('A4'),
      })
      .strict(),
    effect: 'read',
    domains: EVERY_DOMAIN,
    summary: 'The review pack as PDF, Word or Excel; a held review gives the same bytes every time.',
  }),
  'managementReviews.verifyPack': defineMethod<PackVerification>()({
    input: z
      .object({ fileName: z.string().max(255).default('pack'), contentBase64: z.string({ error: 'is required' }).max(96 * 1024 * 1024, 'is too large') })
      .strict(),
    effect: 'app',
    domains: NO_DOMAIN,
    summary: 'Say whether a file is an unmodified review pack, and of which review.',
  }),
};
