import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { ExportFile, ImportPreview, ImportResult } from '../../shared/api/catalogue-io-api';
import type { RiskImportPreview } from '../../shared/import/risk-import-fields';
import { dispatch } from '../api/dispatch';
import type { AppController } from '../app/app-controller';
import { parse, requireOption, UsageError, withWorkspace, type CliIo } from './cli-args';
import { listed, printImportReport } from './import-report';
import { importMeasurements, importOutages } from './sla-import-commands';

/** `import` and `export` of services, risks, SLA results and outages. */
export const importExportCommands: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  async import(args, io) {
    const { values, positionals } = parse(args, { db: { type: 'string' }, 'dry-run': { type: 'boolean' }, 'valid-rows': { type: 'boolean' } });
    const [kind, file] = positionals;
    if (!['services', 'risks', 'measurements', 'outages'].includes(kind ?? '')) {
      throw new UsageError(`import supports: services, risks, measurements, outages (got ${kind === undefined ? 'nothing' : `"${kind}"`})`);
    }
    if (!file) throw new UsageError(`import ${kind} needs a FILE (.csv or .xlsx)`);
    const db = requireOption(values, 'db');
    if (!fs.existsSync(file)) throw new AppError('not_found', `There is no file at ${path.resolve(file)}.`);
    const input = { fileName: path.basename(file), contentBase64: fs.readFileSync(file).toString('base64') };
    const options = { dryRun: values['dry-run'] === true, mode: values['valid-rows'] ? ('valid-rows' as const) : ('all-or-nothing' as const) };
    if (kind === 'measurements') return withWorkspace(db, (app) => importMeasurements(app, io, input, options));
    if (kind === 'outages') return withWorkspace(db, (app) => importOutages(app, io, input, options));
    return withWorkspace(db, async (app) => {
      const preview = await dispatchOrThrow(app, kind === 'risks' ? 'risks.importPreview' : 'services.importPreview', input);
      printImportReport(io, preview);
      if (preview.mappingProblems.length) return 1;
      if (values['dry-run']) {
        io.out('Dry run: nothing was written.');
        return preview.errors.length ? 1 : 0;
      }
      const mode = values['valid-rows'] ? 'valid-rows' : 'all-or-nothing';
      const started = performance.now();
      const result = await dispatch(app, kind === 'risks' ? 'risks.import' : 'services.import', { ...input, mode });
      if (!result.ok) {
        io.err(result.error.message);
        return 1;
      }
      const value = result.value as ImportResult;
      const took = kind === 'risks' ? ` in ${(performance.now() - started).toFixed(0)} ms` : '';
      io.out(
        `Imported ${value.created} ${kind}${took}${value.skipped ? `, skipped ${value.skipped} rows with problems` : ''}${value.newPeople.length ? `; added people: ${listed(value.newPeople)}` : ''}.`,
      );
      return value.skipped ? 1 : 0;
    });
  },

  async export(args, io) {
    const { values, positionals } = parse(args, { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } });
    const kind = positionals[0];
    if (kind !== 'services' && kind !== 'risks') throw new UsageError(`export supports: services, risks (got ${kind === undefined ? 'nothing' : `"${kind}"`})`);
    const format = values.format ?? 'csv';
    if (format !== 'csv' && format !== 'xlsx') throw new UsageError(`--format must be csv or xlsx, got "${String(format)}"`);
    const db = requireOption(values, 'db');
    const out = requireOption(values, 'out');
    return withWorkspace(db, async (app) => {
      const file = (await dispatchOrThrow(app, kind === 'risks' ? 'risks.export' : 'services.export', { format })) as ExportFile;
      fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
      fs.writeFileSync(out, Buffer.from(file.contentBase64, 'base64'));
      io.out(`Exported the ${kind === 'risks' ? 'risk register' : 'service catalogue'} to ${path.resolve(out)}`);
      return 0;
    });
  },
};

export async function dispatchOrThrow(app: AppController, method: string, input: unknown): Promise<ImportPreview & RiskImportPreview & ExportFile> {
  const result = await dispatch(app, method, input);
  if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.field);
  return result.value as ImportPreview & RiskImportPreview & ExportFile;
}
