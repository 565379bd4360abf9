import type Database from 'better-sqlite3';
import type { AuditFilter } from '../../shared/api/audit-api';
import { auditFilterSql } from '../../electron/repositories/audit/readable-audit';
import { placeholders } from '../../electron/repositories/sql-helpers';
import type { FigureFactory } from './figure';

/**
 * The raw floor of one page: the same id query (on the same index) and the rows of that page,
 * without resolving records, people and labels. API/raw is then the price of reading it resolved.
 */
function rawPage(raw: Database.Database, filter: AuditFilter): () => unknown {
  const { where, params } = auditFilterSql(filter, raw);
  const ids = raw.prepare(`SELECT id FROM audit_log ${where} ORDER BY id DESC LIMIT ?`).pluck();
  const rows = raw.prepare(`SELECT * FROM audit_log WHERE id IN (${placeholders(100)}) ORDER BY id DESC`);
  return () => {
    const page = (ids.all(...params, 101) as number[]).slice(0, 100);
    return rows.all(...page, ...Array.from({ length: 100 - page.length }, () => 0));
  };
}

function searchFigure(label: string, pick: (raw: Database.Database) => AuditFilter): FigureFactory {
  return ({ raw, call }) => {
    const filter = pick(raw);
    return { name: `audit.search ${label} (first 100, resolved) vs raw rows`, api: () => call('audit.search', { filter }), raw: rawPage(raw, filter) };
  };
}

export const auditSearchAll = searchFigure('everything', () => ({}));
export const auditSearchByPerson = searchFigure('by person', (raw) => ({
  actorId: raw.prepare('SELECT actor_id FROM audit_log WHERE actor_id IS NOT NULL GROUP BY actor_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as number,
}));
export const auditSearchByKind = searchFigure('kind=sla', () => ({ entity: 'sla' }));
export const auditSearchByMonth = searchFigure('one month', (raw) => {
  const middle = raw.prepare('SELECT at FROM audit_log ORDER BY at LIMIT 1 OFFSET (SELECT count(*) / 2 FROM audit_log)').pluck().get() as string;
  const start = `${middle.slice(0, 7)}-01T00:00:00Z`;
  const [year, month] = [Number(middle.slice(0, 4)), Number(middle.slice(5, 7))];
  const end = month === 12 ? `${year + 1}-01-01T00:00:00Z` : `${year}-${String(month + 1).padStart(2, '0')}-01T00:00:00Z`;
  return { since: start, until: end };
});
export const auditSearchText = searchFigure('text "network"', () => ({ text: 'network' }));

/** The CSV of one kind of record (every SLA change), the way the audit screen exports it. */
export const auditExportSla: FigureFactory = ({ raw, call }) => {
  const statement = raw.prepare("SELECT * FROM audit_log WHERE entity = 'sla' ORDER BY id DESC");
  return {
    name: 'audit.export kind=sla (CSV) vs raw rows',
    api: () => call('audit.export', { filter: { entity: 'sla' } }),
    raw: () => statement.all(),
    runs: 5,
    warmup: 1,
  };
};
