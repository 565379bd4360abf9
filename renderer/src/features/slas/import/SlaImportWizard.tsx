import { ImportProgressPanel } from '../../import-wizard/ImportProgressPanel';
import { useImportProgress } from '../../import-wizard/use-import-progress';
import { Alert, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { MeasurementImportPreview, MeasurementImportResult, OutageImportPreview, OutageImportResult } from '../../../../../shared/api/sla-io-api';
import { errorBody } from '../../../api/api-errors';
import { useApiAction, type ActionOutcome } from '../../../api/use-api-action';
import { plural } from '../../../lib/format';
import { PageHeader } from '../../../ui/PageHeader';
import { FileStep } from '../../import-wizard/FileStep';
import { FileSummary } from '../../import-wizard/FileSummary';
import { ImportFooter } from '../../import-wizard/ImportFooter';
import { importBlockedReason } from '../../import-wizard/import-mode';
import { ImportStepper } from '../../import-wizard/ImportStepper';
import { MappingStep } from '../../import-wizard/MappingStep';
import { useImportFlow } from '../../import-wizard/use-import-flow';
import { useBackPath } from '../../catalogue-io/use-back-path';
import { MeasurementPreviewStep } from './MeasurementPreviewStep';
import { OutagePreviewStep } from './OutagePreviewStep';
import { MeasurementResultStep, OutageResultStep } from './SlaImportResultStep';
import { ImportSourceProvider } from '../../import-wizard/import-source';

export type SlaImportKind = 'measurements' | 'outages';

const TEXT: Record<SlaImportKind, { title: string; description: string; file: string; tip: string; fieldHeading: string; noun: string }> = {
  measurements: {
    title: 'Import SLA results',
    description: 'Record a month’s results for many SLAs at once from a CSV or Excel file. Nothing is written until you press Import on the preview step.',
    file: 'The first row names the columns; each further row is one target’s result for one month: SLA code, target, month and value. For response and resolution targets you can give the tickets within the time and the total instead of the value.',
    tip: 'Tip: columns like “SLA, Target, Month, Value” or “SLA, Target, Month, Within, Total” are matched automatically; the next step lets you change the matches.',
    fieldHeading: 'Result field',
    noun: 'result',
  },
  outages: {
    title: 'Import outages',
    description:
      'Keep a log of outages (service, start, end) and record the availability they give each agreed SLA, per month, within its service hours. Nothing is written until you press Import.',
    file: 'The first row names the columns; each further row is one outage of one service: its code or exact name, and when it started and ended in local wall-clock time.',
    tip: 'Tip: an export of incidents from a service desk usually works once its columns are matched to Service, Start and End.',
    fieldHeading: 'Outage field',
    noun: 'outage',
  },
};

/** The four steps of an SLA import; which file it reads comes from the route. */
function SlaImportWizard({ kind }: { kind: SlaImportKind }) {
  const text = TEXT[kind];
  const back = useBackPath('/slas');
  const [, navigate] = useLocation();
  const flow = useImportFlow(kind === 'measurements' ? 'measurements.importPreview' : 'outages.importPreview');
  const { step, setStep, file, check, mapping, mode } = flow;
  const preview = flow.preview as MeasurementImportPreview | OutageImportPreview | null;
  const [result, setResult] = useState<MeasurementImportResult | OutageImportResult | null>(null);
  const measurements = useApiAction('measurements.import', {
    success: (done) => `Recorded ${plural(done.created + done.updated, 'result')}`,
    successDetail: (done) => (done.skipped > 0 ? `${plural(done.skipped, 'row')} with problems skipped.` : null),
    failure: 'Nothing was imported',
  });
  const outages = useApiAction('outages.import', {
    success: (done) => `Kept ${plural(done.outagesAdded, 'outage')}`,
    successDetail: (done) => `Availability recorded for ${plural(done.results.length, 'SLA month')}.`,
    failure: 'Nothing was imported',
  });
  const importer = kind === 'measurements' ? measurements : outages;

  const running = useImportProgress();

  const startAgain = () => {
    setResult(null);
    flow.startAgain();
  };

  const runImport = async () => {
    if (!file) return;
    const outcome = await running.track<ActionOutcome<MeasurementImportResult | OutageImportResult>>((progressId) => {
      const input = { fileName: file.name, contentBase64: file.contentBase64, mapping, mode, progressId };
      return kind === 'measurements' ? measurements.run(input) : outages.run(input);
    });
    if (outcome.ok) {
      setResult(outcome.value);
      setStep(3);
    }
  };

  const blocked = preview ? importBlockedReason(preview, mode) : 'Choose a file first.';
  const duplicates = preview && 'duplicates' in preview ? preview.duplicates : 0;
  const toImport = preview ? (mode === 'valid-rows' ? preview.validCount : preview.rowCount) - duplicates : 0;
  const backLabel = back.startsWith('/slas/') ? 'Back to the SLA' : 'Back to the SLAs';
  const resultActions = { back, backLabel, onAnother: startAgain };

  return (
    <ImportSourceProvider source={file ? { kind, file, mapping: flow.mapping } : null}>
      <Stack gap="lg" maw={1100}>
        <PageHeader title={text.title} description={text.description} />
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
            rowNoun={text.noun}
            target="the fields"
            description={text.file}
            tip={text.tip}
          />
        )}
        {step === 1 && preview && <MappingStep preview={preview} mapping={mapping} onChange={flow.changeMapping} fieldHeading={text.fieldHeading} />}
        {step === 2 && preview && kind === 'measurements' && (
          <MeasurementPreviewStep preview={preview as MeasurementImportPreview} mode={mode} onModeChange={flow.setMode} />
        )}
        {step === 2 && preview && kind === 'outages' && <OutagePreviewStep preview={preview as OutageImportPreview} mode={mode} onModeChange={flow.setMode} />}
        {step === 3 && result && file && kind === 'measurements' && (
          <MeasurementResultStep result={result as MeasurementImportResult} fileName={file.name} {...resultActions} />
        )}
        {step === 3 && result && file && kind === 'outages' && (
          <OutageResultStep result={result as OutageImportResult} fileName={file.name} {...resultActions} />
        )}

        {running.progress && <ImportProgressPanel progress={running.progress} noun={text.noun} />}
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
            importLabel={`Import ${plural(Math.max(0, toImport), text.noun)}`}
          />
        )}
      </Stack>
    </ImportSourceProvider>
  );
}

/** `#/slas/import/measurements`: period results from CSV or XLSX. */
export function ImportMeasurementsWizard() {
  return <SlaImportWizard key="measurements" kind="measurements" />;
}

/** `#/slas/import/outages`: an outage log, from which availability is computed. */
export function ImportOutagesWizard() {
  return <SlaImportWizard key="outages" kind="outages" />;
}
