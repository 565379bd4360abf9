import type { ProgressReporter } from '../io/import-progress';
import { addPeriods, lastCompletePeriod } from '../../shared/domain/sla-periods';
import { currentBreaches, slaPortfolio } from '../repositories/slas/portfolio';
import { measurementGrid, ownerOf, saveMeasurements, setContractTargets } from '../repositories/slas/measurements';
import { getSla, listSlas, suggestSlaCode } from '../repositories/slas/sla-queries';
import { createSla, deleteSla, setSlaTargets, updateSla } from '../repositories/slas/sla-writes';
import { measurementsImportSteps, planMeasurementsImport, type MeasurementsImportPlan } from '../io/measurements-import';
import { outagesImportSteps, planOutagesImport, type OutagesImportPlan } from '../io/outages-import';
import type { ImportFileInput } from '../../shared/api/catalogue-io-api';
import { deleteOutage, listOutages } from '../repositories/slas/outages';
import { listActions, updateAction } from '../repositories/slas/actions';
import { createSlaReview, listSlaReviews, slaReviewPrefill } from '../repositories/slas/sla-reviews';
import { contractPerformance } from '../repositories/slas/contract-performance';
import { importPlan, type HandlerTable, type ImportHandler, type ImportMode, type ImportPlan } from './handler-types';

/** Period results of SLAs, contracts and OLAs: the preview is the parse alone. */
const measurementsImport = {
  parse: async (input: ImportFileInput & { mode?: ImportMode }, context, report?: ProgressReporter) =>
    importPlan(await planMeasurementsImport(context.db, input, context.today(), report), input.mode),
  rows: (plan) => plan.rows.filter((planned) => planned.write).length,
  commit: (plan, context) => measurementsImportSteps(context.db, context.actor(), plan, plan.mode, context.now()),
} satisfies ImportHandler<'measurements.import', ImportPlan<MeasurementsImportPlan>>;

/** An outage log, and the availability it gives: the preview is the parse alone. */
const outagesImport = {
  parse: async (input: ImportFileInput & { mode?: ImportMode }, context, report?: ProgressReporter) =>
    importPlan(await planOutagesImport(context.db, input, context.today(), report), input.mode),
  rows: (plan) => plan.rows.filter((planned) => planned.row.errors.length === 0 && !planned.duplicate).length,
  commit: (plan, context) => outagesImportSteps(context.db, context.actor(), plan, plan.mode, context.now()),
} satisfies ImportHandler<'outages.import', ImportPlan<OutagesImportPlan>>;

type SlaMethods =
  | 'slas.list'
  | 'slas.get'
  | 'slas.suggestCode'
  | 'slas.create'
  | 'slas.update'
  | 'slas.delete'
  | 'slas.setTargets'
  | 'contracts.setTargets'
  | 'contracts.performance'
  | 'measurements.grid'
  | 'measurements.save'
  | 'slas.portfolio'
  | 'slas.breaches'
  | 'measurements.importPreview'
  | 'measurements.import'
  | 'outages.importPreview'
  | 'outages.import'
  | 'outages.list'
  | 'outages.delete'
  | 'slaReviews.prefill'
  | 'slaReviews.create'
  | 'slaReviews.list'
  | 'actions.list'
  | 'actions.update';

export const slasHandlers: Pick<HandlerTable, SlaMethods> = {
  'slas.list': (input, context) => listSlas(context.db, input, context.today()),
  'slas.get': ({ id }, context) => getSla(context.db, id, context.today()),
  'slas.suggestCode': (_input, { db }) => ({ code: suggestSlaCode(db) }),
  'slas.create': (input, context) => createSla(context.db, context.actor(), input, context.today(), context.now()),
  'slas.update': (input, context) => updateSla(context.db, context.actor(), input, context.today(), context.now()),
  'slas.delete': ({ id }, context) => deleteSla(context.db, context.actor(), id, context.today(), context.now()),
  'slas.setTargets': (input, context) => setSlaTargets(context.db, context.actor(), input, context.today(), context.now()),
  'contracts.setTargets': (input, context) => {
    const to = lastCompletePeriod(context.today());
    return setContractTargets(context.db, context.actor(), input, { from: addPeriods(to, -11), to }, context.today(), context.now());
  },
  'contracts.performance': (input, { db }) => contractPerformance(db, input),
  'measurements.grid': (input, context) => measurementGrid(context.db, ownerOf(input), input.from, input.to, context.today()),
  'measurements.save': (input, context) => saveMeasurements(context.db, context.actor(), ownerOf(input), input.cells, context.today(), context.now()),
  'slas.portfolio': (input, { db }) => slaPortfolio(db, input),
  'slas.breaches': (input, context) => currentBreaches(context.db, input, context.today()),
  'measurements.importPreview': async (input, context) => (await measurementsImport.parse(input, context)).preview,
  'measurements.import': measurementsImport,
  'outages.importPreview': async (input, context) => (await outagesImport.parse(input, context)).preview,
  'outages.import': outagesImport,
  'outages.list': (input, { db }) => listOutages(db, input),
  'outages.delete': ({ id }, context) => deleteOutage(context.db, context.actor(), id, context.now()),
  'slaReviews.prefill': ({ slaId, period }, context) => slaReviewPrefill(context.db, slaId, period, context.today()),
  'slaReviews.create': (input, context) => createSlaReview(context.db, context.actor(), input, context.today(), context.now()),
  'slaReviews.list': ({ slaId }, context) => listSlaReviews(context.db, slaId, context.today()),
  'actions.list': (input, context) => listActions(context.db, input, context.today()),
  'actions.update': (input, context) => updateAction(context.db, context.actor(), input, context.today(), context.now()),
};
