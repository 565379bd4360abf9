import type Database from 'better-sqlite3';
import { addPeriods, periodOf, periodRange } from '../../../shared/domain/sla-periods';
import { addDaysIso } from '../../../shared/domain/dates';
import { band } from '../../../shared/domain/risk-matrix';
import type { BurnDownActionRow } from '../../../shared/management-review/action-burn-down';
import type { ChangesRaw } from '../../../shared/management-review/changes';
import type { PreviousActionRow } from '../../../shared/management-review/previous-actions';
import type { DateWindow } from '../../../shared/management-review/rag';
import { heatMapView, RISK_LIST_LIMIT, type HeatMapView, type RisksRaw } from '../../../shared/management-review/risks-input';
import type { SlaActionRow, SlaMonthResult, TargetBreach } from '../../../shared/management-review/service-performance';
import type { ContractDates, ContractTargetResult } from '../../../shared/management-review/supplier-performance';
import { currentMatrix, matrixVersion } from '../risks/matrix-repository';
import { OPEN_STATUSES, riskHeatmap } from '../risks/risk-heatmap';
import { listRisks } from '../risks/risk-queries';
import { statusRankSql } from '../slas/status-sql';

const day = (column: string) => `substr(${column}, 1, 10)`;

/** Input (a): actions raised by reviews before this one: open ones, and those finished since `since`. */
export function previousActionRows(db: Database.Database, reviewId: number, periodFrom: string, since: string): PreviousActionRow[] {
  return db
    .prepare(
      `SELECT a.id, a.title, p.name AS ownerName, a.due_date AS dueDate, a.status, ${day('a.completed_at')} AS completedOn,
              m.id AS reviewId, m.title AS reviewTitle, m.period_to AS reviewPeriodTo
         FROM actions a JOIN management_reviews m ON m.id = a.management_review_id
         LEFT JOIN people p ON p.id = a.owner_id
        WHERE m.id <> @reviewId AND m.period_to < @periodFrom
          AND (a.status IN ('open', 'in_progress') OR ${day('coalesce(a.completed_at, a.updated_at)')} >= @since)
        ORDER BY a.id`,
    )
    .all({ reviewId, periodFrom, since }) as PreviousActionRow[];
}

/**
 * Input (a), burn-down: every action decided at a management review that was open at some time in
 * the window. A cancelled action has no cancel date; its last change stands in for it.
 */
export function actionBurnDownRows(db: Database.Database, window: DateWindow): BurnDownActionRow[] {
  return db
    .prepare(
      `SELECT ${day('a.created_at')} AS raisedOn, a.status,
              CASE a.status WHEN 'done' THEN ${day('coalesce(a.completed_at, a.updated_at)')} WHEN 'cancelled' THEN ${day('a.updated_at')} END AS closedOn
         FROM actions a
        WHERE a.management_review_id IS NOT NULL AND ${day('a.created_at')} <= @to
          AND (a.status IN ('open', 'in_progress') OR ${day('coalesce(a.completed_at, a.updated_at)')} >= @from)`,
    )
    .all({ from: window.from, to: window.to }) as BurnDownActionRow[];
}

/**
 * Risks whose residual band differs now from the band of their last assessment before `from`.
 * Only risks re-assessed since then can have moved (tens of thousands at 100,000 risks). The
 * re-assessed risks and their last position before `from` (the latest id on a tie) come from
 * indexes of migration 010 without reading the assessments; codes and titles are read for the
 * movers only.
 */
