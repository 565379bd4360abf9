import type { ProgressReporter } from '../io/import-progress';
import { applyMatrixChange, getMatrixInfo, previewMatrixChange } from '../repositories/risks/matrix-change';
import { createRiskAction, deleteRiskAction, listRiskActions, updateRiskAction } from '../repositories/risks/risk-actions';
import { bulkUpdateRisks } from '../repositories/risks/risk-bulk';
import { approveAcceptance, revokeAcceptance, riskAppetite } from '../repositories/risks/risk-acceptance';
import { riskHeatmap, riskMovement, risksByService } from '../repositories/risks/risk-heatmap';
import { getRisk, listRisks, riskFacets, suggestRiskCode } from '../repositories/risks/risk-queries';
import { assessRisk, createRisk, deleteRisk, updateRisk } from '../repositories/risks/risk-writes';
import { exportRisks } from '../io/risks-export';
import { planRisksImport, risksImportSteps, type RisksImportPlan } from '../io/risks-import';
import type { RiskImportFileInput } from '../../shared/api/risks-io-api';
import { importPlan, type HandlerTable, type ImportHandler, type ImportMode, type ImportPlan } from './handler-types';

/** The register import: its preview is the parse alone. */
const risksImport = {
  parse: async (input: RiskImportFileInput & { mode?: ImportMode }, context, report?: ProgressReporter) =>
    importPlan(await planRisksImport(context.db, input, context.today(), report), input.mode),
  rows: (plan) => plan.rows.filter((row) => row.errors.length === 0).length,
  commit: (plan, context) => risksImportSteps(context.db, context.actor(), plan, plan.mode, context.now()),
  afterCommit: (result, context) => {
    // A large import changes the tables' sizes; refresh the planner's statistics where they are now wrong.
    if (result.created > 1000) context.db.pragma('optimize=0x10002');
  },
} satisfies ImportHandler<'risks.import', ImportPlan<RisksImportPlan>>;

type RiskMethods =
  | 'riskMatrix.get'
  | 'riskMatrix.previewChange'
  | 'riskMatrix.apply'
  | 'risks.list'
  | 'risks.facets'
  | 'risks.get'
  | 'risks.suggestCode'
  | 'risks.create'
  | 'risks.update'
  | 'risks.assess'
  | 'risks.delete'
  | 'risks.bulkUpdate'
  | 'risks.heatmap'
  | 'risks.movement'
  | 'risks.byService'
  | 'riskActions.list'
  | 'riskActions.create'
  | 'riskActions.update'
  | 'riskActions.delete'
  | 'risks.importPreview'
  | 'risks.import'
  | 'risks.export'
  | 'risks.appetite'
  | 'risks.approveAcceptance'
  | 'risks.revokeAcceptance';

export const risksHandlers: Pick<HandlerTable, RiskMethods> = {
  'riskMatrix.get': (_input, { db }) => getMatrixInfo(db),
  'riskMatrix.previewChange': (input, context) => previewMatrixChange(context.db, input, context.today()),
  'riskMatrix.apply': (input, context) => applyMatrixChange(context.db, context.actor(), input, context.now()),
  'risks.list': (input, context) => listRisks(context.db, input, context.today()),
  'risks.facets': (_input, { db }) => riskFacets(db),
  'risks.get': ({ id }, context) => getRisk(context.db, id, context.today()),
  'risks.suggestCode': (_input, { db }) => ({ code: suggestRiskCode(db) }),
  'risks.create': (input, context) => createRisk(context.db, context.actor(), input, context.today(), context.now()),
  'risks.update': (input, context) => updateRisk(context.db, context.actor(), input, context.today(), context.now()),
  'risks.assess': (input, context) => assessRisk(context.db, context.actor(), input, context.today(), context.now()),
  'risks.delete': ({ id }, context) => deleteRisk(context.db, context.actor(), id, context.today(), context.now()),
  'risks.bulkUpdate': (input, context) => bulkUpdateRisks(context.db, context.actor(), input, context.today(), context.now()),
  'risks.appetite': ({ riskId }, context) => riskAppetite(context.db, riskId, context.today()),
  'risks.approveAcceptance': (input, context) => approveAcceptance(context.db, context.actor(), input, context.today(), context.now()),
  'risks.revokeAcceptance': ({ riskId, reason }, context) => revokeAcceptance(context.db, context.actor(), riskId, reason, context.today(), context.now()),
  'risks.heatmap': (input, context) => riskHeatmap(context.db, input, context.today()),
  'risks.movement': (input, context) => riskMovement(context.db, input, context.today()),
  'risks.byService': (input, context) => risksByService(context.db, input, context.today()),
  'riskActions.list': (input, context) => listRiskActions(context.db, input, context.today()),
  'riskActions.create': (input, context) => createRiskAction(context.db, context.actor(), input, context.today(), context.now()),
  'riskActions.update': (input, context) => updateRiskAction(context.db, context.actor(), input, context.today(), context.now()),
  'riskActions.delete': ({ id }, context) => deleteRiskAction(context.db, context.actor(), id, context.today(), context.now()),
  'risks.importPreview': async (input, context) => (await risksImport.parse(input, context)).preview,
  'risks.import': risksImport,
  'risks.export': ({ format, filter }, context) => exportRisks(context.db, format, context.today(), filter),
};
