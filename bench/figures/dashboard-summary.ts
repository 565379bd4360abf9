import { lastCompletePeriod } from '../../shared/domain/sla-periods';
import type { FigureFactory } from './figure';

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** The dashboard: eight counts, the reviews overdue or due within 30 days, and last month's SLA results. */
export const dashboardSummary: FigureFactory = ({ raw, call }) => {
  const items = raw.prepare(
    `SELECT * FROM (
       SELECT 'service' AS kind, s.id, s.code, s.name AS title, s.next_review_date AS dueDate, p.name AS ownerName
         FROM services s LEFT JOIN people p ON p.id = s.owner_id
        WHERE s.lifecycle <> 'retired' AND s.next_review_date IS NOT NULL AND s.next_review_date <= :horizon
       UNION ALL
       SELECT 'sla', l.id, l.code, l.name, l.review_date, p.name
         FROM slas l JOIN services s ON s.id = l.service_id LEFT JOIN people p ON p.id = s.owner_id
        WHERE l.status <> 'expired' AND l.review_date IS NOT NULL AND l.review_date <= :horizon
       UNION ALL
       SELECT 'risk', r.id, r.code, r.title, r.next_review_date, p.name
         FROM risks r LEFT JOIN people p ON p.id = r.owner_id
        WHERE r.status <> 'closed' AND r.next_review_date IS NOT NULL AND r.next_review_date <= :horizon
     ) ORDER BY dueDate, title LIMIT 200`,
  );
  const counts = [
    'SELECT count(*) FROM services',
    "SELECT count(*) FROM services WHERE lifecycle = 'live'",
    'SELECT count(*) FROM slas',
    "SELECT count(*) FROM slas WHERE status = 'agreed'",
    "SELECT count(*) FROM risks WHERE status <> 'closed'",
    'SELECT count(*) FROM people WHERE active = 1',
    "SELECT count(*) FROM actions WHERE status IN ('open', 'in_progress')",
  ].map((sql) => raw.prepare(sql).pluck());
  const overdueActions = raw.prepare("SELECT count(*) FROM actions WHERE status IN ('open', 'in_progress') AND due_date < ?").pluck();
  const organisation = raw.prepare("SELECT value FROM meta WHERE key = 'organisation_name'").pluck();
  const agreedSlas = raw.prepare("SELECT count(*) FROM slas WHERE status = 'agreed'").pluck();
  const slaResults = raw.prepare("SELECT r.worst_rank, r.breached FROM sla_period_results r JOIN slas l ON l.id = r.sla_id WHERE r.period = ? AND l.status = 'agreed'").raw();
  return {
    name: 'dashboard.summary',
    api: () => call('dashboard.summary', {}),
    raw: () => {
      const today = todayUtc();
      const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
      return {
        organisation: organisation.get(),
        counts: [...counts.map((statement) => statement.get()), overdueActions.get(today)],
        items: items.all({ horizon }),
        slas: [agreedSlas.get(), slaResults.all(lastCompletePeriod(today))],
      };
    },
  };
};
