import type { ImportPreviewBase } from '../../shared/api/sla-io-api';
import type { RiskImportPreview } from '../../shared/import/risk-import-fields';
import type { CliIo } from './cli-args';

/** A list for one line of output: the first 20 names, then how many more. */
export function listed(names: readonly string[]): string {
  return names.length > 20 ? `${names.slice(0, 20).join(', ')} and ${names.length - 20} more` : names.join(', ');
}

/** The row-level report of an import preview, the same for every kind of file. */
export function printImportReport(io: CliIo, preview: (ImportPreviewBase & { newOwners?: string[] }) | RiskImportPreview): void {
  io.out(`${preview.fileName}: ${preview.rowCount} rows, ${preview.validCount} ready to import.`);
  for (const problem of preview.mappingProblems) io.err(`Mapping: ${problem}`);
  if (preview.ignoredColumns.length)
    io.out(`Columns not imported (${preview.ignoredColumns.length}): ${preview.ignoredColumns.map((h) => `"${h}"`).join(', ')}`);
  for (const note of preview.mappingNotes) io.out(`Note: ${note}`);
  if ('ratings' in preview) {
    for (const scale of ['likelihood', 'impact'] as const) {
      const mapped = preview.ratings[scale].filter((r) => r.level !== null && r.via !== 'number');
      if (mapped.length)
        io.out(
          `${scale[0]!.toUpperCase()}${scale.slice(1)} ratings: ${mapped.map((r) => `"${r.text}" → ${r.level} ${preview.scales[scale][r.level! - 1]}`).join(', ')}`,
        );
      if (preview.unmappedRatings[scale].length) io.err(`Unmapped ${scale} ratings: ${preview.unmappedRatings[scale].map((t) => `"${t}"`).join(', ')}`);
    }
  }
  for (const error of preview.errors) io.err(`Row ${error.row}${error.column ? `, ${error.column}` : ''}: ${error.message}`);
  if (preview.newOwners?.length) io.out(`New people to add: ${listed(preview.newOwners)}`);
}
