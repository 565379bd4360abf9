import { z } from 'zod';
import { defineMethod } from './define-method';
import { importFileInput, importRunInput, type ExportFile, type ImportResult } from './catalogue-io-api';
import { MAX_LEVELS } from '../domain/risk-matrix';
import type { RiskImportPreview } from '../import/risk-import-fields';
import { riskFilterSchema } from './risks-api';
import { RISK_READS } from './data-domains';

const level = z
  .number({ error: 'must be a level number' })
  .int('must be a whole level')
  .min(1, 'must be at least 1')
  .max(MAX_LEVELS, `must be at most ${MAX_LEVELS}`);

/** Rating texts confirmed or corrected by the user: text (any case) → level, or null to leave it unmapped. */
const ratingMapInput = z
  .object({
    likelihood: z.record(z.string(), level.nullable()).optional(),
    impact: z.record(z.string(), level.nullable()).optional(),
  })
  .strict();

/** risks.importPreview: the file, an optional column mapping and the user's rating choices. */
export const riskImportFileInput = importFileInput.extend({ ratingMap: ratingMapInput.optional() }).strict();
/** risks.import: as the preview, plus all-or-nothing or valid rows only. */
export const riskImportRunInput = importRunInput.extend({ ratingMap: ratingMapInput.optional() }).strict();
export type RiskImportFileInput = z.output<typeof riskImportFileInput>;

/** Import and export of the register (the CLI's import/export risks use these). */
export const risksIoApi = {
  'risks.importPreview': defineMethod<RiskImportPreview>()({
    input: riskImportFileInput,
    effect: 'read',
    domains: ['risks', 'riskMatrix', 'people', 'services', 'suppliers'],
    summary: 'Read a risk register (CSV or XLSX): columns, rating texts mapped to levels, per-row problems; writes nothing.',
  }),
  'risks.import': defineMethod<ImportResult>()({
    input: riskImportRunInput,
    effect: 'import',
    domains: ['risks', 'people'],
    summary: 'Import risks in one transaction, creating unknown owners; all-or-nothing unless asked to skip bad rows.',
  }),
  'risks.export': defineMethod<ExportFile>()({
    input: z.object({ format: z.enum(['csv', 'xlsx'], { error: 'must be csv or xlsx' }), filter: riskFilterSchema.optional() }).strict(),
    effect: 'read',
    domains: RISK_READS,
    summary: 'The risk register as CSV or XLSX in the import’s column layout, formulas neutralised.',
  }),
};
