import type { MeasurementImportPreview, MeasurementImportResult, OutageImportPreview, OutageImportResult } from '../../../../../shared/api/sla-io-api';
import { useApi } from '../../../api/api-context';
import { useApiAction, type ActionOutcome } from '../../../api/use-api-action';
import { plural } from '../../../lib/format';
import { ImportWizard } from '../../../ui/import-wizard/ImportWizard';
import { useBackPath } from '../../../lib/use-back-path';
import { MeasurementPreviewStep } from './MeasurementPreviewStep';
import { OutagePreviewStep } from './OutagePreviewStep';
import { MeasurementResultStep, OutageResultStep } from './SlaImportResultStep';

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

type SlaPreview = MeasurementImportPreview | OutageImportPreview;
type SlaResult = MeasurementImportResult | OutageImportResult;

/** The four steps of an SLA import; which file it reads comes from the route. */
function SlaImportWizard({ kind }: { kind: SlaImportKind }) {
  const text = TEXT[kind];
  const api = useApi();
  const back = useBackPath('/slas');
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
  const backLabel = back.startsWith('/slas/') ? 'Back to the SLA' : 'Back to the SLAs';

  return (
    <ImportWizard<SlaPreview, null, SlaResult>
      title={text.title}
      description={text.description}
      noun={text.noun}
      fileStep={{ target: 'the fields', description: text.file, tip: text.tip }}
      fieldHeading={text.fieldHeading}
      backPath={back}
      preview={(file, choices) => {
        const input = { fileName: file.name, contentBase64: file.contentBase64, mapping: choices?.mapping };
        return kind === 'measurements' ? api.call('measurements.importPreview', input) : api.call('outages.importPreview', input);
      }}
      source={(file, mapping) => ({ kind, file, mapping })}
      // Rows already recorded with the same value are left out of the count.
      importCount={(preview, mode) => (mode === 'valid-rows' ? preview.validCount : preview.rowCount) - ('duplicates' in preview ? preview.duplicates : 0)}
      renderPreview={(preview, mode, setMode) =>
        kind === 'measurements' ? (
          <MeasurementPreviewStep preview={preview as MeasurementImportPreview} mode={mode} onModeChange={setMode} />
        ) : (
          <OutagePreviewStep preview={preview as OutageImportPreview} mode={mode} onModeChange={setMode} />
        )
      }
      runImport={({ file, mapping, mode, progressId }): Promise<ActionOutcome<SlaResult>> => {
        const input = { fileName: file.name, contentBase64: file.contentBase64, mapping, mode, progressId };
        return kind === 'measurements' ? measurements.run(input) : outages.run(input);
      }}
      importing={(kind === 'measurements' ? measurements : outages).running}
      renderResult={(result, fileName, onAnother) =>
        kind === 'measurements' ? (
          <MeasurementResultStep result={result as MeasurementImportResult} fileName={fileName} back={back} backLabel={backLabel} onAnother={onAnother} />
        ) : (
          <OutageResultStep result={result as OutageImportResult} fileName={fileName} back={back} backLabel={backLabel} onAnother={onAnother} />
        )
      }
    />
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
