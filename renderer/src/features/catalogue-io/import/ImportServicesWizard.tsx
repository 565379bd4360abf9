import { useApi } from '../../../api/api-context';
import { useApiAction } from '../../../api/use-api-action';
import { plural } from '../../../lib/format';
import { ImportWizard } from '../../../ui/import-wizard/ImportWizard';
import { useBackPath } from '../../../lib/use-back-path';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';

/**
 * Import services from a spreadsheet in four steps: choose the file, match its columns, see every
 * row's problems and what would be created, then import.
 */
export function ImportServicesWizard() {
  const api = useApi();
  const importer = useApiAction('services.import', {
    success: (imported) => `Imported ${plural(imported.created, 'service')}`,
    successDetail: (imported) => (imported.skipped > 0 ? `${plural(imported.skipped, 'row')} with problems skipped.` : null),
    failure: 'Nothing was imported',
  });
  return (
    <ImportWizard
      title="Import services"
      description="Add services to the catalogue from a CSV or Excel file. Nothing is written until you press Import on the preview step."
      noun="service"
      fileStep={{ target: 'the catalogue’s fields' }}
      fieldHeading="Catalogue field"
      backPath={useBackPath('/services')}
      preview={(file, choices) => api.call('services.importPreview', { fileName: file.name, contentBase64: file.contentBase64, mapping: choices?.mapping })}
      source={(file, mapping) => ({ kind: 'services', file, mapping })}
      renderPreview={(preview, mode, setMode) => <PreviewStep preview={preview} mode={mode} onModeChange={setMode} />}
      runImport={({ file, mapping, mode, progressId }) => importer.run({ fileName: file.name, contentBase64: file.contentBase64, mapping, mode, progressId })}
      importing={importer.running}
      renderResult={(result, fileName, onAnother) => <ResultStep result={result} fileName={fileName} onAnother={onAnother} />}
    />
  );
}
