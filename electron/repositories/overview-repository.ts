import type Database from 'better-sqlite3';
import type { DashboardSummary, DueReview, SearchHit } from '../../shared/api/overview-api';
import { getOrganisationName } from './meta-repository';
import { dashboardRisks } from './risks/risk-heatmap';
import { containsPattern, escapeLike } from './sql-helpers';
import { slaDashboardFigures } from './slas/portfolio';

/** The palette's record search; :pattern is a contains-pattern, :prefix a starts-with pattern (ESCAPE '\\'). */
export const SEARCH_SQL = `SELECT * FROM (
         SELECT 'service' AS kind, id, code, name AS title, lifecycle AS subtitle,
                (code LIKE :prefix ESCAPE '\\') AS exact FROM services
          WHERE code LIKE :pattern ESCAPE '\\' OR name LIKE :pattern ESCAPE '\\'
         UNION ALL
         SELECT 'sla', id, code, name, customer, (code LIKE :prefix ESCAPE '\\') FROM slas
          WHERE code LIKE :pattern ESCAPE '\\' OR name LIKE :pattern ESCAPE '\\' OR customer LIKE :pattern ESCAPE '\\'
         UNION ALL
         SELECT 'risk', id, code, title, status, (code LIKE :prefix ESCAPE '\\') FROM risks
          WHERE code LIKE :pattern ESCAPE '\\' OR title LIKE :pattern ESCAPE '\\'
         UNION ALL
         SELECT 'supplier', id, NULL, name, contact, 0 FROM suppliers WHERE name LIKE :pattern ESCAPE '\\'
         UNION ALL
         SELECT 'person', id, NULL, name, role, 0 FROM people WHERE name LIKE :pattern ESCAPE '\\' OR email LIKE :pattern ESCAPE '\\'
       ) ORDER BY exact DESC, title COLLATE NOCASE LIMIT :limit`;

/** Records whose code or name contains the text, codes that start with it first. */
export function searchRecords(db: Database.Database, text: string, limit: number): SearchHit[] {
  const pattern = containsPattern(text);
  const prefix = `${escapeLike(text)}%`;
  const rows = db.prepare(SEARCH_SQL).all({ pattern, prefix, limit }) as Array<SearchHit & { exact: number }>;
  return rows.map(({ exact: _exact, ...hit }) => hit);
}

function count(db: Database.Database, sql: string, ...params: unknown[]): number {
  return db
    .prepare(sql)
    .pluck()
    .get(...params) as number;
}

/** Figures for the dashboard, with reviews overdue or due within 30 days of `today`. */
export function dashboardSummary(db: Database.Database, today: string): DashboardSummary {
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + 30);
  const horizon = soon.toISOString().slice(0, 10);
  const due = `
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
          WHERE r.status <> 'closed' AND r.next_review_date IS NOT NULL AND r.next_review_date <= :horizon`;
  // The figures count every review due; only the soonest 50 are listed.
  const figures = db
    .prepare(`SELECT coalesce(sum(dueDate < :today), 0) AS overdue, coalesce(sum(dueDate >= :today), 0) AS dueSoon FROM (${due})`)
    .get({ horizon, today }) as { overdue: number; dueSoon: number };
  const items = db.prepare(`SELECT * FROM (${due}) ORDER BY dueDate, title LIMIT 50`).all({ horizon }) as Array<Omit<DueReview, 'overdue'>>;
  const reviews = items.map((item) => ({ ...item, overdue: item.dueDate < today }));
  return {
    organisationName: getOrganisationName(db),
    counts: {
      services: count(db, 'SELECT count(*) FROM services'),
      liveServices: count(db, "SELECT count(*) FROM services WHERE lifecycle = 'live'"),
      slas: count(db, 'SELECT count(*) FROM slas'),
      agreedSlas: count(db, "SELECT count(*) FROM slas WHERE status = 'agreed'"),
      openRisks: count(db, "SELECT count(*) FROM risks WHERE status <> 'closed'"),
      people: count(db, 'SELECT count(*) FROM people WHERE active = 1'),
      openActions: count(db, "SELECT count(*) FROM actions WHERE status IN ('open', 'in_progress')"),
      overdueActions: count(db, "SELECT count(*) FROM actions WHERE status IN ('open', 'in_progress') AND due_date < ?", today),
    },
    reviews: { overdue: figures.overdue, dueSoon: figures.dueSoon, items: reviews },
    catalogue: catalogueFigures(db, today),
    risks: dashboardRisks(db, today),
    slas: slaDashboardFigures(db, today),
  };
}

function catalogueFigures(db: Database.Database, today: string): DashboardSummary['catalogue'] {
  const byLifecycle = { pipeline: 0, live: 0, retired: 0 };
  for (const row of db.prepare('SELECT lifecycle, count(*) AS n FROM services GROUP BY lifecycle').all() as Array<{
    lifecycle: keyof typeof byLifecycle;
    n: number;
  }>) {
    byLifecycle[row.lifecycle] = row.n;
  }
  const tiers = new Map(
    (
      db.prepare("SELECT criticality AS tier, count(*) AS n FROM services WHERE lifecycle <> 'retired' GROUP BY criticality").all() as Array<{
        tier: number;
        n: number;
      }>
    ).map((row) => [row.tier, row.n]),
  );
  const horizon = new Date(Date.parse(`${today}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);
  const contractsEnding = db
    .prepare(
      `SELECT c.id, c.title, su.name AS supplierName, c.end_date AS endDate,
              CAST(julianday(c.end_date) - julianday(:today) AS INTEGER) AS daysToEnd
         FROM contracts c LEFT JOIN suppliers su ON su.id = c.supplier_id
        WHERE c.end_date IS NOT NULL AND c.end_date <= :horizon
          AND (c.end_date >= :today OR EXISTS (
                SELECT 1 FROM contract_services cs JOIN services s ON s.id = cs.service_id
                 WHERE cs.contract_id = c.id AND s.lifecycle = 'live'))
        ORDER BY c.end_date LIMIT 50`,
    )
    .all({ today, horizon }) as DashboardSummary['catalogue']['contractsEnding'];
  return { byLifecycle, byTier: [1, 2, 3, 4].map((tier) => ({ tier, count: tiers.get(tier) ?? 0 })), contractsEnding };
}
