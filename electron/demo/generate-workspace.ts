import type Database from 'better-sqlite3';
import { createGenerateContext, type GenerateContext } from './generate-context';
import { generateRisks } from './generate-risks';
import { generateSlas } from './generate-slas';
import { seededRandom } from './seeded-random';

export { seededRandom };

export interface GenerateOptions {
  services: number;
  risks: number;
  now: Date;
  /** Same seed, same workspace: benchmarks compare like with like. */
  seed?: number;
  /** About one SLA per live customer-facing service, but at most this many. Default 5,000. */
  maxSlas?: number;
  /**
   * Which services get an SLA: live customer-facing ones (default, as a real catalogue), or every
   * service, for the SLA portfolio benchmark at full size (5,000 services × 12 months).
   */
  slaCoverage?: 'live-customer-facing' | 'every-service';
  /** One audit "create" row per service, SLA and risk, as a workspace built by hand would have. Default true. */
  auditTrail?: boolean;
}

/** How many rows of each kind were generated. */
export interface GenerateSummary {
  people: number;
  services: number;
  suppliers: number;
  contracts: number;
  slas: number;
  slaTargets: number;
  slaMeasurements: number;
  risks: number;
  riskAssessments: number;
  actions: number;
  reviews: number;
}

export const DEFAULT_SEED = 20261124;
export const DEFAULT_MAX_SLAS = 5000;

const FIRST_NAMES = [
  'Alex',
  'Sam',
  'Priya',
  'Tom',
  'Grace',
  'Daniel',
  'Fiona',
  'Owen',
  'Hannah',
  'Marcus',
  'Chloe',
  'Ravi',
  'Aisha',
  'Ben',
  'Chen',
  'Dara',
  'Elena',
  'Femi',
  'Gareth',
  'Ines',
];
const LAST_NAMES = [
  'Morgan',
  'Shah',
  'Whitfield',
  'Okafor',
  'Kowalski',
  'MacLeod',
  'Haddad',
  'Price',
  'Lewis',
  'Bell',
  'Evans',
  'Patel',
  'Nowak',
  'Hughes',
  'Li',
  'Byrne',
  'Rossi',
  'Adeyemi',
  'Jones',
  'Silva',
];
const ROLES = ['Service owner', 'Risk owner', 'Service Desk analyst', 'Infrastructure engineer', 'Security analyst', 'Supplier manager', 'Application analyst'];
const CATEGORIES = ['Infrastructure', 'Clinical', 'Corporate', 'End-user', 'Security', 'Network', 'Communication', 'Integration', 'Data'];
const STEMS = [
  'Network',
  'Email',
  'Patient Record',
  'Payroll',
  'Identity',
  'Backup',
  'Telephony',
  'Printing',
  'Intranet',
  'Website',
  'Database',
  'Hosting',
  'Integration',
  'Remote Access',
  'Video',
  'Finance',
  'HR',
  'Imaging',
  'Pharmacy',
  'Lab Results',
  'Rostering',
  'Document Management',
  'Monitoring',
  'Storage',
];
const CUSTOMERS = [
  'All staff',
  'Emergency Department',
  'Inpatient Wards',
  'Outpatients',
  'Radiology',
  'Pathology',
  'Pharmacy',
  'Finance',
  'Human Resources',
  'Community Services',
  'IT Services',
];
const HOURS = [
  JSON.stringify({ mode: '24x7' }),
  JSON.stringify({ mode: 'weekly', windows: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, from: '08:00', to: '18:00' })) }),
];
const TAG_SETS = [['clinical'], ['corporate'], ['infrastructure'], ['security', 'managed-service'], ['saas'], ['end-user'], []].map((tags) =>
  JSON.stringify(tags),
);

