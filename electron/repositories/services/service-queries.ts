import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/api/errors';
import type { ServiceDetail, ServiceImpact, ServiceListInput, ServiceRef, ServiceSummary } from '../../../shared/api/services-api';
import { dependencyPaths, reachable, type DependencyEdge } from '../../../shared/domain/dependency-graph';
import { nextCode } from '../../../shared/domain/codes';
import { containsPattern, placeholders } from '../sql-helpers';
import { SERVICE_SELECT, serviceFromRow, toServiceSummary, type ServiceRow } from './service-rows';

const SORT_SQL: Record<ServiceListInput['sort']['column'], string> = {
  code: 's.code COLLATE NOCASE',
  name: 's.name COLLATE NOCASE',
  category: 's.category COLLATE NOCASE',
  kind: 's.kind',
  lifecycle: "CASE s.lifecycle WHEN 'pipeline' THEN 0 WHEN 'live' THEN 1 ELSE 2 END",
  owner: 'p.name COLLATE NOCASE',
  criticality: 's.criticality',
  nextReviewDate: 's.next_review_date',
  updatedAt: 's.updated_at',
};

/** The WHERE clause and parameters for the catalogue filters. */
export function serviceFilterSql(input: Omit<ServiceListInput, 'sort' | 'offset' | 'limit'>): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly unknown[] | undefined) => {
    if (!values || values.length === 0) return;
    clauses.push(`${column} IN (${placeholders(values.length)})`);
    params.push(...values);
  };
  inList('s.lifecycle', input.lifecycle);
  inList('s.kind', input.kind);
  inList('s.owner_id', input.ownerIds);
  inList('s.category', input.categories);
  inList('s.criticality', input.tiers);
  if (input.tags && input.tags.length > 0) {
    clauses.push(`EXISTS (SELECT 1 FROM json_each(s.tags_json) t WHERE t.value IN (${placeholders(input.tags.length)}))`);
    params.push(...input.tags);
  }
  if (input.search) {
    const pattern = containsPattern(input.search);
    clauses.push(
      "(s.code LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\' OR s.category LIKE ? ESCAPE '\\' OR s.description LIKE ? ESCAPE '\\' OR s.support_contact LIKE ? ESCAPE '\\' OR s.tags_json LIKE ? ESCAPE '\\' OR s.customers_json LIKE ? ESCAPE '\\')",
    );
    params.push(pattern, pattern, pattern, pattern, pattern, pattern, pattern);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** A filtered, sorted page of the catalogue and the number of services matching. */
export function listServices(db: Database.Database, input: ServiceListInput): { rows: ServiceSummary[]; total: number } {
  const { where, params } = serviceFilterSql(input);
  const order = `${SORT_SQL[input.sort.column]} ${input.sort.direction === 'desc' ? 'DESC' : 'ASC'} NULLS LAST, s.id`;
  const rows = db.prepare(`${SERVICE_SELECT} ${where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(...params, input.limit, input.offset) as ServiceRow[];
  const total = db
    .prepare(`SELECT count(*) FROM services s LEFT JOIN people p ON p.id = s.owner_id ${where}`)
    .pluck()
    .get(...params) as number;
  return { rows: rows.map(toServiceSummary), total };
}

/** The service row, or a not_found error. */
export function getServiceRow(db: Database.Database, id: number, field = 'id'): ServiceRow {
  const row = db.prepare(`${SERVICE_SELECT} WHERE s.id = ?`).get(id) as ServiceRow | undefined;
  if (!row) throw new AppError('not_found', `There is no service with id ${id}.`, field);
  return row;
}

function refs(db: Database.Database, sql: string, id: number): ServiceRef[] {
  return db.prepare(sql).all(id) as ServiceRef[];
}

/** Everything the service page shows. */
export function getService(db: Database.Database, id: number): ServiceDetail {
  const row = getServiceRow(db, id);
  const { description, serviceHours } = serviceFromRow(row);
  return {
    ...toServiceSummary(row),
    description,
    serviceHours,
    dependsOn: refs(
      db,
      'SELECT s.id, s.code, s.name, s.lifecycle FROM service_dependencies d JOIN services s ON s.id = d.depends_on_id WHERE d.service_id = ? ORDER BY s.code COLLATE NOCASE',
      id,
    ),
    dependents: refs(
      db,
      'SELECT s.id, s.code, s.name, s.lifecycle FROM service_dependencies d JOIN services s ON s.id = d.service_id WHERE d.depends_on_id = ? ORDER BY s.code COLLATE NOCASE',
      id,
    ),
    lifecycleEvents: db
      .prepare('SELECT lifecycle, at FROM service_lifecycle_events WHERE service_id = ? ORDER BY at, id')
      .all(id) as ServiceDetail['lifecycleEvents'],
    contracts: db
      .prepare(
        `SELECT c.id, c.title, c.kind, su.name AS supplierName, c.end_date AS endDate
           FROM contract_services cs JOIN contracts c ON c.id = cs.contract_id LEFT JOIN suppliers su ON su.id = c.supplier_id
          WHERE cs.service_id = ? ORDER BY c.end_date IS NULL, c.end_date`,
      )
      .all(id) as ServiceDetail['contracts'],
    slas: db.prepare('SELECT id, code, name, status FROM slas WHERE service_id = ? ORDER BY code COLLATE NOCASE').all(id) as ServiceDetail['slas'],
    risks: db
      .prepare(
        'SELECT r.id, r.code, r.title, r.status FROM risk_services rs JOIN risks r ON r.id = rs.risk_id WHERE rs.service_id = ? ORDER BY r.code COLLATE NOCASE',
      )
      .all(id) as ServiceDetail['risks'],
    ...inheritedRisks(db, id),
    createdAt: row.created_at,
  };
}

const MAX_INHERITED_RISKS = 200;

/**
 * Risks a service inherits through its dependencies: those on any service it depends on, directly
 * or not, that are not linked to it directly, each once at its nearest service, nearest first.
 */
export function inheritedRisks(db: Database.Database, id: number): Pick<ServiceDetail, 'inheritedRisks' | 'inheritedRiskCount'> {
  const paths = dependencyPaths(allDependencyEdges(db), id);
  if (paths.size === 0) return { inheritedRisks: [], inheritedRiskCount: 0 };
  const rows = db
    .prepare(
      `SELECT rs.service_id AS serviceId, r.id, r.code, r.title, r.status FROM risk_services rs JOIN risks r ON r.id = rs.risk_id
        WHERE rs.service_id IN (SELECT value FROM json_each(?))
          AND NOT EXISTS (SELECT 1 FROM risk_services own WHERE own.risk_id = r.id AND own.service_id = ?)`,
    )
    .all(JSON.stringify([...paths.keys()]), id) as Array<{ serviceId: number; id: number; code: string; title: string; status: string }>;
  const nearest = new Map<number, (typeof rows)[number]>();
  for (const row of rows) {
    const known = nearest.get(row.id);
    if (!known || paths.get(row.serviceId)!.length < paths.get(known.serviceId)!.length) nearest.set(row.id, row);
  }
  const sorted = [...nearest.values()]
    .sort((a, b) => paths.get(a.serviceId)!.length - paths.get(b.serviceId)!.length || a.code.localeCompare(b.code))
    .slice(0, MAX_INHERITED_RISKS);
  const serviceIds = [...new Set(sorted.flatMap((row) => paths.get(row.serviceId)!))];
  const services = new Map(
    (
      db.prepare('SELECT id, code, name FROM services WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(serviceIds)) as Array<{
        id: number;
        code: string;
        name: string;
      }>
    ).map((s) => [s.id, s]),
  );
  return {
    inheritedRisks: sorted.map(({ serviceId, ...risk }) => ({ ...risk, via: paths.get(serviceId)!.map((step) => services.get(step)!) })),
    inheritedRiskCount: nearest.size,
  };
}

/** Every dependency edge in the workspace (a few thousand at most for a catalogue). */
export function allDependencyEdges(db: Database.Database): DependencyEdge[] {
  return db.prepare('SELECT service_id AS serviceId, depends_on_id AS dependsOnId FROM service_dependencies').all() as DependencyEdge[];
}

/** A service, everything it depends on and everything that depends on it, with the edges among them. */
export function serviceImpact(db: Database.Database, id: number): ServiceImpact {
  getServiceRow(db, id); // a not_found error before any work
  const edges = allDependencyEdges(db);
  const upstream = reachable(edges, id, 'dependsOn');
  const downstream = reachable(edges, id, 'dependents');
  const relation = new Map<number, { relation: 'self' | 'dependsOn' | 'dependent'; depth: number }>([[id, { relation: 'self', depth: 0 }]]);
  for (const r of upstream) relation.set(r.id, { relation: 'dependsOn', depth: r.depth });
  for (const r of downstream) relation.set(r.id, { relation: 'dependent', depth: r.depth });
  const ids = [...relation.keys()];
  const rows = db.prepare(`SELECT id, code, name, lifecycle, criticality FROM services WHERE id IN (${placeholders(ids.length)})`).all(...ids) as Array<
    ServiceRef & { criticality: number }
  >;
  const nodes = rows.map((row) => ({ ...row, ...relation.get(row.id)! })).sort((a, b) => a.depth - b.depth || a.code.localeCompare(b.code));
  // Only edges along the impact paths: upstream edges among upstream nodes, downstream among downstream.
  const upstreamIds = new Set([id, ...upstream.map((r) => r.id)]);
  const downstreamIds = new Set([id, ...downstream.map((r) => r.id)]);
  return {
    nodes,
    edges: edges.filter(
      (e) => (upstreamIds.has(e.serviceId) && upstreamIds.has(e.dependsOnId)) || (downstreamIds.has(e.serviceId) && downstreamIds.has(e.dependsOnId)),
    ),
  };
}

/** Categories, tags, customers and owners in use. */
export function serviceFacets(db: Database.Database) {
  const column = (sql: string) => db.prepare(sql).pluck().all() as string[];
  return {
    categories: column('SELECT DISTINCT category FROM services WHERE category IS NOT NULL ORDER BY category COLLATE NOCASE'),
    tags: column('SELECT DISTINCT t.value FROM services s, json_each(s.tags_json) t ORDER BY t.value COLLATE NOCASE'),
    customers: column('SELECT DISTINCT c.value FROM services s, json_each(s.customers_json) c ORDER BY c.value COLLATE NOCASE'),
    owners: db.prepare('SELECT DISTINCT p.id, p.name FROM services s JOIN people p ON p.id = s.owner_id ORDER BY p.name COLLATE NOCASE').all() as Array<{
      id: number;
      name: string;
    }>,
  };
}

/** The next free SVC- code. */
export function suggestServiceCode(db: Database.Database): string {
  return nextCode('SVC', db.prepare("SELECT code FROM services WHERE code LIKE 'SVC-%'").pluck().all() as string[]);
}
