import { exportAudit } from '../io/audit-export';
import { searchAudit } from '../repositories/audit/readable-audit';
import { listAudit } from '../repositories/audit-repository';
import { dashboardSummary, searchRecords } from '../repositories/overview-repository';
import type { HandlerTable } from './handler-types';

export const overviewHandlers: Pick<HandlerTable, 'audit.list' | 'audit.search' | 'audit.export' | 'search.records' | 'dashboard.summary'> = {
  'audit.list': (input, { db }) => listAudit(db, input),
  'audit.search': (input, { db }) => searchAudit(db, input),
  'audit.export': ({ filter }, context) => exportAudit(context.db, filter, context.today()),
  'search.records': ({ text, limit }, { db }) => searchRecords(db, text, limit),
  'dashboard.summary': (_input, context) => dashboardSummary(context.db, context.today()),
};