function generatePeople(ctx: GenerateContext, count: number): void {
  const insert = ctx.db.prepare('INSERT INTO people (id, name, email, role, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const at = ctx.stamp(-900);
  for (let id = 1; id <= count; id += 1) {
    // Every name is unique: the first and last name cycle, and a number follows once they repeat.
    const first = FIRST_NAMES[(id - 1) % FIRST_NAMES.length]!;
    const last = LAST_NAMES[Math.floor((id - 1) / FIRST_NAMES.length) % LAST_NAMES.length]!;
    const round = Math.floor((id - 1) / (FIRST_NAMES.length * LAST_NAMES.length));
    const name = round === 0 ? `${first} ${last}` : `${first} ${last} ${round + 1}`;
    insert.run(id, name, `${name.toLowerCase().replace(/ /g, '.')}@example.org`, ctx.pick(ROLES), ctx.chance(0.97) ? 1 : 0, at, at);
    ctx.peopleNames.push(name);
  }
}

/** Services with lifecycle events, dependencies and a last review; returns the live customer-facing ones (candidates for an SLA). */
function generateServices(ctx: GenerateContext, count: number): { slaCandidates: number[]; all: number[]; reviews: number } {
  const { db } = ctx;
  const insertService = db.prepare(
    `INSERT INTO services (id, code, name, description, category, kind, lifecycle, owner_id, customers_json, criticality,
       service_hours_json, support_contact, tags_json, last_review_date, next_review_date, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = db.prepare('INSERT INTO service_lifecycle_events (service_id, lifecycle, at) VALUES (?, ?, ?)');
  const insertDependency = db.prepare('INSERT OR IGNORE INTO service_dependencies (service_id, depends_on_id) VALUES (?, ?)');
  const insertReview = db.prepare(
    `INSERT INTO reviews (subject_kind, subject_id, reviewed_on, reviewer_id, outcome, notes, next_review_date, created_at)
     VALUES ('service', ?, ?, ?, ?, '', ?, ?)`,
  );
  let reviews = 0;
  const supporting: number[] = [];
  const slaCandidates: number[] = [];
  for (let id = 1; id <= count; id += 1) {
    const code = `SVC-${String(id).padStart(5, '0')}`;
    const name = `${ctx.pick(STEMS)} ${id}`;
    const kind = ctx.chance(0.3) ? 'supporting' : 'customer-facing';
    const roll = ctx.random();
    const lifecycle = roll < 0.1 ? 'pipeline' : roll < 0.9 ? 'live' : 'retired';
    const createdOffset = -ctx.int(60, 2500);
    const liveOffset = Math.min(-1, createdOffset + ctx.int(20, 200));
    const lastReview = lifecycle === 'retired' ? null : -ctx.int(1, 420);
    const owner = ctx.person();
    const createdAt = ctx.stamp(createdOffset);
    const customers =
      kind === 'supporting' ? '["IT Services"]' : JSON.stringify(ctx.chance(0.5) ? [ctx.pick(CUSTOMERS)] : [ctx.pick(CUSTOMERS), ctx.pick(CUSTOMERS)]);
    insertService.run(
      id,
      code,
      name,
      `**${name}** for ${kind === 'supporting' ? 'other IT services' : 'the organisation'}.\n\n- Generated service ${id}`,
      ctx.pick(CATEGORIES),
      kind,
      lifecycle,
      owner,
      customers,
      ctx.int(1, 4),
      ctx.pick(HOURS),
      'Service Desk, ext. 4000',
      ctx.pick(TAG_SETS),
      lastReview === null ? null : ctx.day(lastReview),
      lastReview === null ? null : ctx.day(lastReview + 365),
      createdAt,
      ctx.stamp(lastReview ?? liveOffset),
    );
    insertEvent.run(id, 'pipeline', createdAt);
    if (lifecycle !== 'pipeline') insertEvent.run(id, 'live', ctx.stamp(liveOffset));
    if (lifecycle === 'retired') insertEvent.run(id, 'retired', ctx.stamp(Math.min(-1, liveOffset + ctx.int(30, 400))));
    ctx.recordCreate('service', id, createdAt, owner, JSON.stringify({ code, name, kind, lifecycle }));
    if (lastReview !== null && -lastReview < -createdOffset) {
      insertReview.run(id, ctx.day(lastReview), owner, ctx.chance(0.8) ? 'confirmed' : 'changed', ctx.day(lastReview + 365), ctx.stamp(lastReview));
      reviews += 1;
    }

    // Only ever depend on earlier services, mostly supporting ones, so the graph has no cycles.
    const dependencies = id === 1 ? 0 : ctx.int(0, 3);
    for (let d = 0; d < dependencies; d += 1) {
      const target = supporting.length && ctx.chance(0.8) ? ctx.pick(supporting) : ctx.int(1, id - 1);
      insertDependency.run(id, target);
    }
    if (kind === 'supporting') supporting.push(id);
    else if (lifecycle === 'live') slaCandidates.push(id);
  }
  return { slaCandidates, all: Array.from({ length: count }, (_, index) => index + 1), reviews };
}

function generateSuppliers(ctx: GenerateContext, services: number): { suppliers: number; contracts: number } {
  const { db } = ctx;
  const suppliers = Math.max(3, Math.ceil(services / 50));
  const insertSupplier = db.prepare('INSERT INTO suppliers (id, name, contact, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const insertContract = db.prepare(
    `INSERT INTO contracts (id, supplier_id, kind, title, internal_team, start_date, end_date, notice_days, targets_text, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const linkService = db.prepare('INSERT OR IGNORE INTO contract_services (contract_id, service_id) VALUES (?, ?)');
  const at = ctx.stamp(-800);
  for (let id = 1; id <= suppliers; id += 1) insertSupplier.run(id, `Supplier ${String(id).padStart(4, '0')} Ltd`, `support@supplier${id}.example`, '', at, at);
  const contracts = Math.ceil(suppliers * 1.5);
  for (let id = 1; id <= contracts; id += 1) {
    const ola = ctx.chance(0.25);
    const start = -ctx.int(30, 1500);
    insertContract.run(
      id,
      ola ? null : ctx.int(1, suppliers),
      ola ? 'ola' : 'underpinning',
      `${ola ? 'OLA' : 'Contract'} ${id}`,
      ola ? 'Infrastructure team' : null,
      ctx.day(start),
      ctx.day(start + ctx.int(365, 1825)),
      ctx.pick([30, 60, 90, 180]),
      'P1 fix 4 h; availability 99.9 %',
      at,
      at,
    );
    if (services > 0) for (let s = ctx.int(1, 4); s > 0; s -= 1) linkService.run(id, ctx.int(1, services));
  }
  return { suppliers, contracts };
}

/**
 * Fill an empty workspace with a large synthetic portfolio for benchmarks: people, services with
 * a dependency DAG, suppliers and contracts, SLAs with 12 months of measurements, risks with
 * 1–4 assessments each, actions and reviews. Deterministic for a seed and `now`. Runs in the
 * caller's transaction.
 */
export function generateWorkspace(db: Database.Database, options: GenerateOptions): GenerateSummary {
  const ctx = createGenerateContext(db, options.now, options.seed ?? DEFAULT_SEED, options.auditTrail ?? true);
  const people = Math.max(5, Math.min(500, Math.ceil((options.services + options.risks) / 200)));
  generatePeople(ctx, people);
  const services = generateServices(ctx, options.services);
  const { suppliers, contracts } = generateSuppliers(ctx, options.services);
  const slaServices = options.slaCoverage === 'every-service' ? services.all : services.slaCandidates;
  const slas = generateSlas(ctx, slaServices.slice(0, options.maxSlas ?? DEFAULT_MAX_SLAS));
  const risks = generateRisks(ctx, { risks: options.risks, services: options.services, suppliers, slas: slas.slas });
  // Planner statistics for the filled tables, as a workspace that grew to this size would have after an import.
  db.exec('ANALYZE');
  return {
    people,
    services: options.services,
    suppliers,
    contracts,
    slas: slas.slas,
    slaTargets: slas.targets,
    slaMeasurements: slas.measurements,
    risks: options.risks,
    riskAssessments: risks.assessments,
    actions: risks.actions + slas.actions,
    reviews: services.reviews + slas.reviews + risks.reviews,
  };
}
