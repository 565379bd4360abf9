import type { FigureFactory } from './figure';

/** The first page (100 entries) of the audit trail, newest first. */
export const auditList: FigureFactory = ({ raw, call }) => {
  const statement = raw.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?');
  return {
    name: 'audit.list (first page)',
    api: () => call('audit.list', {}),
    raw: () => statement.all(101),
  };
};
