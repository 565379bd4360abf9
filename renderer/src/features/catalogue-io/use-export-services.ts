import type { ExportFile } from '../../../../shared/api/catalogue-io-api';
import { useApiAction, type ActionOutcome } from '../../api/use-api-action';
import { formatBytes } from '../../lib/format';
import { downloadFile } from '../../lib/download-file';

export type ExportFormat = 'csv' | 'xlsx';

/** Export the whole catalogue and download it; the notification names the file. */
export function useExportServices(): { run: (format: ExportFormat) => Promise<ActionOutcome<ExportFile>>; running: boolean } {
  const action = useApiAction('services.export', {
    success: (file) => `Exported ${file.fileName}`,
    successDetail: (file) => `${formatBytes(Math.floor((file.contentBase64.length * 3) / 4))}, in the import’s column layout.`,
    failure: 'Could not export the catalogue',
    // Reading changes nothing, so nothing on screen needs reloading.
    invalidate: false,
  });
  const run = async (format: ExportFormat) => {
    const outcome = await action.run({ format });
    if (outcome.ok) downloadFile(outcome.value);
    return outcome;
  };
  return { run, running: action.running };
}