function bandMoves(db: Database.Database, from: string): RisksRaw['moves'] {
  const rows = db
    .prepare(
      `WITH changed AS (SELECT risk_id FROM risk_assessments INDEXED BY risk_assessments_date_risk WHERE assessed_at >= @from GROUP BY risk_id)
       SELECT c.risk_id, r.residual_band, a.residual_likelihood, a.residual_impact, a.matrix_version, max(a.id)
         FROM changed c JOIN risks r ON r.id = c.risk_id
         JOIN risk_assessments a INDEXED BY risk_assessments_residual ON a.risk_id = c.risk_id
          AND a.assessed_at = (SELECT max(x.assessed_at) FROM risk_assessments x INDEXED BY risk_assessments_residual WHERE x.risk_id = c.risk_id AND x.assessed_at < @from)
        WHERE r.status <> 'closed' AND r.residual_band IS NOT NULL
        GROUP BY c.risk_id`,
    )
    .raw()
    .all({ from }) as Array<[id: number, toRank: number, l: number, i: number, v: number, assessmentId: number]>;
  const matrices = new Map<number, ReturnType<typeof matrixVersion>['matrix']>();
  const moved: Array<{ id: number; fromRank: number; toRank: number }> = [];
  for (const [id, toRank, l, i, v] of rows) {
    let past = matrices.get(v);
    if (!past) matrices.set(v, (past = matrixVersion(db, v).matrix));
    const fromRank = band(past, l, i).rank;
    if (fromRank !== toRank) moved.push({ id, fromRank, toRank });
  }
  if (moved.length === 0) return [];
  const labels = new Map(
    (
      db.prepare('SELECT id, code, title FROM risks WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(moved.map((m) => m.id))) as Array<{
        id: number;
        code: string;
        title: string;
      }>
    ).map((r) => [r.id, r]),
  );
  return moved.map((m) => ({ code: labels.get(m.id)!.code, title: labels.get(m.id)!.title, fromRank: m.fromRank, toRank: m.toRank }));
}

/** Input (b): the raw changes around the window. */
export function changesRaw(db: Database.Database, window: DateWindow): ChangesRaw {
  const w = { from: window.from, to: window.to };
  return {
    servicesAdded: db
      .prepare(`SELECT code, name, ${day('created_at')} AS "on" FROM services WHERE ${day('created_at')} BETWEEN @from AND @to ORDER BY code`)
      .all(w) as ChangesRaw['servicesAdded'],
    lifecycleChanges: db
      .prepare(
        `SELECT s.code, s.name, e.lifecycle, ${day('e.at')} AS "on" FROM service_lifecycle_events e JOIN services s ON s.id = e.service_id
          WHERE ${day('e.at')} BETWEEN @from AND @to AND ${day('e.at')} > ${day('s.created_at')} ORDER BY e.at, e.id`,
      )
      .all(w) as ChangesRaw['lifecycleChanges'],
    tierChanges: db
      .prepare(
        `SELECT s.code, s.name, json_extract(l.before_json, '$.criticality') AS "from", json_extract(l.after_json, '$.criticality') AS "to", ${day('l.at')} AS "on"
           FROM audit_log l JOIN services s ON CAST(s.id AS TEXT) = l.entity_id
          WHERE l.entity = 'service' AND l.action = 'update' AND ${day('l.at')} BETWEEN @from AND @to
            AND json_extract(l.before_json, '$.criticality') IS NOT json_extract(l.after_json, '$.criticality') ORDER BY l.id`,
      )
      .all(w) as ChangesRaw['tierChanges'],
    suppliersAdded: db
      .prepare(`SELECT name, ${day('created_at')} AS "on" FROM suppliers WHERE ${day('created_at')} BETWEEN @from AND @to ORDER BY name`)
      .all(w) as ChangesRaw['suppliersAdded'],
    contracts: db
      .prepare(
        `SELECT c.title, s.name AS supplier, c.kind, ${day('c.created_at')} AS createdOn, c.end_date AS endDate, c.notice_days AS noticeDays
           FROM contracts c LEFT JOIN suppliers s ON s.id = c.supplier_id
          WHERE c.end_date >= @from OR ${day('c.created_at')} BETWEEN @from AND @to ORDER BY c.id`,
      )
      .all(w) as ChangesRaw['contracts'],
    slas: (
      db
        .prepare(
          `SELECT l.code, l.name, l.status, ${day('l.created_at')} AS createdOn, l.valid_from AS validFrom, l.valid_to AS validTo,
                  (SELECT json_group_array(${day('a.at')}) FROM audit_log a WHERE a.entity = 'sla' AND a.entity_id = CAST(l.id AS TEXT) AND a.action = 'update'
                      AND ${day('a.at')} BETWEEN @from AND @to) AS changed
             FROM slas l
            WHERE ${day('l.created_at')} <= @to AND (l.valid_to IS NULL OR l.valid_to >= @from)
            ORDER BY l.code`,
        )
        .all(w) as Array<Omit<ChangesRaw['slas'][number], 'changedOn'> & { changed: string }>
    ).map(({ changed, ...sla }) => ({ ...sla, changedOn: (JSON.parse(changed) as string[]).sort() })),
    matrixChanges: db
      .prepare(
        `SELECT version, ${day('created_at')} AS "on", created_by AS "by" FROM risk_matrices WHERE version > 1 AND ${day('created_at')} BETWEEN @from AND @to ORDER BY version`,
      )
      .all(w) as ChangesRaw['matrixChanges'],
  };
}

