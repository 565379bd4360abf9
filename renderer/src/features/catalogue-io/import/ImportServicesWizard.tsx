import { Alert, Button, Group, Paper, Stack, Stepper, Text } from '@mantine/core';
import { IconAlertCircle, IconArrowLeft, IconArrowRight, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { ImportResult } from '../../../../../shared/api/catalogue-io-api';
import type { ColumnMapping } from '../../../../../shared/import/column-mapping';
import { errorBody } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { plural } from '../../../lib/format';
import { PageHeader } from '../../../ui/PageHeader';
import { useBackPath } from '../use-back-path';
import { FileStep } from './FileStep';
import { FileSummary } from './FileSummary';
import { importFileProblem, readFileAsBase64, type ImportFile } from './import-file';
import { MappingStep } from './MappingStep';
import { importBlockedReason, PreviewStep, type ImportMode } from './PreviewStep';
import { ResultStep } from './ResultStep';
import { useImportPreview } from './use-import-preview';

const STEPS = [
  { label: 'File', description: 'CSV or Excel' },
  { label: 'Columns', description: 'Match them to fields' },
  { label: 'Preview', description: 'Check every row' },
  { label: 'Done', description: 'What was imported' },
] as const;

/**
 * Import services from a spreadsheet in four steps: choose the file, match its columns, see every
 * row's problems and what would be created, then import. The host checks everything on each
 * step; nothing is written until Import is pressed, so Cancel is always safe.
 */
export function ImportServicesWizard() {
  const back = useBackPath('/services');
  const [, navigate] = useLocation();
  const [step, setStepState] = useState(0);
  // A new step starts at its top, not where the previous one's buttons were.
  const setStep = (next: number) => {
    setStepState(next);
    window.scrollTo({ top: 0 });
  };
  const [file, setFile] = useState<ImportFile | null>(null);
  const [pending, setPending] = useState<{ name: string; size: number } | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [result, setResult] = useState<ImportResult | null>(null);
  const check = useImportPreview('services.importPreview');
  const importer = useApiAction('services.import', {
    success: (imported) => `Imported ${plural(imported.created, 'service')}`,
    successDetail: (imported) => (imported.skipped > 0 ? `${plural(imported.skipped, 'row')} with problems skipped.` : null),
    failure: 'Nothing was imported',
  });
  const preview = check.preview;

  const chooseFile = async (chosen: File) => {
    const problem = importFileProblem(chosen);
    setFileProblem(problem);
    if (problem) return;
    setPending({ name: chosen.name, size: chosen.size });
    try {
      const read: ImportFile = { name: chosen.name, size: chosen.size, contentBase64: await readFileAsBase64(chosen) };
      const outcome = await check.check(read);
      if ('stale' in outcome) return;
      if (!outcome.ok) {
        setFileProblem(errorBody(outcome.error).message);
        return;
      }
      setFile(read);
      setMapping(outcome.preview.mapping);
      setMode('all-or-nothing');
      setStep(1);
    } catch (error) {
      setFileProblem(`${chosen.name} could not be read: ${errorBody(error).message}`);
    } finally {
      setPending(null);
    }
  };

  const changeMapping = (field: string, column: string | null) => {
    if (!file) return;
    const next = { ...mapping, [field]: column };
    setMapping(next);
    void check.check(file, next);
  };

  const startAgain = () => {
    check.reset();
    setFile(null);
    setFileProblem(null);
    setResult(null);
    setStep(0);
  };

  const runImport = async () => {
    if (!file) return;
    const outcome = await importer.run({ fileName: file.name, contentBase64: file.contentBase64, mapping, mode });
    if (outcome.ok) {
      setResult(outcome.value);
      setStep(3);
    }
  };

  const blocked = preview ? importBlockedReason(preview, mode) : 'Choose a file first.';
  const mappingBlocked = !preview || preview.mappingProblems.length > 0;
  const toImport = preview ? (mode === 'valid-rows' ? preview.validCount : preview.rowCount) : 0;

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeader
        title="Import services"
        description="Add services to the catalogue from a CSV or Excel file. Nothing is written until you press Import on the preview step."
      />
      <Stepper active={step === 3 ? STEPS.length : step} onStepClick={step < 3 ? (index) => index < step && (index === 0 ? startAgain() : setStep(index)) : undefined} size="sm">
        {STEPS.map((item) => (
          <Stepper.Step key={item.label} label={item.label} description={item.description} />
        ))}
      </Stepper>

      {file && step > 0 && step < 3 && (
        <FileSummary name={file.name} size={file.size} rowCount={preview?.rowCount ?? null} checking={check.checking} onChooseAnother={startAgain} />
      )}
      {step > 0 && step < 3 && check.error != null && (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={20} />} title="The file could not be checked" role="alert">
          {errorBody(check.error).message}
        </Alert>
      )}

      {step === 0 && <FileStep onFile={(chosen) => void chooseFile(chosen)} pending={pending} problem={fileProblem} />}
      {step === 1 && preview && <MappingStep preview={preview} mapping={mapping} onChange={changeMapping} />}
      {step === 2 && preview && <PreviewStep preview={preview} mode={mode} onModeChange={setMode} />}
      {step === 3 && result && file && <ResultStep result={result} fileName={file.name} onAnother={startAgain} />}

      {step < 3 && (
        <Paper withBorder radius="md" px="md" py="sm">
          <Group justify="space-between" gap="sm">
            <Button variant="subtle" color="gray" onClick={() => navigate(back)}>
              Cancel
            </Button>
            <Group gap="sm" justify="flex-end" style={{ flex: 1 }}>
              {step === 2 && blocked && (
                <Text size="sm" c="red" ta="right" style={{ flex: 1 }} id="import-blocked-reason">
                  {blocked}
                </Text>
              )}
              {step > 0 && (
                <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => (step === 1 ? startAgain() : setStep(step - 1))}>
                  Back
                </Button>
              )}
              {step === 1 && (
                <Button rightSection={<IconArrowRight size={16} />} disabled={mappingBlocked || check.checking} onClick={() => setStep(2)}>
                  Next: preview the rows
                </Button>
              )}
              {step === 2 && (
                <Button
                  leftSection={<IconFileImport size={16} />}
                  disabled={blocked !== null || check.checking}
                  loading={importer.running}
                  onClick={() => void runImport()}
                  aria-describedby={blocked ? 'import-blocked-reason' : undefined}
                >
                  Import {plural(toImport, 'service')}
                </Button>
              )}
            </Group>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
