import { z } from 'zod';
import { defineMethod } from './define-method';
import type { ColumnMapping } from '../import/column-mapping';
import type { ValueReadAs, ValueReadAsSummary } from '../import/values-read-as';
import { NO_DOMAIN, SERVICE_READS } from './data-domains';

/** One problem in one row of an import file. Row numbers are the file's (the header is row 1). */
export interface ImportRowError {
  row: number;
  /** The file's column header, when the problem is in one cell. */
  column: string | null;
  field: string;
  message: string;
}

export interface ImportFieldInfo {
  key: string;
  label: string;
  required: boolean;
  hint: string;
}

export interface ImportPreview {
  fileName: string;
  columns: string[];
  mapping: ColumnMapping;
  fields: ImportFieldInfo[];
  /** Problems with the mapping itself; while there are any, no row is checked. */
  mappingProblems: string[];
  /** The file's columns the import does not read, by header: their cells are not imported. */
  ignoredColumns: string[];
  /** What the import does with the mapped columns beyond reading them, in words (a position copied from another, a rating only checked). */
  mappingNotes: string[];
  rowCount: number;
  validCount: number;
  errors: ImportRowError[];
  /** Owners the workspace does not know yet; the import creates them as people. */
  newOwners: string[];
  /** Words read as a field's value by synonym ("decommissioned" → retired), with how many rows use each. */
  valuesReadAs: ValueReadAsSummary[];
  /** The first rows as they would be imported; `readAs` says which of their words were read by synonym. */
  sample: Array<{ row: number; code: string; name: string; lifecycle: string; readAs: ValueReadAs[]; owner: string | null; dependsOn: string[] }>;
}

export interface ImportResult {
  created: number;
  skipped: number;
  newPeople: string[];
  errors: ImportRowError[];
}

export const importFileInput = z
  .object({
    fileName: z.string().trim().min(1, 'is required').max(255),
    contentBase64: z.string().max(96 * 1024 * 1024, 'is too large: import files up to 72 MB'),
    mapping: z.record(z.string(), z.string().nullable()).optional(),
  })
  .strict();

/** What every import's parse reads: the file and its column mapping. */
export type ImportFileInput = z.output<typeof importFileInput>;

export const progressIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8 to 64 letters, digits, - or _');

export const importRunInput = importFileInput
  .extend({
    /** all-or-nothing: any bad row stops the import; valid-rows: bad rows (and rows needing them) are skipped. */
    mode: z.enum(['all-or-nothing', 'valid-rows']).default('all-or-nothing'),
    /** A name the caller chose for this run, to ask `imports.progress` how far it has got while it runs. */
    progressId: progressIdSchema.optional(),
  })
  .strict();

/** How far a running import has got: what `imports.progress` answers while it runs, and once after. */
export interface ImportProgress {
  /** reading: decoding and parsing the file; checking: every row against the workspace; writing: the rows, in one transaction; done / failed: over. */
  phase: 'reading' | 'checking' | 'writing' | 'done' | 'failed';
  /** Rows written so far (writing), or the rows read (checking and after). */
  done: number;
  /** Rows the file has (known from checking on), else null. */
  total: number | null;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

/** Every importer: the shared import flow offers the rows it skipped as a file to fix and import again. */
export const IMPORT_KINDS = ['services', 'risks', 'measurements', 'outages'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const catalogueIoApi = {
  'imports.progress': defineMethod<ImportProgress | null>()({
    input: z.object({ progressId: progressIdSchema }).strict(),
    // Answered even while an import holds the workspace: it reads no table, only the import's own counter.
    effect: 'app',
    domains: NO_DOMAIN,
    summary: 'How far the import run with this progressId has got (phase, rows done, rows in all); null when no such run is known.',
  }),
  'imports.problemRows': defineMethod<ExportFile & { rows: number }>()({
    input: importFileInput
      .extend({
        kind: z.enum(IMPORT_KINDS, { error: 'must be services, risks, measurements or outages' }),
        // The risk import's rating choices, so the same rows are found to have problems as in its preview.
        /**
         * The problems as found before an import: after it, the imported rows are in the workspace and
         * a fresh check would count them as duplicates, so the done step passes what it was told.
         */
        problems: z
          .array(z.object({ row: z.number().int().min(1), column: z.string().nullable(), field: z.string(), message: z.string().max(2000) }).strict())
          .max(200_000)
          .optional(),
        ratingMap: z
          .object({
            likelihood: z.record(z.string(), z.number().int().nullable()).optional(),
            impact: z.record(z.string(), z.number().int().nullable()).optional(),
          })
          .strict()
          .optional(),
      })
      .strict(),
    effect: 'read',
    domains: NO_DOMAIN,
    summary: 'The rows of an import file that have problems, as a CSV with the original columns and a Problem column, to fix and import again.',
  }),
  'services.importPreview': defineMethod<ImportPreview>()({
    input: importFileInput,
    effect: 'read',
    domains: ['services', 'people', 'suppliers'],
    summary: 'Read a CSV or XLSX file, map its columns and report every row problem; writes nothing.',
  }),
  'services.import': defineMethod<ImportResult>()({
    input: importRunInput,
    effect: 'import',
    domains: ['services', 'people'],
    summary: 'Import services from CSV or XLSX in one transaction; all-or-nothing unless asked to skip bad rows.',
  }),
  'services.export': defineMethod<ExportFile>()({
    input: z.object({ format: z.enum(['csv', 'xlsx'], { error: 'must be csv or xlsx' }) }).strict(),
    effect: 'read',
    domains: SERVICE_READS,
    summary: 'The whole catalogue as CSV or XLSX, in the import’s column layout, formulas neutralised.',
  }),
};
