import type Database from 'better-sqlite3';
import type { ExportFile, ImportKind, ImportRowError } from '../../shared/api/catalogue-io-api';
import type { ColumnMapping } from '../../shared/import/column-mapping';
import { planMeasurementsImport } from './measurements-import';
import { planOutagesImport } from './outages-import';
import { readTable } from './read-table';
import { planRisksImport } from './risks-import';
import { planServicesImport } from './services-import';
import { writeTable } from './write-table';

export interface ProblemRowsInput {
  kind: ImportKind;
  fileName: string;
  contentBase64: string;
  mapping?: ColumnMapping | undefined;
  problems?: ImportRowError[] | undefined;
  ratingMap?: { likelihood?: Record<string, number | null> | undefined; impact?: Record<string, number | null> | undefined } | undefined;
}

/** Every problem of every row, from the importer's full plan (a preview may list only the first problems). */
async function allRowErrors(db: Database.Database, input: ProblemRowsInput, today: string): Promise<ImportRowError[]> {
  const file = { fileName: input.fileName, contentBase64: input.contentBase64, mapping: input.mapping };
  switch (input.kind) {
    case 'services':
      return (await planServicesImport(db, file)).rows.flatMap((row) => row.errors);
    case 'risks':
      return (await planRisksImport(db, { ...file, ratingMap: input.ratingMap }, today)).rows.flatMap((row) => row.errors);
    case 'measurements':
      return (await planMeasurementsImport(db, file, today)).rows.flatMap((planned) => planned.row.errors);
    case 'outages':
      return (await planOutagesImport(db, file, today)).rows.flatMap((planned) => planned.row.errors);
  }
}

/**
 * The rows the import would skip, in the file's own columns plus "Problem" (every problem of the
 * row, with its column), so they can be fixed in a spreadsheet and imported again. Rows keep their
 * order; "Row" says where each was in the original file.
 */
export async function problemRowsFile(db: Database.Database, input: ProblemRowsInput, today: string): Promise<ExportFile & { rows: number }> {
  const errors = input.problems ?? (await allRowErrors(db, input, today));
  const problemsOf = new Map<number, string[]>();
  for (const error of errors) {
    const list = problemsOf.get(error.row) ?? [];
    list.push(error.column ? `${error.column}: ${error.message}` : error.message);
    problemsOf.set(error.row, list);
  }
  const table = await readTable(input.fileName, Buffer.from(input.contentBase64, 'base64'));
  const rows = table.rows
    .filter((row) => problemsOf.has(row.rowNumber))
    .map((row) => [...row.cells, problemsOf.get(row.rowNumber)!.join('; '), String(row.rowNumber)]);
  const baseName = `${input.fileName.replace(/\.[^.]+$/, '')}-problems`;
  const file = await writeTable('csv', baseName, [...table.headers, 'Problem', 'Row in original file'], rows);
  return { ...file, rows: rows.length };
}
