import type { ExportFile } from '../../../../../shared/api/catalogue-io-api';
import type { RiskFilter } from '../../../../../shared/api/risks-api';
import { useApiAction, type ActionOutcome } from '../../../api/use-api-action';
import { formatBytes } from '../../../lib/format';
import { downloadFile } from '../../../lib/download-file';

export type ExportFormat = 'csv' | 'xlsx';

/** Export the register (the risks matching `filter`, or all) and download it; the notification names the file. */
export function useExportRisks(): { run: (format: ExportFormat, filter?: RiskFilter) => Promise<ActionOutcome<ExportFile>>; running: boolean } {
  const action = useApiAction('risks.export', {
    success: (file) => `Exported ${file.fileName}`,
    successDetail: (file) => `${formatBytes(Math.floor((file.contentBase64.length * 3) / 4))}, in the import’s column layout.`,
    failure: 'Could not export the register',
    // Reading changes nothing, so nothing on screen needs reloading.
    invalidate: false,
  });
  const run = async (format: ExportFormat, filter?: RiskFilter) => {
    const outcome = await action.run(filter && Object.keys(filter).length > 0 ? { format, filter } : { format });
    if (outcome.ok) downloadFile(outcome.value);
    return outcome;
  };
  return { run, running: action.running };
}
