import type Database from 'better-sqlite3';

export interface GenerateOptions {
  services: number;
  risks: number;
  now: Date;
  /** Same seed, same workspace: benchmarks compare like with like. */
  seed?: number;
}

/** A small deterministic PRNG (mulberry32): reproducible synthetic data without a dependency. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fill an empty workspace with a large synthetic portfolio for benchmarks. Runs in the caller's transaction. */
export function generateWorkspace(db: Database.Database, options: GenerateOptions): void {
  const random = seededRandom(options.seed ?? 20261124);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const at = options.now.toISOString();
  const day = (offset: number) => new Date(options.now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

  const peopleCount = Math.max(5, Math.min(500, Math.ceil((options.services + options.risks) / 200)));
  const insertPerson = db.prepare('INSERT INTO people (name, email, role, active, created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?)');
  for (let i = 1; i <= peopleCount; i += 1) {
    insertPerson.run(`Person ${String(i).padStart(4, '0')}`, `person${i}@example.org`, pick(['Service owner', 'Risk owner', 'Analyst']), at, at);
  }

  const categories = ['Infrastructure', 'Applications', 'End-user', 'Security', 'Data', 'Network', 'Communication'];
  const insertService = db.prepare(
    `INSERT INTO services (code, name, description, category, kind, lifecycle, owner_id, criticality, next_review_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertDependency = db.prepare('INSERT OR IGNORE INTO service_dependencies (service_id, depends_on_id) VALUES (?, ?)');
  for (let i = 1; i <= options.services; i += 1) {
    insertService.run(
      `SVC-${String(i).padStart(5, '0')}`,
      `${pick(categories)} service ${i}`,
      `Synthetic service number ${i}.`,
      pick(categories),
      random() < 0.3 ? 'supporting' : 'customer-facing',
      pick(['pipeline', 'live', 'live', 'live', 'retired']),
      1 + Math.floor(random() * peopleCount),
      1 + Math.floor(random() * 4),
      day(Math.floor(random() * 400) - 60),
      at,
      at,
    );
    // Depend only on lower-numbered services so the generated graph has no cycles.
    if (i > 1 && random() < 0.6) insertDependency.run(i, 1 + Math.floor(random() * (i - 1)));
  }

  const insertRisk = db.prepare(
    `INSERT INTO risks (code, title, category, owner_id, status, inherent_likelihood, inherent_impact,
       residual_likelihood, residual_impact, target_likelihood, target_impact, next_review_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAssessment = db.prepare(
    `INSERT INTO risk_assessments (risk_id, assessed_at, assessor_id, inherent_likelihood, inherent_impact,
       residual_likelihood, residual_impact, target_likelihood, target_impact, rationale)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'Generated')`,
  );
  const insertRiskService = db.prepare('INSERT OR IGNORE INTO risk_services (risk_id, service_id) VALUES (?, ?)');
  const statuses = ['identified', 'assessed', 'treating', 'monitored', 'closed'];
  for (let i = 1; i <= options.risks; i += 1) {
    const il = 1 + Math.floor(random() * 5);
    const ii = 1 + Math.floor(random() * 5);
    const rl = Math.max(1, il - Math.floor(random() * 3));
    const ri = Math.max(1, ii - Math.floor(random() * 2));
    const owner = 1 + Math.floor(random() * peopleCount);
    insertRisk.run(
      `RSK-${String(i).padStart(6, '0')}`,
      `${pick(['Loss of', 'Degraded', 'Unauthorised access to', 'Supplier failure for', 'Data loss in'])} ${pick(categories).toLowerCase()} ${i}`,
      pick(categories),
      owner,
      pick(statuses),
      il,
      ii,
      rl,
      ri,
      Math.max(1, rl - 1),
      ri,
      day(Math.floor(random() * 365) - 90),
      at,
      at,
    );
    insertAssessment.run(i, day(-Math.floor(random() * 365)), owner, il, ii, rl, ri, Math.max(1, rl - 1), ri);
    if (options.services > 0) insertRiskService.run(i, 1 + Math.floor(random() * options.services));
  }
}
