import { AppError } from '../../shared/api/errors';
import { reportFileRead, type ProgressReporter } from './import-progress';
import type { ImportRowError } from '../../shared/api/catalogue-io-api';
import type { ImportPreviewBase } from '../../shared/api/sla-io-api';
import { autoMapColumns, ignoredColumns, mappingProblems, type ColumnMapping, type ImportField } from '../../shared/import/column-mapping';
import { restoreNeutralisedFormula } from '../../shared/domain/formula-cells';
import { readTable, unreadableRowError } from './read-table';

/** A file row as text cells keyed by field, with its number in the file and its problems. */
export interface MappedRow<K extends string> {
  rowNumber: number;
  cells: Partial<Record<K, string>>;
  errors: ImportRowError[];
}

/** A file read and mapped onto the import's fields, before any row is checked. */
export interface MappedTable<K extends string> {
  base: Omit<ImportPreviewBase, 'validCount' | 'errors'>;
  rows: Array<MappedRow<K>>;
  /** Record a problem in a row, at the column the field is read from. */
  addError(row: MappedRow<K>, field: K, message: string): void;
}

/**
 * Read a CSV/XLSX file and map its columns onto the fields (the caller's mapping, else by header
 * names and synonyms). While the mapping has problems no row is returned, so nothing is checked.
 */
export async function readMappedTable<K extends string>(
  input: { fileName: string; contentBase64: string; mapping?: ColumnMapping | undefined },
  fields: readonly ImportField<K>[],
  /** Rules about the mapping as a whole that the fields' required flags cannot say. */
  moreMappingProblems: (mapping: ColumnMapping) => string[] = () => [],
  report?: ProgressReporter,
): Promise<MappedTable<K>> {
  const table = await readTable(input.fileName, Buffer.from(input.contentBase64, 'base64'));
  await reportFileRead(report, table.rows.length);
  const mapping = input.mapping ?? autoMapColumns(fields, table.headers);
  const problems = [...mappingProblems(fields, table.headers, mapping), ...moreMappingProblems(mapping)];
  const base = {
    fileName: input.fileName,
    columns: table.headers,
    mapping,
    fields: fields.map(({ key, label, required, hint }) => ({ key, label, required, hint })),
    mappingProblems: problems,
    ignoredColumns: ignoredColumns(table.headers, mapping, table.rows),
    mappingNotes: [] as string[],
    rowCount: table.rows.length,
  };
  const addError = (row: MappedRow<K>, field: K, message: string) => row.errors.push({ row: row.rowNumber, column: mapping[field] ?? null, field, message });
  if (problems.length) return { base, rows: [], addError };
  const indexOf = new Map(table.headers.map((header, index) => [header, index]));
  const rows = table.rows.map((tableRow) => {
    const { rowNumber, cells } = tableRow;
    const unreadable = unreadableRowError(tableRow);
    const mapped: Partial<Record<K, string>> = {};
    for (const field of fields) {
      const header = mapping[field.key];
      if (header) mapped[field.key] = restoreNeutralisedFormula((cells[indexOf.get(header)!] ?? '').trim());
    }
    // An unreadable row keeps no cells, so the row checks add nothing beside its one problem.
    return { rowNumber, cells: unreadable ? {} : mapped, errors: unreadable ? [unreadable] : ([] as ImportRowError[]) };
  });
  return { base, rows, addError };
}

/** Refuse to write when the mapping or, in all-or-nothing mode, any row has problems: the message says how many and the first. */
export function assertImportable(preview: ImportPreviewBase, mode: 'all-or-nothing' | 'valid-rows'): void {
  if (preview.mappingProblems.length) throw new AppError('invalid_input', preview.mappingProblems[0]!, 'mapping');
  if (mode === 'all-or-nothing' && preview.errors.length) {
    const first = preview.errors[0]!;
    const rowsWithErrors = new Set(preview.errors.map((e) => e.row)).size;
    throw new AppError(
      'invalid_input',
      `${rowsWithErrors} row${rowsWithErrors === 1 ? ' has' : 's have'} problems, so nothing was imported. First: row ${first.row}${first.column ? `, ${first.column}` : ''}: ${first.message}.`,
      'file',
    );
  }
}
