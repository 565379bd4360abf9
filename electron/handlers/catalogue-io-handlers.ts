import { problemRowsFile } from '../io/problem-rows';
import { commitServicesImport, planServicesImport } from '../io/services-import';
import { exportServices } from '../io/services-export';
import type { HandlerTable } from './handler-types';

export const catalogueIoHandlers: Pick<HandlerTable, 'services.importPreview' | 'services.import' | 'services.export' | 'imports.problemRows'> = {
  'imports.problemRows': (input, context) => problemRowsFile(context.db, input, context.today()),
  'services.importPreview': async (input, { db }) => (await planServicesImport(db, input)).preview,
  'services.import': async (input, context) => {
    const db = context.db;
    const plan = await planServicesImport(db, input);
    // Parsing is done; the writes happen in one transaction, so a failure leaves nothing behind.
    return db.transaction(() => commitServicesImport(db, context.actor(), plan, input.mode, context.now()))();
  },
  'services.export': ({ format }, context) => exportServices(context.db, format, context.today()),
};
