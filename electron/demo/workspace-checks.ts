import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { RiskMatrix } from '../../shared/domain/risk-matrix';
import { scoreColumns, type RiskPositions, type ScoreColumns } from '../repositories/risks/score-columns';

/** A dependency cycle as a list of service ids (first = last), or null when the graph is a DAG. */
export function findDependencyCycle(db: Database.Database): number[] | null {
  const edges = db.prepare('SELECT service_id AS "from", depends_on_id AS "to" FROM service_dependencies').all() as Array<{ from: number; to: number }>;
  const next = new Map<number, number[]>();
  for (const { from, to } of edges) {
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  }
  const state = new Map<number, 'visiting' | 'done'>();
  // Iterative depth-first walk: the generated graphs are deep enough to overflow recursion.
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    const path: number[] = [];
    const stack: Array<{ node: number; index: number }> = [{ node: start, index: 0 }];
    state.set(start, 'visiting');
    path.push(start);
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      const targets = next.get(frame.node) ?? [];
      if (frame.index >= targets.length) {
        state.set(frame.node, 'done');
        stack.pop();
        path.pop();
        continue;
      }
      const target = targets[frame.index++]!;
      const seen = state.get(target);
      if (seen === 'visiting') return [...path.slice(path.indexOf(target)), target];
      if (seen === undefined) {
        state.set(target, 'visiting');
        path.push(target);
        stack.push({ node: target, index: 0 });
      }
    }
  }
  return null;
}

/** The tables the demo and the generator fill, in insertion order. */
export const DOMAIN_TABLES = [
  'people',
  'services',
  'service_lifecycle_events',
  'service_dependencies',
  'suppliers',
  'contracts',
  'contract_services',
  'slas',
  'sla_targets',
  'sla_measurements',
  'outages',
  'risks',
  'risk_services',
  'risk_assessments',
  'actions',
  'reviews',
  'sla_review_details',
  'audit_log',
] as const;

/** A fingerprint of every row of the domain tables: equal fingerprints, equal workspaces. */
export function contentFingerprint(db: Database.Database): string {
  const hash = createHash('sha256');
  for (const table of DOMAIN_TABLES) {
    hash.update(`#${table}\n`);
    for (const row of db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw().iterate()) hash.update(`${JSON.stringify(row)}\n`);
  }
  return hash.digest('hex');
}

/** Risks whose current scores on the row differ from their latest assessment. */
export function risksNotMatchingLatestAssessment(db: Database.Database): string[] {
  return db
    .prepare(
      `SELECT r.code FROM risks r
         JOIN risk_assessments a ON a.id = (SELECT id FROM risk_assessments WHERE risk_id = r.id ORDER BY assessed_at DESC, id DESC LIMIT 1)
        WHERE r.inherent_likelihood IS NOT a.inherent_likelihood OR r.inherent_impact IS NOT a.inherent_impact
           OR r.residual_likelihood IS NOT a.residual_likelihood OR r.residual_impact IS NOT a.residual_impact
           OR r.target_likelihood IS NOT a.target_likelihood OR r.target_impact IS NOT a.target_impact`,
    )
    .pluck()
    .all() as string[];
}

/** Risks whose score and band columns differ from what the current matrix gives for their positions. */
export function risksWithStaleScores(db: Database.Database): string[] {
  const config = db.prepare('SELECT config_json FROM risk_matrices ORDER BY version DESC LIMIT 1').pluck().get() as string;
  const matrix = JSON.parse(config) as RiskMatrix;
  const rows = db.prepare('SELECT * FROM risks').all() as Array<RiskPositions & ScoreColumns & { code: string }>;
  return rows
    .filter((row) => {
      const expected = scoreColumns(matrix, row);
      return (Object.keys(expected) as Array<keyof ScoreColumns>).some((key) => expected[key] !== row[key]);
    })
    .map((row) => row.code);
}
