import type { FigureFactory } from './figure';

/** The service page: one service with its dependencies, dependents, contracts, SLAs and risks. */
export const serviceGet: FigureFactory = ({ raw, call }) => {
  // The service with the most dependents: the heaviest page.
  const id = raw.prepare('SELECT depends_on_id FROM service_dependencies GROUP BY depends_on_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as number;
  const statements = [
    raw.prepare('SELECT s.*, p.name FROM services s LEFT JOIN people p ON p.id = s.owner_id WHERE s.id = ?'),
    raw.prepare('SELECT s.id, s.code, s.name, s.lifecycle FROM service_dependencies d JOIN services s ON s.id = d.depends_on_id WHERE d.service_id = ?'),
    raw.prepare('SELECT s.id, s.code, s.name, s.lifecycle FROM service_dependencies d JOIN services s ON s.id = d.service_id WHERE d.depends_on_id = ?'),
    raw.prepare('SELECT lifecycle, at FROM service_lifecycle_events WHERE service_id = ?'),
    raw.prepare('SELECT c.id, c.title FROM contract_services cs JOIN contracts c ON c.id = cs.contract_id WHERE cs.service_id = ?'),
    raw.prepare('SELECT id, code, name, status FROM slas WHERE service_id = ?'),
    raw.prepare('SELECT r.id, r.code, r.title FROM risk_services rs JOIN risks r ON r.id = rs.risk_id WHERE rs.service_id = ?'),
  ];
  return {
    name: 'services.get (most depended-on)',
    api: () => call('services.get', { id }),
    raw: () => statements.map((statement) => statement.all(id)),
  };
};

/** The impact view: everything a service depends on and everything hit if it fails, transitively. */
export const serviceImpact: FigureFactory = ({ raw, call }) => {
  const id = raw.prepare('SELECT depends_on_id FROM service_dependencies GROUP BY depends_on_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as number;
  // Raw: the same walk as a recursive CTE in both directions.
  const walk = raw.prepare(`
    WITH RECURSIVE up(id, depth) AS (SELECT ?, 0 UNION SELECT d.depends_on_id, up.depth + 1 FROM service_dependencies d JOIN up ON d.service_id = up.id),
                   down(id, depth) AS (SELECT ?, 0 UNION SELECT d.service_id, down.depth + 1 FROM service_dependencies d JOIN down ON d.depends_on_id = down.id)
    SELECT s.id, s.code, s.name, s.lifecycle, s.criticality FROM services s WHERE s.id IN (SELECT id FROM up UNION SELECT id FROM down)`);
  return {
    name: 'services.impact (most depended-on)',
    api: () => call('services.impact', { id }),
    raw: () => walk.all(id, id),
  };
};
