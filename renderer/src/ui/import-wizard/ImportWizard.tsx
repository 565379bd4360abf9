import { Alert, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import type { ColumnMapping } from '../../../../shared/import/column-mapping';
import { errorBody } from '../../api/api-errors';
import type { ActionOutcome } from '../../api/use-api-action';
import { plural } from '../../lib/format';
import { PageHeader } from '../PageHeader';
import { FileStep } from './FileStep';
import { FileSummary } from './FileSummary';
import type { ImportFile } from './import-file';
import { importBlockedReason, type ImportMode, type PreviewCounts } from './import-mode';
import { ImportFooter } from './ImportFooter';
import { ImportProgressPanel } from './ImportProgressPanel';
import { ImportSourceProvider, type ImportSource } from './import-source';
import { ImportStepper, type WizardStep } from './ImportStepper';
import { MappingStep, type MappingPreview } from './MappingStep';
import { useImportFlow, type PreviewCall } from './use-import-flow';
import { useImportProgress } from './use-import-progress';

/** What every importer's preview has: the mapping step's part and the counts Import depends on. */
export type WizardPreview = MappingPreview & PreviewCounts & { mapping: ColumnMapping };

/** A step between Columns and Preview, for choices beyond the columns (the risk import's rating placements). */
export interface ExtraImportStep<P, X> {
  step: WizardStep;
  /** The Columns step's button into this step: "Next: place the ratings". */
  nextLabel: string;
  render: (preview: P, extra: X, change: (next: X) => void) => ReactNode;
  /** Why the user cannot go on to the preview yet, or null. */
  blocked: (preview: P) => string | null;
}

interface ImportWizardProps<P extends WizardPreview, X, R> {
  title: string;
  description: string;
  /** One row of the file: "service", "risk", "outage". */
  noun: string;
  /** The file step's words: what the columns are matched to, and optionally its own description and tip. */
  fileStep: { target: string; description?: string; tip?: string };
  /** The mapping table's field column: "Catalogue field". */
  fieldHeading: string;
  /** Where Cancel goes. */
  backPath: string;
  preview: PreviewCall<P, X>;
  /** Choices beyond the columns, with the step that makes them. */
  extra?: { initial: X; step: ExtraImportStep<P, X> };
  /** What is being read, for panels that offer the skipped rows as a file. */
  source: (file: ImportFile, mapping: ColumnMapping, extra: X) => ImportSource;
  renderPreview: (preview: P, mode: ImportMode, setMode: (mode: ImportMode) => void) => ReactNode;
  /** Rows Import will write (duplicates left out, say); by default every row, or the valid ones. */
  importCount?: (preview: P, mode: ImportMode) => number;
  runImport: (input: { file: ImportFile; mapping: ColumnMapping; extra: X; mode: ImportMode; progressId: string }) => Promise<ActionOutcome<R>>;
  importing: boolean;
  renderResult: (result: R, fileName: string, onAnother: () => void) => ReactNode;
}

const FILE: WizardStep = { label: 'File', description: 'CSV or Excel' };
const COLUMNS: WizardStep = { label: 'Columns', description: 'Match them to fields' };
const PREVIEW: WizardStep = { label: 'Preview', description: 'Check every row' };
const DONE: WizardStep = { label: 'Done', description: 'What was imported' };
const defaultCount = (preview: PreviewCounts, mode: ImportMode) => (mode === 'valid-rows' ? preview.validCount : preview.rowCount);

/**
 * Every import: choose the file, match its columns, make any extra choices, see every row's
 * problems and what would be created, then import with progress. The host checks on each step
 * and nothing is written until Import is pressed, so Cancel is always safe (it asks first when
 * choices made by hand would be lost).
 */
export function ImportWizard<P extends WizardPreview, X, R>(props: ImportWizardProps<P, X, R>) {
  const { noun, extra } = props;
  const [, navigate] = useLocation();
  const flow = useImportFlow<P, X>(props.preview, extra?.initial as X);
  const { step, setStep, file, check, mapping, mode, preview } = flow;
  const [result, setResult] = useState<R | null>(null);
  const running = useImportProgress();
  const steps = extra ? [FILE, COLUMNS, extra.step.step, PREVIEW, DONE] : [FILE, COLUMNS, PREVIEW, DONE];
  const previewStep = steps.length - 2;
  const doneStep = steps.length - 1;
  const extraStep = extra ? 2 : null;

  const startAgain = () => {
    setResult(null);
    flow.startAgain();
  };

  const cancel = () => {
    if (!flow.touched) return navigate(props.backPath);
    modals.openConfirmModal({
      title: 'Leave the import?',
      children: <Text size="sm">The choices you made for this file are lost. Nothing has been imported.</Text>,
      labels: { confirm: 'Leave the import', cancel: 'Stay' },
      confirmProps: { color: 'red' },
      onConfirm: () => navigate(props.backPath),
    });
  };

  const runImport = async () => {
    if (!file) return;
    const outcome = await running.track((progressId) => props.runImport({ file, mapping, extra: flow.extra, mode, progressId }));
    if (outcome.ok) {
      setResult(outcome.value);
      setStep(doneStep);
    }
  };

  const mappingBlocked = !preview || preview.mappingProblems.length > 0 || check.checking;
  const extraBlocked = preview && extra ? extra.step.blocked(preview) : null;
  const importBlocked = preview ? importBlockedReason(preview, mode) : 'Choose a file first.';
  const toImport = preview ? Math.max(0, (props.importCount ?? defaultCount)(preview, mode)) : 0;
  const primary = () => {
    if (step === 1)
      return {
        kind: 'next' as const,
        label: extra ? extra.step.nextLabel : 'Next: preview the rows',
        disabled: mappingBlocked,
        onClick: () => setStep(2),
        blocked: null,
      };
    if (step === extraStep)
      return {
        kind: 'next' as const,
        label: 'Next: preview the rows',
        disabled: extraBlocked !== null || check.checking,
        onClick: () => setStep(previewStep),
        blocked: extraBlocked,
      };
    return {
      kind: 'import' as const,
      label: `Import ${plural(toImport, noun)}`,
      disabled: importBlocked !== null || check.checking,
      loading: props.importing,
      onClick: () => void runImport(),
      blocked: importBlocked,
    };
  };

  return (
    <ImportSourceProvider source={file ? props.source(file, mapping, flow.extra) : null}>
      <Stack gap="lg" maw={1100}>
        <PageHeader title={props.title} description={props.description} />
        <ImportStepper steps={steps} step={step} onStep={setStep} onStartAgain={startAgain} />

        {file && step > 0 && step < doneStep && (
          <FileSummary name={file.name} size={file.size} rowCount={preview?.rowCount ?? null} checking={check.checking} onChooseAnother={startAgain} />
        )}
        {step > 0 && step < doneStep && check.error != null && (
          <Alert color="red" variant="light" icon={<IconAlertCircle size={20} />} title="The file could not be checked" role="alert">
            {errorBody(check.error).message}
          </Alert>
        )}

        {step === 0 && (
          <FileStep onFile={(chosen) => void flow.chooseFile(chosen)} pending={flow.pending} problem={flow.fileProblem} rowNoun={noun} {...props.fileStep} />
        )}
        {step === 1 && preview && <MappingStep preview={preview} fieldHeading={props.fieldHeading} mapping={mapping} onChange={flow.changeMapping} />}
        {step === extraStep && preview && extra && extra.step.render(preview, flow.extra, flow.changeExtra)}
        {step === previewStep && preview && props.renderPreview(preview, mode, flow.setMode)}
        {step === doneStep && result !== null && file && props.renderResult(result, file.name, startAgain)}

        {running.progress && <ImportProgressPanel progress={running.progress} noun={noun} />}
        {step > 0 && step < doneStep && (
          <ImportFooter onCancel={cancel} onBack={() => (step === 1 ? startAgain() : setStep(step - 1))} primary={primary()} blocked={primary().blocked} />
        )}
        {step === 0 && <ImportFooter onCancel={cancel} blocked={null} />}
      </Stack>
    </ImportSourceProvider>
  );
}
