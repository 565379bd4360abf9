import type { AppController } from '../app/app-controller';
import { dispatch } from '../api/dispatch';
import { AppError } from '../../shared/api/errors';
import type {
  ComputedAvailability,
  ImportPreviewBase,
  MeasurementImportPreview,
  MeasurementImportResult,
  OutageImportPreview,
  OutageImportResult,
} from '../../shared/api/sla-io-api';
import type { CliIo } from './cli-args';
import { printImportReport } from './import-report';

export interface ImportRun {
  dryRun: boolean;
  mode: 'all-or-nothing' | 'valid-rows';
}

/** Preview, report, and unless it is a dry run, import; exit 1 when any row failed or nothing could be written. */
export async function runImport<P extends ImportPreviewBase, R extends { skipped: number }>(
  app: AppController,
  io: CliIo,
  methods: { preview: string; run: string },
  input: { fileName: string; contentBase64: string },
  options: ImportRun,
  report: { preview?: (preview: P) => void; done: (result: R) => void },
): Promise<number> {
  const previewed = await dispatch(app, methods.preview, input);
  if (!previewed.ok) throw new AppError(previewed.error.code, previewed.error.message, previewed.error.field);
  const preview = previewed.value as P;
  printImportReport(io, preview);
  if (preview.mappingProblems.length) return 1;
  report.preview?.(preview);
  if (options.dryRun) {
    io.out('Dry run: nothing was written.');
    return preview.errors.length ? 1 : 0;
  }
  const result = await dispatch(app, methods.run, { ...input, mode: options.mode });
  if (!result.ok) {
    io.err(result.error.message);
    return 1;
  }
  const value = result.value as R;
  report.done(value);
  return value.skipped ? 1 : 0;
}

const figure = (value: number) => String(Math.round(value * 10_000) / 10_000);

export function importMeasurements(app: AppController, io: CliIo, input: { fileName: string; contentBase64: string }, options: ImportRun): Promise<number> {
  return runImport<MeasurementImportPreview, MeasurementImportResult>(
    app,
    io,
    { preview: 'measurements.importPreview', run: 'measurements.import' },
    input,
    options,
    {
      preview: (preview) => {
        if (preview.replaceCount) io.out(`${preview.replaceCount} rows replace results already recorded.`);
      },
      done: (result) =>
        io.out(
          `Recorded ${result.created} new and ${result.updated} changed results${result.unchanged ? ` (${result.unchanged} unchanged)` : ''}${result.skipped ? `, skipped ${result.skipped} rows with problems` : ''}.`,
        ),
    },
  );
}

export function importOutages(app: AppController, io: CliIo, input: { fileName: string; contentBase64: string }, options: ImportRun): Promise<number> {
  const printResults = (results: ComputedAvailability[], warnings: string[]) => {
    for (const r of results) {
      io.out(
        `${r.slaCode} ${r.targetLabel} ${r.period}: ${figure(r.value)} % (${figure(r.downtimeMinutes)} of ${figure(r.serviceMinutes)} service minutes down) ${r.status}`,
      );
    }
    for (const warning of warnings) io.out(`Note: ${warning}`);
  };
  return runImport<OutageImportPreview, OutageImportResult>(app, io, { preview: 'outages.importPreview', run: 'outages.import' }, input, options, {
    preview: (preview) => {
      if (preview.duplicates) io.out(`${preview.duplicates} outages are already in the workspace and will not be added again.`);
      if (options.dryRun) printResults(preview.results, preview.warnings);
    },
    done: (result) => {
      printResults(result.results, result.warnings);
      io.out(
        `Kept ${result.outagesAdded} outages${result.duplicates ? ` (${result.duplicates} already there)` : ''}; recorded ${result.measurementsCreated} new and ${result.measurementsUpdated} changed availability results${result.skipped ? `; skipped ${result.skipped} rows with problems` : ''}.`,
      );
    },
  });
}