/** The months of the review (up to the as-of month) and as many before them. */
export function reviewMonths(window: DateWindow, asOfDate: string): { periods: string[]; previousPeriods: string[] } {
  const last = periodOf(window.to < asOfDate ? window.to : asOfDate);
  const first = periodOf(window.from);
  const periods = first <= last ? periodRange(first, last) : [];
  const previousPeriods = periods.length ? periodRange(addPeriods(first, -periods.length), addPeriods(first, -1)) : [];
  return { periods, previousPeriods };
}

/** Input (h): SLA results per month of both windows, breached targets of the review months, the SLAs' improvement actions. */
export function servicePerformanceRaw(db: Database.Database, periods: readonly string[], previousPeriods: readonly string[]) {
  const all = [...previousPeriods, ...periods];
  if (all.length === 0) return { results: [] as SlaMonthResult[], breaches: [] as TargetBreach[], actions: [] as SlaActionRow[] };
  const results = db
    .prepare(
      `SELECT r.sla_id AS slaId, l.code AS slaCode, s.code AS serviceCode, s.name AS serviceName, r.period, r.worst_rank AS worstRank
         FROM sla_period_results r JOIN slas l ON l.id = r.sla_id JOIN services s ON s.id = l.service_id
        WHERE r.period BETWEEN ? AND ?`,
    )
    .all(all[0], all[all.length - 1]) as SlaMonthResult[];
  // The months with a breach come from the summary the triggers keep (a few thousand of 60,000);
  // only their measurements are read, instead of rating every measurement of the window.
  const breaches = db
    .prepare(
      `SELECT t.sla_id AS slaId, l.code AS slaCode, s.name AS serviceName, t.label AS targetLabel, m.period, m.value, t.target, t.unit
         FROM sla_period_results r JOIN sla_targets t ON t.sla_id = r.sla_id JOIN sla_measurements m ON m.target_id = t.id AND m.period = r.period
         JOIN slas l ON l.id = t.sla_id JOIN services s ON s.id = l.service_id
        WHERE r.period BETWEEN ? AND ? AND r.breached > 0 AND ${statusRankSql()} = 3
        ORDER BY l.code, t.sort_order, m.period`,
    )
    .all(periods[0] ?? all[0], periods[periods.length - 1] ?? all[all.length - 1]) as TargetBreach[];
  const slaIds = [...new Set(breaches.map((b) => b.slaId))];
  const actions = slaIds.length
    ? (db
        .prepare(
          `SELECT a.sla_id AS slaId, a.title, a.status, a.due_date AS dueDate, p.name AS ownerName FROM actions a LEFT JOIN people p ON p.id = a.owner_id
            WHERE a.sla_id IN (SELECT value FROM json_each(?)) ORDER BY a.sla_id, a.due_date, a.id`,
        )
        .all(JSON.stringify(slaIds)) as SlaActionRow[])
    : [];
  return { results, breaches, actions };
}

/** Input (i): contract/OLA target results in the months, and contracts with their end and notice. */
export function supplierPerformanceRaw(db: Database.Database, periods: readonly string[]): { results: ContractTargetResult[]; contracts: ContractDates[] } {
  const results = periods.length
    ? (db
        .prepare(
          `SELECT c.id AS contractId, c.title AS contractTitle, s.name AS supplier, t.label AS targetLabel, t.target, t.unit, m.period, m.value, ${statusRankSql()} AS rank
             FROM sla_measurements m JOIN sla_targets t ON t.id = m.target_id JOIN contracts c ON c.id = t.contract_id LEFT JOIN suppliers s ON s.id = c.supplier_id
            WHERE m.period BETWEEN ? AND ? ORDER BY c.id, t.sort_order, m.period`,
        )
        .all(periods[0], periods[periods.length - 1]) as ContractTargetResult[])
    : [];
  const contracts = db
    .prepare(
      'SELECT c.title, s.name AS supplier, c.end_date AS endDate, c.notice_days AS noticeDays FROM contracts c LEFT JOIN suppliers s ON s.id = c.supplier_id WHERE c.end_date IS NOT NULL ORDER BY c.end_date, c.id',
    )
    .all() as ContractDates[];
  return { results, contracts };
}

