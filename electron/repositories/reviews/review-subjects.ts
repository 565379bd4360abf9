import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { SubjectSnapshot } from '../../../shared/entity/review-record';
import { addMonths } from '../../../shared/domain/review-dates';
import type { ReviewSubjectKind } from '../../../shared/domain/review-policy';
import { recordAudit, type Actor } from '../audit-repository';
import { currentMatrix } from '../risks/matrix-repository';
import { getRiskRow } from '../risks/risk-queries';
import { toRiskSummary } from '../risks/risk-rows';

/**
 * Where each kind of subject keeps what the workflow needs, as SQL fragments over `from`:
 * its due date (the subject's own next-review column), its reviewer (the owner; for an SLA its
 * service's owner; for a supplier its manager), whether it is still reviewed, its code and title.
 */
export interface SubjectSql {
  table: string;
  alias: string;
  from: string;
  dueColumn: string;
  due: string;
  reviewer: string;
  open: string;
  code: string;
  title: string;
  /** The risk's residual band rank (NULL for other kinds). */
  band: string;
  /** A service's criticality tier (NULL for other kinds). */
  tier: string;
  /** Condition "concerns service ?". */
  ofService: string;
}

export const SUBJECT_SQL: Record<ReviewSubjectKind, SubjectSql> = {
  risk: {
    table: 'risks',
    alias: 'r',
    from: 'risks r',
    dueColumn: 'next_review_date',
    due: 'r.next_review_date',
    reviewer: 'r.owner_id',
    open: "r.status <> 'closed'",
    code: 'r.code',
    title: 'r.title',
    band: 'r.residual_band',
    tier: 'NULL',
    ofService: 'EXISTS (SELECT 1 FROM risk_services rs WHERE rs.risk_id = r.id AND rs.service_id = ?)',
  },
  sla: {
    table: 'slas',
    alias: 'l',
    from: 'slas l JOIN services ls ON ls.id = l.service_id',
    dueColumn: 'review_date',
    due: 'l.review_date',
    reviewer: 'ls.owner_id',
    open: "l.status <> 'expired'",
    code: 'l.code',
    title: 'l.name',
    band: 'NULL',
    tier: 'NULL',
    ofService: 'l.service_id = ?',
  },
  service: {
    table: 'services',
    alias: 's',
    from: 'services s',
    dueColumn: 'next_review_date',
    due: 's.next_review_date',
    reviewer: 's.owner_id',
    open: "s.lifecycle <> 'retired'",
    code: 's.code',
    title: 's.name',
    band: 'NULL',
    tier: 's.criticality',
    ofService: 's.id = ?',
  },
  supplier: {
    table: 'suppliers',
    alias: 'u',
    from: 'suppliers u',
    dueColumn: 'next_review_date',
    due: 'u.next_review_date',
    reviewer: 'u.manager_id',
    open: '1',
    code: 'u.name',
    title: 'u.name',
    band: 'NULL',
    tier: 'NULL',
    ofService: 'EXISTS (SELECT 1 FROM contracts c JOIN contract_services cs ON cs.contract_id = c.id WHERE c.supplier_id = u.id AND cs.service_id = ?)',
  },
};

/** A subject as the workflow sees it, with its key facts (what a review snapshot keeps). */
export interface LoadedSubject {
  kind: ReviewSubjectKind;
  id: number;
  code: string;
  title: string;
  ownerId: number | null;
  ownerName: string | null;
  dueOn: string | null;
  open: boolean;
  band: string | null;
  tier: number | null;
  facts: SubjectSnapshot;
}

interface BaseRow {
  id: number;
  code: string;
  title: string;
  due: string | null;
  owner_id: number | null;
  owner_name: string | null;
  is_open: number;
  band: number | null;
  tier: number | null;
}

const KIND_WORDS: Record<ReviewSubjectKind, string> = { risk: 'risk', sla: 'SLA', service: 'service', supplier: 'supplier' };

function slaFacts(db: Database.Database, id: number, today: string): SubjectSnapshot {
  const row = db
    .prepare(`SELECT l.customer, l.status, ls.code AS service_code FROM slas l JOIN services ls ON ls.id = l.service_id WHERE l.id = ?`)
    .get(id) as { customer: string; status: string; service_code: string };
  const from = addMonths(`${today.slice(0, 7)}-01`, -12).slice(0, 7);
  const months = db
    .prepare(
      `SELECT sum(worst_rank = 1) AS met, sum(worst_rank = 2) AS at_risk, sum(worst_rank = 3) AS breached, max(period) AS latest
         FROM sla_period_results WHERE sla_id = ? AND period >= ? AND period < ?`,
    )
    .get(id, from, today.slice(0, 7)) as { met: number | null; at_risk: number | null; breached: number | null; latest: string | null };
  return {
    Service: row.service_code,
    Customer: row.customer,
    Status: row.status,
    'Months met (last 12)': months.met ?? 0,
    'Months at risk (last 12)': months.at_risk ?? 0,
    'Months breached (last 12)': months.breached ?? 0,
    'Latest month measured': months.latest,
  };
}

