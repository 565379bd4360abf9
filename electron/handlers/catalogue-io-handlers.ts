import { problemRowsFile } from '../io/problem-rows';
import { importProgress } from '../io/import-progress';
import { planServicesImport, servicesImportSteps } from '../io/services-import';
import { runImport } from './run-import';
import { exportServices } from '../io/services-export';
import type { HandlerTable } from './handler-types';

export const catalogueIoHandlers: Pick<
  HandlerTable,
  'services.importPreview' | 'services.import' | 'services.export' | 'imports.problemRows' | 'imports.progress'
> = {
  'imports.problemRows': (input, context) => problemRowsFile(context.db, input, context.today()),
  'services.importPreview': async (input, { db }) => (await planServicesImport(db, input)).preview,
  'imports.progress': ({ progressId }) => importProgress(progressId),
  'services.import': (input, context) =>
    runImport(context, input.progressId, {
      plan: (report) => planServicesImport(context.db, input, report),
      rows: (plan) => plan.rows.filter((row) => row.errors.length === 0).length,
      steps: (plan) => servicesImportSteps(context.db, context.actor(), plan, input.mode, context.now()),
    }),
  'services.export': ({ format }, context) => exportServices(context.db, format, context.today()),
};
