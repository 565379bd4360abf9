import { listAudit } from '../repositories/audit-repository';
import { dashboardSummary, searchRecords } from '../repositories/overview-repository';
import type { HandlerTable } from './handler-types';

export const overviewHandlers: Pick<HandlerTable, 'audit.list' | 'search.records' | 'dashboard.summary'> = {
  'audit.list': (input, { db }) => listAudit(db, input),
  'search.records': ({ text, limit }, { db }) => searchRecords(db, text, limit),
  'dashboard.summary': (_input, context) => dashboardSummary(context.db, context.today()),
};