function riskFacts(db: Database.Database, id: number, today: string): SubjectSnapshot {
  const { matrix } = currentMatrix(db);
  const risk = toRiskSummary(getRiskRow(db, id, today), matrix, today);
  const acceptance = db.prepare('SELECT expires_on FROM risk_acceptances WHERE risk_id = ? AND revoked_on IS NULL ORDER BY id DESC LIMIT 1').pluck().get(id) as
    string | null | undefined;
  const position = (p: typeof risk.residual) => (p ? `${p.likelihood}×${p.impact} = ${p.score} (${p.band})` : null);
  return {
    Status: risk.status,
    Treatment: risk.treatment,
    Inherent: position(risk.inherent),
    Residual: position(risk.residual),
    'Residual band': risk.residual?.band ?? null,
    'Above appetite': risk.exceedsAppetite ? 'yes' : 'no',
    'Acceptance expires': acceptance === undefined ? null : (acceptance ?? 'no expiry'),
    'Open actions': risk.openActions,
  };
}

function serviceFacts(db: Database.Database, id: number): SubjectSnapshot {
  const row = db
    .prepare(
      `SELECT s.lifecycle, s.criticality, s.last_review_date,
              (SELECT count(*) FROM slas l WHERE l.service_id = s.id AND l.status = 'agreed') AS slas,
              (SELECT count(*) FROM risk_services rs JOIN risks r ON r.id = rs.risk_id WHERE rs.service_id = s.id AND r.status <> 'closed') AS risks
         FROM services s WHERE s.id = ?`,
    )
    .get(id) as { lifecycle: string; criticality: number; last_review_date: string | null; slas: number; risks: number };
  return { Lifecycle: row.lifecycle, Tier: row.criticality, 'Agreed SLAs': row.slas, 'Open risks': row.risks, 'Last reviewed': row.last_review_date };
}

function supplierFacts(db: Database.Database, id: number, today: string): SubjectSnapshot {
  const row = db
    .prepare(
      `SELECT u.contact, count(c.id) AS contracts, sum(c.end_date IS NOT NULL AND c.end_date >= ? AND c.end_date <= date(?, '+90 days')) AS ending
         FROM suppliers u LEFT JOIN contracts c ON c.supplier_id = u.id WHERE u.id = ? GROUP BY u.id`,
    )
    .get(today, today, id) as { contact: string | null; contracts: number; ending: number | null };
  return { Contact: row.contact, Contracts: row.contracts, 'Contracts ending within 90 days': row.ending ?? 0 };
}

/** Load a subject with its key facts, or fail naming the field. */
export function loadSubject(db: Database.Database, kind: ReviewSubjectKind, id: number, today: string, field = 'subjectId'): LoadedSubject {
  const s = SUBJECT_SQL[kind];
  const row = db
    .prepare(
      `SELECT ${s.alias}.id, ${s.code} AS code, ${s.title} AS title, ${s.due} AS due, ${s.reviewer} AS owner_id, p.name AS owner_name,
              (${s.open}) AS is_open, ${s.band} AS band, ${s.tier} AS tier
         FROM ${s.from} LEFT JOIN people p ON p.id = ${s.reviewer} WHERE ${s.alias}.id = ?`,
    )
    .get(id) as BaseRow | undefined;
  if (!row) throw new AppError('not_found', `There is no ${KIND_WORDS[kind]} with id ${id}.`, field);
  const bands = currentMatrix(db).matrix.banding.bands;
  const facts: SubjectSnapshot = { Code: row.code, Title: row.title, Owner: row.owner_name, 'Next review': row.due };
  const more =
    kind === 'risk'
      ? riskFacts(db, id, today)
      : kind === 'sla'
        ? slaFacts(db, id, today)
        : kind === 'service'
          ? serviceFacts(db, id)
          : supplierFacts(db, id, today);
  if (kind === 'supplier') delete facts.Title;
  return {
    kind,
    id: row.id,
    code: row.code,
    title: row.title,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    dueOn: row.due,
    open: row.is_open === 1,
    band: row.band === null ? null : (bands[row.band]?.name ?? null),
    tier: row.tier,
    facts: { ...facts, ...more },
  };
}

/**
 * Store a subject's next review date, with an audit entry saying why. The only place the
 * workflow writes a due date: a person's choice (review completed, rejected, re-opened) or a
 * policy change that was previewed.
 */
export function setSubjectDueDate(
  db: Database.Database,
  actor: Actor,
  kind: ReviewSubjectKind,
  id: number,
  before: string | null,
  after: string,
  reason: string,
  now: string,
): void {
  const s = SUBJECT_SQL[kind];
  db.prepare(`UPDATE ${s.table} SET ${s.dueColumn} = ?, updated_at = ? WHERE id = ?`).run(after, now, id);
  const key = kind === 'sla' ? 'reviewDate' : 'nextReviewDate';
  recordAudit(db, actor, { entity: kind, entityId: id, action: 'update', before: { [key]: before }, after: { [key]: after, reason } }, now);
}
