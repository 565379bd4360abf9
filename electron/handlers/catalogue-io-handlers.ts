import { problemRowsFile } from '../io/problem-rows';
import { importProgress, type ProgressReporter } from '../io/import-progress';
import { planServicesImport, servicesImportSteps, type ServicesImportPlan } from '../io/services-import';
import { exportServices } from '../io/services-export';
import type { ImportFileInput } from '../../shared/api/catalogue-io-api';
import { importPlan, type HandlerTable, type ImportHandler, type ImportMode, type ImportPlan } from './handler-types';

/** The catalogue import: its preview is the parse alone. */
const servicesImport = {
  parse: async (input: ImportFileInput & { mode?: ImportMode }, context, report?: ProgressReporter) =>
    importPlan(await planServicesImport(context.db, input, report), input.mode),
  rows: (plan) => plan.rows.filter((row) => row.errors.length === 0).length,
  commit: (plan, context) => servicesImportSteps(context.db, context.actor(), plan, plan.mode, context.now()),
} satisfies ImportHandler<'services.import', ImportPlan<ServicesImportPlan>>;

export const catalogueIoHandlers: Pick<
  HandlerTable,
  'services.importPreview' | 'services.import' | 'services.export' | 'imports.problemRows' | 'imports.progress'
> = {
  'imports.problemRows': (input, context) => problemRowsFile(context.db, input, context.today()),
  'services.importPreview': async (input, context) => (await servicesImport.parse(input, context)).preview,
  'imports.progress': ({ progressId }) => importProgress(progressId),
  'services.import': servicesImport,
  'services.export': ({ format }, context) => exportServices(context.db, format, context.today()),
};