const CREATED_IN = 'created_at >= @from AND created_at < @after';
const CLOSED_IN = "status = 'closed' AND updated_at >= @from AND updated_at < @after";

function residualMap(db: Database.Database, asOf: string | undefined, label: string, today: string): HeatMapView {
  const heatmap = riskHeatmap(db, { basis: 'residual', statuses: OPEN_STATUSES, asOf }, today);
  const { matrix } = matrixVersion(db, heatmap.matrixVersion);
  return heatMapView(
    label,
    heatmap.grid,
    matrix.likelihood.map((l) => l.label),
    matrix.impact.map((l) => l.label),
    heatmap.total,
    heatmap.unscored,
  );
}

/**
 * Input (k). `previousMap` is the map the previous review froze, when there is one; otherwise the
 * map is rebuilt from assessment history at the day before the window.
 */
export function risksRaw(
  db: Database.Database,
  window: DateWindow,
  asOfDate: string,
  previousMap: HeatMapView | null,
  hasPreviousReview: boolean,
  mapFromHistory = false,
): RisksRaw {
  const { matrix } = currentMatrix(db);
  // A review compiled after the fact (the demo's past review) draws "now" from assessment history at its date.
  const now = residualMap(db, mapFromHistory ? asOfDate : undefined, asOfDate, asOfDate);
  const dayBefore = addDaysIso(window.from, -1);
  const previous = previousMap ?? (hasPreviousReview ? residualMap(db, dayBefore, dayBefore, asOfDate) : null);
  const moves = bandMoves(db, window.from);
  // `after`: the day after the window, so instants compare as a range an index can serve.
  const w = { from: window.from, to: window.to, d: asOfDate, after: addDaysIso(window.to, 1) };
  const decisions = listRisks(
    db,
    { statuses: OPEN_STATUSES, needsDecision: true, sort: { column: 'residualScore', direction: 'desc' }, offset: 0, limit: RISK_LIST_LIMIT },
    asOfDate,
  );
  return {
    bands: matrix.banding.bands.map((b) => b.name),
    now,
    previous,
    moves,
    // Thousands of risks may be created or closed in a quarter: count them all, list the first.
    created: db
      .prepare(
        `SELECT code, title, ${day('created_at')} AS "on", residual_band AS bandRank FROM risks WHERE ${CREATED_IN} ORDER BY code LIMIT ${RISK_LIST_LIMIT}`,
      )
      .all(w) as RisksRaw['created'],
    createdTotal: db.prepare(`SELECT count(*) FROM risks WHERE ${CREATED_IN}`).pluck().get(w) as number,
    closed: db
      .prepare(`SELECT code, title, ${day('updated_at')} AS "on" FROM risks WHERE ${CLOSED_IN} ORDER BY code LIMIT ${RISK_LIST_LIMIT}`)
      .all(w) as RisksRaw['closed'],
    closedTotal: db.prepare(`SELECT count(*) FROM risks WHERE ${CLOSED_IN}`).pluck().get(w) as number,
    treatments: db
      .prepare(
        `SELECT r.code AS riskCode, a.title, p.name AS ownerName, a.due_date AS dueDate, a.status, ${day('a.completed_at')} AS completedOn
           FROM actions a JOIN risks r ON r.id = a.risk_id LEFT JOIN people p ON p.id = a.owner_id
          WHERE (a.status = 'done' AND ${day('a.completed_at')} BETWEEN @from AND @to) OR (a.status IN ('open', 'in_progress') AND a.due_date < @d)
          ORDER BY a.due_date, a.id`,
      )
      .all(w) as RisksRaw['treatments'],
    acceptances: db
      .prepare(
        `SELECT r.code AS riskCode, p.name AS approverName, x.approved_on AS approvedOn, x.expires_on AS expiresOn, x.revoked_on AS revokedOn
           FROM risk_acceptances x JOIN risks r ON r.id = x.risk_id JOIN people p ON p.id = x.approver_id
          WHERE x.approved_on BETWEEN @from AND @to OR (x.revoked_on IS NULL AND x.expires_on >= @d)
          ORDER BY x.approved_on, x.id`,
      )
      .all(w) as RisksRaw['acceptances'],
    decisionsDue: {
      total: decisions.total,
      rows: decisions.rows.map((r) => ({
        code: r.code,
        title: r.title,
        band: r.residual?.band ?? '',
        score: r.residual?.score ?? null,
        ownerName: r.ownerName,
      })),
    },
  };
}
