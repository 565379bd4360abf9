import { ImportProgressPanel } from '../../import-wizard/ImportProgressPanel';
import { useImportProgress } from '../../import-wizard/use-import-progress';
import { Alert, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { ImportResult } from '../../../../../shared/api/catalogue-io-api';
import { errorBody } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { plural } from '../../../lib/format';
import { PageHeader } from '../../../ui/PageHeader';
import { useBackPath } from '../use-back-path';
import { FileStep } from '../../import-wizard/FileStep';
import { FileSummary } from '../../import-wizard/FileSummary';
import { ImportFooter } from '../../import-wizard/ImportFooter';
import { importBlockedReason } from '../../import-wizard/import-mode';
import { ImportStepper } from '../../import-wizard/ImportStepper';
import { MappingStep } from '../../import-wizard/MappingStep';
import { useImportFlow } from '../../import-wizard/use-import-flow';
import { PreviewStep } from './PreviewStep';
import { ResultStep } from './ResultStep';
import { ImportSourceProvider } from '../../import-wizard/import-source';

/**
 * Import services from a spreadsheet in four steps: choose the file, match its columns, see every
 * row's problems and what would be created, then import. The host checks everything on each
 * step; nothing is written until Import is pressed, so Cancel is always safe.
 */
export function ImportServicesWizard() {
  const back = useBackPath('/services');
  const [, navigate] = useLocation();
  const flow = useImportFlow('services.importPreview');
  const { step, setStep, file, check, mapping, mode, preview } = flow;
  const [result, setResult] = useState<ImportResult | null>(null);
  const importer = useApiAction('services.import', {
    success: (imported) => `Imported ${plural(imported.created, 'service')}`,
    successDetail: (imported) => (imported.skipped > 0 ? `${plural(imported.skipped, 'row')} with problems skipped.` : null),
    failure: 'Nothing was imported',
  });

  const running = useImportProgress();

  const startAgain = () => {
    setResult(null);
    flow.startAgain();
  };

  const runImport = async () => {
    if (!file) return;
    const outcome = await running.track((progressId) => importer.run({ fileName: file.name, contentBase64: file.contentBase64, mapping, mode, progressId }));
    if (outcome.ok) {
      setResult(outcome.value);
      setStep(3);
    }
  };

  const blocked = preview ? importBlockedReason(preview, mode) : 'Choose a file first.';
  const toImport = preview ? (mode === 'valid-rows' ? preview.validCount : preview.rowCount) : 0;

  return (
    <ImportSourceProvider source={file ? { kind: 'services', file, mapping } : null}>
      <Stack gap="lg" maw={1100}>
        <PageHeader
          title="Import services"
          description="Add services to the catalogue from a CSV or Excel file. Nothing is written until you press Import on the preview step."
        />
        <ImportStepper step={step} onStep={setStep} onStartAgain={startAgain} />

        {file && step > 0 && step < 3 && (
          <FileSummary name={file.name} size={file.size} rowCount={preview?.rowCount ?? null} checking={check.checking} onChooseAnother={startAgain} />
        )}
        {step > 0 && step < 3 && check.error != null && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={20} />} title="The file could not be checked" role="alert">
            {errorBody(check.error).message}
          </Alert>
        )}

        {step === 0 && (
          <FileStep
            onFile={(chosen) => void flow.chooseFile(chosen)}
            pending={flow.pending}
            problem={flow.fileProblem}
            rowNoun="service"
            target="the catalogue’s fields"
          />
        )}
        {step === 1 && preview && <MappingStep preview={preview} fieldHeading="Catalogue field" mapping={mapping} onChange={flow.changeMapping} />}
        {step === 2 && preview && <PreviewStep preview={preview} mode={mode} onModeChange={flow.setMode} />}
        {step === 3 && result && file && <ResultStep result={result} fileName={file.name} onAnother={startAgain} />}

        {running.progress && <ImportProgressPanel progress={running.progress} noun="service" />}
        {step < 3 && (
          <ImportFooter
            step={step}
            onCancel={() => navigate(back)}
            onBack={() => (step === 1 ? startAgain() : setStep(1))}
            onNext={() => setStep(2)}
            nextDisabled={!preview || preview.mappingProblems.length > 0 || check.checking}
            onImport={() => void runImport()}
            blocked={blocked}
            importDisabled={blocked !== null || check.checking}
            importing={importer.running}
            importLabel={`Import ${plural(toImport, 'service')}`}
          />
        )}
      </Stack>
    </ImportSourceProvider>
  );
}
