/** all-or-nothing: any bad row stops the import; valid-rows: bad rows are skipped. */
export type ImportMode = 'all-or-nothing' | 'valid-rows';

/** The counts every importer's preview has. */
export interface PreviewCounts {
  mappingProblems: string[];
  rowCount: number;
  validCount: number;
}

/** Why Import cannot be pressed, or null when it can. */
export function importBlockedReason(preview: PreviewCounts, mode: ImportMode): string | null {
  if (preview.mappingProblems.length > 0) return 'Fix the column mapping first.';
  if (preview.validCount === 0)
    return preview.rowCount === 0 ? 'The file has no rows to import.' : 'No row is ready to import: fix the file and choose it again.';
  const badRows = preview.rowCount - preview.validCount;
  if (mode === 'all-or-nothing' && badRows > 0) {
    return `${badRows === 1 ? '1 row has' : `${badRows} rows have`} problems. Fix the file and choose it again, or import only the valid rows.`;
  }
  return null;
}
