import { Alert, Button, Group, Paper, Stack, Stepper, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertCircle, IconArrowLeft, IconArrowRight, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { ImportResult } from '../../../../../shared/api/catalogue-io-api';
import type { ColumnMapping } from '../../../../../shared/import/column-mapping';
import type { RiskImportPreview } from '../../../../../shared/import/risk-import-fields';
import { useApi } from '../../../api/api-context';
import { errorBody } from '../../../api/api-errors';
import { useApiAction } from '../../../api/use-api-action';
import { plural } from '../../../lib/format';
import { PageHeader } from '../../../ui/PageHeader';
import { useBackPath } from '../../catalogue-io/use-back-path';
import { FileStep } from '../../import-wizard/FileStep';
import { FileSummary } from '../../import-wizard/FileSummary';
import { importFileProblem, readFileAsBase64, type ImportFile } from '../../import-wizard/import-file';
import { importBlockedReason, type ImportMode } from '../../import-wizard/import-mode';
import { MappingStep } from '../../import-wizard/MappingStep';
import { useImportPreview } from '../../import-wizard/use-import-preview';
import { NO_CHOICES, ratingMapInput, unmappedCount, type RatingChoices, type RatingScale } from './rating-map';
import { RatingStep } from './RatingStep';
import { RiskImportResult } from './RiskImportResult';
import { RiskPreviewStep } from './RiskPreviewStep';
import { ImportSourceProvider } from '../../import-wizard/import-source';
import { ImportProgressPanel } from '../../import-wizard/ImportProgressPanel';
import { useImportProgress } from '../../import-wizard/use-import-progress';

const STEPS = [
  { label: 'File', description: 'CSV or Excel' },
  { label: 'Columns', description: 'Match them to fields' },
  { label: 'Ratings', description: 'Place them on the matrix' },
  { label: 'Preview', description: 'Check every row' },
  { label: 'Done', description: 'What was imported' },
] as const;
const DONE = STEPS.length - 1;

interface CheckOptions {
  mapping?: ColumnMapping;
  ratings: RatingChoices;
}

/**
 * Import a risk register from a spreadsheet: choose the file, match its columns, place its rating
 * words on this workspace's matrix, see every row's problems, then import. The host checks on
 * every step and nothing is written until Import is pressed, so Cancel is always safe.
 */
export function ImportRisksWizard() {
  const back = useBackPath('/risks');
  const [, navigate] = useLocation();
  const api = useApi();
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
  const [ratings, setRatings] = useState<RatingChoices>(NO_CHOICES);
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [result, setResult] = useState<ImportResult | null>(null);
  // Column or rating choices made by hand: leaving would throw them away, so Cancel asks first.
  const [touched, setTouched] = useState(false);
  const check = useImportPreview<RiskImportPreview, CheckOptions>((chosen, options) =>
    api.call('risks.importPreview', {
      fileName: chosen.name,
      contentBase64: chosen.contentBase64,
      mapping: options?.mapping,
      ratingMap: options ? ratingMapInput(options.ratings) : undefined,
    }),
  );
  const importer = useApiAction('risks.import', {
    success: (imported) => `Imported ${plural(imported.created, 'risk')}`,
    successDetail: (imported) => (imported.skipped > 0 ? `${plural(imported.skipped, 'row')} with problems skipped.` : null),
    failure: 'Nothing was imported',
  });
  const preview = check.preview;
  const running = useImportProgress();

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
      setRatings(NO_CHOICES);
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
    setTouched(true);
    void check.check(file, { mapping: next, ratings });
  };

  const chooseRating = (scale: RatingScale, text: string, level: number) => {
    if (!file) return;
    const next = { ...ratings, [scale]: { ...ratings[scale], [text]: level } };
    setRatings(next);
    setTouched(true);
    void check.check(file, { mapping, ratings: next });
  };

  const startAgain = () => {
    check.reset();
    setFile(null);
    setFileProblem(null);
    setResult(null);
    setTouched(false);
    setStep(0);
  };

  const cancel = () => {
    if (!touched) return navigate(back);
    modals.openConfirmModal({
      title: 'Leave the import?',
      children: <Text size="sm">The column and rating choices you made are lost. Nothing has been imported.</Text>,
      labels: { confirm: 'Leave the import', cancel: 'Stay' },
      confirmProps: { color: 'red' },
      onConfirm: () => navigate(back),
    });
  };

  const runImport = async () => {
    if (!file) return;
    const outcome = await running.track((progressId) =>
      importer.run({ fileName: file.name, contentBase64: file.contentBase64, mapping, ratingMap: ratingMapInput(ratings), mode, progressId }),
    );
    if (outcome.ok) {
      setResult(outcome.value);
      setStep(DONE);
    }
  };

  const unmapped = preview ? unmappedCount(preview) : 0;
  const blocked = preview ? importBlockedReason(preview, mode) : 'Choose a file first.';
  const mappingBlocked = !preview || preview.mappingProblems.length > 0;
  const ratingBlocked = unmapped > 0 ? `Choose a level for ${plural(unmapped, 'rating')} the matrix cannot place.` : null;
  const toImport = preview ? (mode === 'valid-rows' ? preview.validCount : preview.rowCount) : 0;

  return (
    <ImportSourceProvider source={file ? { kind: 'risks', file, mapping, ratingMap: ratingMapInput(ratings) } : null}>
      <Stack gap="lg" maw={1100}>
        <PageHeader
          title="Import risks"
          description="Add risks to the register from a CSV or Excel file, with their ratings placed on this workspace’s matrix. Nothing is written until you press Import on the preview step."
        />
        <Stepper
          active={step === DONE ? STEPS.length : step}
          onStepClick={step < DONE ? (index) => index < step && (index === 0 ? startAgain() : setStep(index)) : undefined}
          size="sm"
        >
          {STEPS.map((item) => (
            <Stepper.Step key={item.label} label={item.label} description={item.description} />
          ))}
        </Stepper>

        {file && step > 0 && step < DONE && (
          <FileSummary name={file.name} size={file.size} rowCount={preview?.rowCount ?? null} checking={check.checking} onChooseAnother={startAgain} />
        )}
        {step > 0 && step < DONE && check.error != null && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={20} />} title="The file could not be checked" role="alert">
            {errorBody(check.error).message}
          </Alert>
        )}

        {step === 0 && (
          <FileStep onFile={(chosen) => void chooseFile(chosen)} pending={pending} problem={fileProblem} rowNoun="risk" target="the register’s fields" />
        )}
        {step === 1 && preview && <MappingStep preview={preview} fieldHeading="Register field" mapping={mapping} onChange={changeMapping} />}
        {step === 2 && preview && <RatingStep preview={preview} onChoose={chooseRating} />}
        {step === 3 && preview && <RiskPreviewStep preview={preview} mode={mode} onModeChange={setMode} />}
        {step === DONE && result && file && <RiskImportResult result={result} fileName={file.name} onAnother={startAgain} />}

        {running.progress && <ImportProgressPanel progress={running.progress} noun="risk" />}
        {step < DONE && (
          <Paper withBorder radius="md" px="md" py="sm">
            <Group justify="space-between" gap="sm">
              <Button variant="subtle" color="gray" onClick={cancel}>
                Cancel
              </Button>
              <Group gap="sm" justify="flex-end" style={{ flex: 1 }}>
                {((step === 2 && ratingBlocked) || (step === 3 && blocked)) && (
                  <Text size="sm" c="red" ta="right" style={{ flex: 1 }} id="import-blocked-reason">
                    {step === 2 ? ratingBlocked : blocked}
                  </Text>
                )}
                {step > 0 && (
                  <Button variant="default" leftSection={<IconArrowLeft size={16} />} onClick={() => (step === 1 ? startAgain() : setStep(step - 1))}>
                    Back
                  </Button>
                )}
                {step === 1 && (
                  <Button rightSection={<IconArrowRight size={16} />} disabled={mappingBlocked || check.checking} onClick={() => setStep(2)}>
                    Next: place the ratings
                  </Button>
                )}
                {step === 2 && (
                  <Button
                    rightSection={<IconArrowRight size={16} />}
                    disabled={ratingBlocked !== null || check.checking}
                    onClick={() => setStep(3)}
                    aria-describedby={ratingBlocked ? 'import-blocked-reason' : undefined}
                  >
                    Next: preview the rows
                  </Button>
                )}
                {step === 3 && (
                  <Button
                    leftSection={<IconFileImport size={16} />}
                    disabled={blocked !== null || check.checking}
                    loading={importer.running}
                    onClick={() => void runImport()}
                    aria-describedby={blocked ? 'import-blocked-reason' : undefined}
                  >
                    Import {plural(toImport, 'risk')}
                  </Button>
                )}
              </Group>
            </Group>
          </Paper>
        )}
      </Stack>
    </ImportSourceProvider>
  );
}
